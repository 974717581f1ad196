//! Checking expressions: every expression gets a type recorded in
//! [`Info::types`](crate::Info::types), constants get their value, and
//! identifiers and selectors are resolved.

use crate::check::Checker;
use crate::constant::{self, ConstError, ConstValue};
use crate::errors::{Mode, TypeError, describe};
use crate::exprstring::expr_string;
use crate::lookup::Found;
use crate::object::{ObjKind, Selection};
use crate::ty::{Basic, ChanDir, INVALID, Type, TypeId};
use crate::typexpr::is_exported;
use syntax::ast::{BinaryOp, Expr, ExprKind, Lit, UnaryOp};

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    pub fn invalid() -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: INVALID,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }

    pub fn is_const(&self) -> bool {
        matches!(self.mode, Mode::Constant(_))
    }
}

impl Checker<'_> {
    /// Checks `e` as a value-producing expression and records its type.
    pub fn expr(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e);
        if x.mode == Mode::TypeExpr {
            let s = expr_string(e);
            self.error(
                e.span,
                TypeError::Message(format!("{s} (type) is not an expression")),
            );
            return Operand::invalid();
        }
        x
    }

    /// Checks `e`, which may also denote a type or a builtin.
    pub fn raw_expr(&mut self, e: &Expr) -> Operand {
        let x = self.expr_kind(e);
        let key = self.key(e.id);
        if x.mode != Mode::Invalid && x.mode != Mode::NoValue {
            self.info.types.insert(key, x.ty);
        }
        x
    }

    /// The rendered description of an operand for messages.
    pub fn describe(&self, e: &Expr, x: &Operand) -> String {
        let ty = self.type_str(x.ty);
        let untyped = self.types.is_untyped(x.ty);
        let kind = if self.types.is_named(x.ty) {
            composite_kind(self.types.under_type(x.ty))
        } else {
            None
        };
        describe(&expr_string(e), &x.mode, &ty, kind, untyped)
    }

    pub fn const_value(&self, e: &Expr) -> Option<ConstValue> {
        self.info.consts.get(&self.key(e.id)).cloned()
    }

    fn constant(&mut self, e: &Expr, ty: TypeId, v: ConstValue) -> Operand {
        let key = self.key(e.id);
        let shown = v.to_string();
        self.info.consts.insert(key, v);
        Operand {
            mode: Mode::Constant(shown),
            ty,
        }
    }

    fn expr_kind(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(),
            ExprKind::Ident(id) => self.ident(e, &id.name),
            ExprKind::Lit(lit) => {
                let (b, v) = match lit {
                    Lit::Int(i) => (Basic::UntypedInt, ConstValue::Int(*i)),
                    Lit::Float(f) => {
                        let text = self.files[self.cur_file.0 as usize]
                            .src
                            .get(e.span.lo as usize..e.span.hi as usize)
                            .unwrap_or("");
                        (
                            Basic::UntypedFloat,
                            constant::parse_exact_float(text).unwrap_or(ConstValue::Float(*f)),
                        )
                    }
                    Lit::Rune(r) => (Basic::UntypedRune, ConstValue::Int(i128::from(*r))),
                    Lit::Str(s) => (Basic::UntypedString, ConstValue::Str(s.clone())),
                };
                let ty = self.types.basic(b);
                self.constant(e, ty, v)
            }
            ExprKind::Paren(x) => {
                let x = self.raw_expr(x);
                if let (Mode::Constant(_), ExprKind::Paren(inner)) = (&x.mode, &e.kind) {
                    if let Some(v) = self.const_value(inner) {
                        return self.constant(e, x.ty, v);
                    }
                }
                x
            }
            ExprKind::FuncLit { sig, body } => {
                let ty = self.func_type(sig);
                self.func_lit(sig, ty, body);
                Operand {
                    mode: Mode::Value,
                    ty,
                }
            }
            ExprKind::Composite { ty, elems } => {
                let Some(ty_expr) = ty else {
                    self.error(
                        e.span,
                        TypeError::Message("invalid composite literal type: missing type".into()),
                    );
                    return Operand::invalid();
                };
                let ty = if let ExprKind::ArrayType { len: None, elem } = &ty_expr.kind {
                    let elem = self.resolve_type_expr(elem);
                    let n = self.implicit_array_len(elems);
                    let t = self.types.intern(Type::Array(n, elem));
                    let key = self.key(ty_expr.id);
                    self.info.type_exprs.insert(key, t);
                    t
                } else {
                    self.resolve_type_expr(ty_expr)
                };
                self.composite(e, ty, elems);
                Operand {
                    mode: Mode::Value,
                    ty,
                }
            }
            ExprKind::KeyValue { .. } => {
                self.error(
                    e.span,
                    TypeError::Message("unexpected key:value expression".into()),
                );
                Operand::invalid()
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, &sel.name, sel.span),
            ExprKind::Index { x, index } => self.index(e, x, index),
            ExprKind::Slice { x, low, high, max } => self.slice_expr(e, x, [low, high, max]),
            ExprKind::TypeAssert { x, ty } => {
                let xv = self.expr(x);
                let Some(ty_e) = ty else {
                    self.error(
                        e.span,
                        TypeError::Message(
                            "invalid syntax tree: use of .(type) outside type switch".into(),
                        ),
                    );
                    return Operand::invalid();
                };
                let t = self.resolve_type_expr(ty_e);
                if xv.is_invalid() || t == INVALID {
                    return Operand::invalid();
                }
                if !self.types.is_interface(xv.ty) {
                    let d = self.describe(x, &xv);
                    self.error(
                        x.span,
                        TypeError::Message(format!("invalid operation: {d} is not an interface")),
                    );
                    return Operand::invalid();
                }
                if !self.types.is_interface(t) {
                    if let Err(reason) = self.implements(t, xv.ty) {
                        let (ts, is) = (self.type_str(t), self.type_str(xv.ty));
                        self.error(ty_e.span, TypeError::Message(format!("impossible type assertion: {}\n\t{ts} does not implement {is} {reason}", expr_string(e))));
                    }
                }
                Operand {
                    mode: Mode::CommaOk,
                    ty: t,
                }
            }
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(x) => {
                let xv = self.raw_expr(x);
                match xv.mode {
                    Mode::Invalid => Operand::invalid(),
                    Mode::TypeExpr => {
                        let t = self.types.intern(Type::Pointer(xv.ty));
                        let key = self.key(e.id);
                        self.info.type_exprs.insert(key, t);
                        Operand {
                            mode: Mode::TypeExpr,
                            ty: t,
                        }
                    }
                    Mode::Nil => {
                        self.error(
                            e.span,
                            TypeError::Message("invalid operation: cannot indirect nil".into()),
                        );
                        Operand::invalid()
                    }
                    _ => match self.types.pointer_elem(xv.ty) {
                        Some(elem) => Operand {
                            mode: Mode::Variable,
                            ty: elem,
                        },
                        None => {
                            let d = self.describe(x, &xv);
                            self.error(
                                e.span,
                                TypeError::Message(format!(
                                    "invalid operation: cannot indirect {d}"
                                )),
                            );
                            Operand::invalid()
                        }
                    },
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let ty = self.resolve_type_expr(e);
                Operand {
                    mode: Mode::TypeExpr,
                    ty,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, TypeError::Message("invalid use of ...".into()));
                Operand::invalid()
            }
        }
    }

    fn ident(&mut self, e: &Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(e.span, TypeError::Message("cannot use _ as value".into()));
            return Operand::invalid();
        }
        if name == "iota" {
            if let Some(i) = self.iota {
                if self
                    .lookup("iota")
                    .is_none_or(|o| self.obj(o).file.is_none())
                {
                    let ty = self.types.basic(Basic::UntypedInt);
                    return self.constant(e, ty, ConstValue::Int(i));
                }
            }
        }
        let Some(obj) = self.lookup(name) else {
            self.error(e.span, TypeError::Undefined(name.to_string()));
            return Operand::invalid();
        };
        let key = self.key(e.id);
        self.info.uses.insert(key, obj);
        self.resolve(obj);
        self.record_dep(obj);
        match self.obj(obj).kind.clone() {
            ObjKind::Var { ty, .. } => {
                self.used.insert(obj);
                Operand {
                    mode: Mode::Variable,
                    ty,
                }
            }
            ObjKind::Const { ty, value } => self.constant(e, ty, value),
            ObjKind::TypeName { ty } => {
                self.info.type_exprs.insert(key, ty);
                Operand {
                    mode: Mode::TypeExpr,
                    ty,
                }
            }
            ObjKind::Func { ty, .. } => Operand {
                mode: Mode::Value,
                ty,
            },
            ObjKind::PkgName { .. } => {
                self.used.insert(obj);
                self.error(
                    e.span,
                    TypeError::Message(format!("use of package {name} without selector")),
                );
                Operand::invalid()
            }
            ObjKind::Builtin(_) => Operand {
                mode: Mode::Builtin,
                ty: INVALID,
            },
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                ty: self.types.basic(Basic::UntypedNil),
            },
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, name: &str, sel_span: syntax::Span) -> Operand {
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(obj) = self.lookup(&pkg.name) {
                if let ObjKind::PkgName { pkg: pid } = self.obj(obj).kind {
                    self.used.insert(obj);
                    let key = self.key(x.id);
                    self.info.uses.insert(key, obj);
                    let target = self.packages[pid.0 as usize].scope.get(name).copied();
                    let Some(t) = target.filter(|_| is_exported(name)) else {
                        let msg = if target.is_some() {
                            TypeError::Message(format!(
                                "name {name} not exported by package {}",
                                pkg.name
                            ))
                        } else {
                            TypeError::Undefined(format!("{}.{name}", pkg.name))
                        };
                        self.error(sel_span, msg);
                        return Operand::invalid();
                    };
                    self.resolve(t);
                    let key = self.key(e.id);
                    self.info.selections.insert(key, Selection::Qualified(t));
                    return match self.obj(t).kind.clone() {
                        ObjKind::Var { ty, .. } => Operand {
                            mode: Mode::Variable,
                            ty,
                        },
                        ObjKind::Const { ty, value } => self.constant(e, ty, value),
                        ObjKind::TypeName { ty } => {
                            self.info.type_exprs.insert(key, ty);
                            Operand {
                                mode: Mode::TypeExpr,
                                ty,
                            }
                        }
                        ObjKind::Func { ty, .. } => Operand {
                            mode: Mode::Value,
                            ty,
                        },
                        _ => Operand::invalid(),
                    };
                }
            }
        }
        let xv = self.raw_expr(x);
        if xv.is_invalid() {
            return Operand::invalid();
        }
        if xv.mode == Mode::TypeExpr {
            return self.method_expr(e, xv.ty, name, sel_span);
        }
        match self.lookup_member(xv.ty, name) {
            Ok(l) => {
                let key = self.key(e.id);
                match l.found {
                    Found::Field { ty } => {
                        self.info.selections.insert(
                            key,
                            Selection::Field {
                                path: l.path,
                                derefs: l.derefs.clone(),
                            },
                        );
                        let addressable = xv.mode == Mode::Variable || l.derefs.iter().any(|d| *d);
                        Operand {
                            mode: if addressable {
                                Mode::Variable
                            } else {
                                Mode::Value
                            },
                            ty,
                        }
                    }
                    Found::Method { func, ptr_recv } => {
                        if ptr_recv && !l.holder_addressable && xv.mode != Mode::Variable {
                            let ty = self.type_str(xv.ty);
                            self.error(
                                e.span,
                                TypeError::Message(format!(
                                    "cannot call pointer method {name} on {ty}"
                                )),
                            );
                            return Operand::invalid();
                        }
                        self.info.selections.insert(
                            key,
                            Selection::Method {
                                func,
                                path: l.path,
                                derefs: l.derefs,
                                ptr_recv,
                            },
                        );
                        Operand {
                            mode: Mode::Value,
                            ty: self.obj(func).ty(),
                        }
                    }
                    Found::IfaceMethod { sig } => {
                        self.info.selections.insert(
                            key,
                            Selection::IfaceMethod {
                                name: name.into(),
                                path: l.path,
                                derefs: l.derefs,
                            },
                        );
                        Operand {
                            mode: Mode::Value,
                            ty: sig,
                        }
                    }
                }
            }
            Err(ambiguous) => {
                let expr = expr_string(e);
                let ty = self.type_str(xv.ty);
                if ambiguous {
                    self.error(
                        sel_span,
                        TypeError::Message(format!("ambiguous selector {expr}")),
                    );
                } else {
                    let hint = self.selector_hint(xv.ty, name);
                    self.error(
                        sel_span,
                        TypeError::NoFieldOrMethod {
                            expr,
                            ty,
                            name: name.into(),
                            hint,
                        },
                    );
                }
                Operand::invalid()
            }
        }
    }

    /// `T.M`: the method as a function taking the receiver first.
    fn method_expr(
        &mut self,
        e: &Expr,
        recv: TypeId,
        name: &str,
        sel_span: syntax::Span,
    ) -> Operand {
        let key = self.key(e.id);
        let (sel, sig_ty) = match self.lookup_member(recv, name) {
            Ok(crate::lookup::Lookup {
                found: Found::Method { func, ptr_recv },
                path,
                derefs,
                holder_is_ptr,
                ..
            }) => {
                if ptr_recv && !holder_is_ptr && self.types.pointer_elem(recv).is_none() {
                    let ts = self.type_str(recv);
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid method expression {} (needs pointer receiver (*{ts}).{name})",
                            expr_string(e)
                        )),
                    );
                    return Operand::invalid();
                }
                (
                    Selection::MethodExpr {
                        func,
                        recv,
                        path,
                        derefs,
                        ptr_recv,
                    },
                    self.obj(func).ty(),
                )
            }
            Ok(crate::lookup::Lookup {
                found: Found::IfaceMethod { sig },
                ..
            }) if self.types.is_interface(recv) => (
                Selection::IfaceMethodExpr {
                    name: name.into(),
                    recv,
                },
                sig,
            ),
            _ => {
                let ty = self.type_str(recv);
                self.error(
                    sel_span,
                    TypeError::NoFieldOrMethod {
                        expr: expr_string(e),
                        ty,
                        name: name.into(),
                        hint: None,
                    },
                );
                return Operand::invalid();
            }
        };
        let Some(sig) = self.types.signature(sig_ty).cloned() else {
            return Operand::invalid();
        };
        let mut params = vec![recv];
        params.extend(sig.params);
        let ty = self.types.intern(Type::Func(crate::Signature {
            params,
            results: sig.results,
            variadic: sig.variadic,
        }));
        self.info.selections.insert(key, sel);
        Operand {
            mode: Mode::Value,
            ty,
        }
    }

    /// Go's hints after "has no field or method X": a differently-cased
    /// match, or a method that exists on the pointer type.
    fn selector_hint(&mut self, ty: TypeId, name: &str) -> Option<String> {
        let lower = name.to_lowercase();
        let candidates: Vec<String> = match self.types.named_info(ty) {
            Some(info) => info.methods.iter().map(|m| m.name.clone()).collect(),
            None => Vec::new(),
        };
        let fields: Vec<String> = match self
            .types
            .under_type(self.types.pointer_elem(ty).unwrap_or(ty))
        {
            Type::Struct(fs) => fs.iter().map(|f| f.name.clone()).collect(),
            _ => Vec::new(),
        };
        for c in candidates.iter().chain(fields.iter()) {
            if c.to_lowercase() == lower && c != name {
                let what = if fields.contains(c) {
                    "field"
                } else {
                    "method"
                };
                return Some(format!("but does have {what} {c}"));
            }
        }
        None
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) -> Operand {
        if op == UnaryOp::Addr {
            let inner = strip_parens(x);
            if let ExprKind::Composite { .. } = inner.kind {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return xv;
                }
                return Operand {
                    mode: Mode::Value,
                    ty: self.types.intern(Type::Pointer(xv.ty)),
                };
            }
            let xv = self.expr(x);
            if xv.is_invalid() {
                return xv;
            }
            if xv.mode != Mode::Variable {
                let d = self.describe(x, &xv);
                self.error(
                    e.span,
                    TypeError::Message(format!("invalid operation: cannot take address of {d}")),
                );
                return Operand::invalid();
            }
            return Operand {
                mode: Mode::Value,
                ty: self.types.intern(Type::Pointer(xv.ty)),
            };
        }
        if op == UnaryOp::Recv {
            let xv = self.expr(x);
            if xv.is_invalid() {
                return xv;
            }
            return match self.types.under_type(xv.ty).clone() {
                Type::Chan(ChanDir::Send, _) => {
                    let ct = self.type_str(xv.ty);
                    let d = self.describe(x, &xv);
                    self.error(
                        x.span,
                        TypeError::RecvFromSendOnly {
                            chan_type: ct,
                            operand: d,
                        },
                    );
                    Operand::invalid()
                }
                Type::Chan(_, elem) => Operand {
                    mode: Mode::CommaOk,
                    ty: elem,
                },
                _ => {
                    let d = self.describe(x, &xv);
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: cannot receive from non-channel {d}"
                        )),
                    );
                    Operand::invalid()
                }
            };
        }
        let xv = self.expr(x);
        if xv.is_invalid() {
            return xv;
        }
        let b = self.types.basic_of(xv.ty);
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => b.is_some_and(Basic::is_numeric),
            UnaryOp::Not => b.is_some_and(Basic::is_boolean),
            UnaryOp::BitNot => b.is_some_and(Basic::is_integer),
            UnaryOp::Addr | UnaryOp::Recv => true,
        };
        if !ok {
            let d = self.describe(x, &xv);
            let sym = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                _ => "^",
            };
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: operator {sym} not defined on {d}"
                )),
            );
            return Operand::invalid();
        }
        if let Some(v) = self.const_value(x) {
            let b = b.unwrap_or(Basic::Invalid);
            let r = match (op, v) {
                (UnaryOp::Pos, v) => Some(v),
                (UnaryOp::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
                (UnaryOp::Neg, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
                (UnaryOp::Not, ConstValue::Bool(v)) => Some(ConstValue::Bool(!v)),
                (UnaryOp::BitNot, ConstValue::Int(i)) => {
                    Some(ConstValue::Int(constant::wrap_int(!i, b)))
                }
                _ => None,
            };
            if let Some(r) = r {
                if !b.is_untyped() && !r.representable(b) {
                    let ty = self.type_str(xv.ty);
                    self.error(
                        e.span,
                        TypeError::Message(format!("constant {r} overflows {ty}")),
                    );
                }
                return self.constant(e, xv.ty, r);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: xv.ty,
        }
    }

    fn binary(&mut self, e: &Expr, op: BinaryOp, x: &Expr, y: &Expr) -> Operand {
        let mut xv = self.expr(x);
        let mut yv = self.expr(y);
        if xv.is_invalid() || yv.is_invalid() {
            return Operand::invalid();
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, y, xv, yv);
        }
        if xv.mode == Mode::Nil || yv.mode == Mode::Nil {
            return self.nil_comparison(e, op, x, y, &xv, &yv);
        }
        // Untyped operands take the other side's type.
        let (xu, yu) = (self.types.is_untyped(xv.ty), self.types.is_untyped(yv.ty));
        if xu && !yu {
            if !self.convert_untyped(x, &mut xv, yv.ty) {
                return self.mismatch(e, &xv, &yv);
            }
        } else if yu && !xu {
            if !self.convert_untyped(y, &mut yv, xv.ty) {
                return self.mismatch(e, &xv, &yv);
            }
        } else if xu && yu {
            let rank = |t: Option<Basic>| match t {
                Some(Basic::UntypedFloat) => 3,
                Some(Basic::UntypedRune) => 2,
                Some(Basic::UntypedInt) => 1,
                _ => 0,
            };
            let (rx, ry) = (
                rank(self.types.basic_of(xv.ty)),
                rank(self.types.basic_of(yv.ty)),
            );
            if rx > 0 && ry > 0 {
                if rx > ry {
                    yv.ty = xv.ty;
                } else {
                    xv.ty = yv.ty;
                }
            }
        }
        let is_cmp = matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        if xv.ty != yv.ty
            && !(is_cmp && (self.assignable(yv.ty, xv.ty) || self.assignable(xv.ty, yv.ty)))
        {
            return self.mismatch(e, &xv, &yv);
        }
        if is_cmp {
            return self.comparison(e, op, x, y, &xv);
        }
        let b = self.types.basic_of(xv.ty);
        let ok = match op {
            BinaryOp::Add => b.is_some_and(|b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => b.is_some_and(Basic::is_numeric),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                b.is_some_and(Basic::is_integer)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => b.is_some_and(Basic::is_boolean),
            _ => false,
        };
        if !ok {
            let d = self.describe(x, &xv);
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                )),
            );
            return Operand::invalid();
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            if let Some(v) = self.const_value(y) {
                if v.as_f64() == Some(0.0)
                    && b.is_some_and(|b| {
                        b.is_integer()
                            || b == Basic::UntypedFloat
                            || !yv.is_const()
                            || xv.is_const()
                    })
                {
                    self.error(
                        y.span,
                        TypeError::Message("invalid operation: division by zero".into()),
                    );
                    return Operand::invalid();
                }
            }
        }
        if let (Some(a), Some(c)) = (self.const_value(x), self.const_value(y)) {
            let integer = b.is_some_and(Basic::is_integer);
            match constant::binary(op, &a, &c, integer) {
                Ok(v) => {
                    let b = b.unwrap_or(Basic::Invalid);
                    if !b.is_untyped() && !v.representable(b) {
                        let ty = self.type_str(xv.ty);
                        self.error(
                            e.span,
                            TypeError::Message(format!("constant {v} overflows {ty}")),
                        );
                    }
                    let v = if b.is_untyped() { v } else { v.convert_to(b) };
                    return self.constant(e, xv.ty, v);
                }
                Err(ConstError::DivByZero) => {
                    self.error(
                        y.span,
                        TypeError::Message("invalid operation: division by zero".into()),
                    );
                    return Operand::invalid();
                }
                Err(_) => {
                    self.error(
                        e.span,
                        TypeError::Message(format!("constant overflow in {}", expr_string(e))),
                    );
                    return Operand::invalid();
                }
            }
        }
        Operand {
            mode: Mode::Value,
            ty: xv.ty,
        }
    }

    fn mismatch(&mut self, e: &Expr, xv: &Operand, yv: &Operand) -> Operand {
        let (l, r) = (self.type_str(xv.ty), self.type_str(yv.ty));
        self.error(
            e.span,
            TypeError::MismatchedTypes {
                expr: expr_string(e),
                left: l,
                right: r,
            },
        );
        Operand::invalid()
    }

    fn comparison(&mut self, e: &Expr, op: BinaryOp, x: &Expr, y: &Expr, xv: &Operand) -> Operand {
        let ordered = matches!(
            op,
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        let ok = if ordered {
            self.types
                .basic_of(xv.ty)
                .is_some_and(|b| b.is_numeric() || b.is_string())
        } else {
            self.types.comparable(xv.ty) || self.types.is_interface(xv.ty)
        };
        if !ok {
            let ty = self.type_str(xv.ty);
            let what = match self.types.under_type(xv.ty) {
                Type::Slice(_) => "slice can only be compared to nil".to_string(),
                Type::Map(..) => "map can only be compared to nil".to_string(),
                Type::Func(_) => "func can only be compared to nil".to_string(),
                _ if ordered => format!(
                    "operator {} not defined on {}",
                    op.as_str(),
                    self.describe(x, xv)
                ),
                _ => format!("{ty} cannot be compared"),
            };
            let msg = if ordered {
                format!("invalid operation: {what}")
            } else {
                format!("invalid operation: {} ({what})", expr_string(e))
            };
            self.error(e.span, TypeError::Message(msg));
            return Operand::invalid();
        }
        let bool_ty = self.types.basic(Basic::UntypedBool);
        if let (Some(a), Some(c)) = (self.const_value(x), self.const_value(y)) {
            if let Ok(v) = constant::binary(op, &a, &c, true) {
                return self.constant(e, bool_ty, v);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: bool_ty,
        }
    }

    fn nil_comparison(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        x: &Expr,
        y: &Expr,
        xv: &Operand,
        yv: &Operand,
    ) -> Operand {
        let other = if xv.mode == Mode::Nil { yv } else { xv };
        if !matches!(op, BinaryOp::Eq | BinaryOp::Ne)
            || (other.mode != Mode::Nil && !self.types.nilable(other.ty))
        {
            if other.mode == Mode::Nil {
                self.error(
                    e.span,
                    TypeError::Message(format!(
                        "invalid operation: {} (operator {} not defined on nil)",
                        expr_string(e),
                        op.as_str()
                    )),
                );
            } else {
                let ty = self.type_str(other.ty);
                self.error(
                    e.span,
                    TypeError::Message(format!(
                        "invalid operation: {} (mismatched types {} and untyped nil)",
                        expr_string(e),
                        ty
                    )),
                );
            }
            return Operand::invalid();
        }
        if other.mode == Mode::Nil {
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: {} (operator {} not defined on nil)",
                    expr_string(e),
                    op.as_str()
                )),
            );
            return Operand::invalid();
        }
        let nil_e = if xv.mode == Mode::Nil { x } else { y };
        let key = self.key(nil_e.id);
        self.info.types.insert(key, other.ty);
        Operand {
            mode: Mode::Value,
            ty: self.types.basic(Basic::UntypedBool),
        }
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        x: &Expr,
        y: &Expr,
        mut xv: Operand,
        mut yv: Operand,
    ) -> Operand {
        if self.types.is_untyped(yv.ty) {
            let uint = self.types.basic(Basic::Uint);
            if yv.is_const() {
                match self.const_value(y).and_then(|v| v.as_int()) {
                    Some(n) if n >= 0 => {}
                    Some(_) => {
                        self.error(
                            y.span,
                            TypeError::Message(format!(
                                "invalid shift count {} (negative)",
                                expr_string(y)
                            )),
                        );
                        return Operand::invalid();
                    }
                    None => {
                        let d = self.describe(y, &yv);
                        self.error(
                            y.span,
                            TypeError::Message(format!(
                                "invalid operation: shift count {d} must be integer"
                            )),
                        );
                        return Operand::invalid();
                    }
                }
            }
            self.convert_untyped(y, &mut yv, uint);
        } else if !self.types.basic_of(yv.ty).is_some_and(Basic::is_integer) {
            let d = self.describe(y, &yv);
            self.error(
                y.span,
                TypeError::Message(format!(
                    "invalid operation: shift count {d} must be integer"
                )),
            );
            return Operand::invalid();
        }
        if let (Some(a), Some(c)) = (self.const_value(x), self.const_value(y)) {
            if a.as_int().is_some() {
                match constant::binary(op, &ConstValue::Int(a.as_int().unwrap_or(0)), &c, true) {
                    Ok(v) => {
                        let b = self.types.basic_of(xv.ty).unwrap_or(Basic::Invalid);
                        let ty = if b == Basic::UntypedFloat {
                            self.types.basic(Basic::UntypedInt)
                        } else {
                            xv.ty
                        };
                        if !b.is_untyped() && !v.representable(b) {
                            let ts = self.type_str(xv.ty);
                            self.error(
                                e.span,
                                TypeError::Message(format!("constant {v} overflows {ts}")),
                            );
                        }
                        return self.constant(e, ty, v);
                    }
                    Err(_) => {
                        self.error(
                            e.span,
                            TypeError::Message(format!(
                                "constant shift overflow in {}",
                                expr_string(e)
                            )),
                        );
                        return Operand::invalid();
                    }
                }
            }
        }
        if self.types.is_untyped(xv.ty) {
            // `1 << n`: the constant takes the type the whole shift gets from
            // its context (spec: "Operators", non-constant shifts).
            if xv.is_const() && self.const_value(x).and_then(|v| v.as_int()).is_some() {
                let ty = self.types.basic(Basic::UntypedInt);
                return Operand {
                    mode: Mode::Value,
                    ty,
                };
            }
            let int = self.types.basic(Basic::Int);
            self.convert_untyped(x, &mut xv, int);
        }
        if !self.types.basic_of(xv.ty).is_some_and(Basic::is_integer) {
            let d = self.describe(x, &xv);
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: shifted operand {d} must be integer"
                )),
            );
            return Operand::invalid();
        }
        Operand {
            mode: Mode::Value,
            ty: xv.ty,
        }
    }

    fn index(&mut self, e: &Expr, x: &Expr, index: &Expr) -> Operand {
        let xv = self.raw_expr(x);
        if xv.is_invalid() {
            return xv;
        }
        if xv.mode == Mode::TypeExpr {
            self.error(e.span, TypeError::Unsupported("generics are"));
            return Operand::invalid();
        }
        let under = self.types.under_type(xv.ty).clone();
        let (elem, mode, len) = match under {
            Type::Basic(b) if b.is_string() => (self.types.basic(Basic::Uint8), Mode::Value, None),
            Type::Slice(el) => (el, Mode::Variable, None),
            Type::Array(n, el) => (
                el,
                if xv.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                },
                Some(n),
            ),
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(n, el) => (el, Mode::Variable, Some(n)),
                _ => return self.cannot_index(e, x, &xv),
            },
            Type::Map(k, v) => {
                let mut iv = self.expr(index);
                self.assign_to(index, iv.clone(), k, "map index");
                iv.ty = k;
                return Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                };
            }
            _ => return self.cannot_index(e, x, &xv),
        };
        let mut iv = self.expr(index);
        if iv.is_invalid() {
            return Operand::invalid();
        }
        self.check_index_value(index, &mut iv, len);
        if let (Some(ConstValue::Str(s)), Some(ConstValue::Int(i))) =
            (self.const_value(x), self.const_value(index))
        {
            if i >= 0 && i >= s.len() as i128 {
                self.error(
                    index.span,
                    TypeError::Message(format!(
                        "invalid argument: index {i} out of bounds [0:{}]",
                        s.len()
                    )),
                );
            }
        }
        Operand { mode, ty: elem }
    }

    fn cannot_index(&mut self, e: &Expr, x: &Expr, xv: &Operand) -> Operand {
        let d = self.describe(x, xv);
        self.error(
            e.span,
            TypeError::Message(format!("invalid operation: cannot index {d}")),
        );
        Operand::invalid()
    }

    /// An index must be an integer (untyped constants become `int`), not
    /// negative, and within a known length.
    pub fn check_index_value(&mut self, index: &Expr, iv: &mut Operand, len: Option<u64>) {
        if self.types.is_untyped(iv.ty) {
            let int = self.types.basic(Basic::Int);
            if !self.convert_untyped(index, iv, int) {
                let d = self.describe(index, iv);
                self.error(
                    index.span,
                    TypeError::Message(format!("invalid argument: index {d} must be integer")),
                );
                return;
            }
        }
        if !self.types.basic_of(iv.ty).is_some_and(Basic::is_integer) {
            let d = self.describe(index, iv);
            self.error(
                index.span,
                TypeError::Message(format!("invalid argument: index {d} must be integer")),
            );
            return;
        }
        if let Some(i) = self.const_value(index).and_then(|v| v.as_int()) {
            if i < 0 {
                let d = self.describe(index, iv);
                self.error(
                    index.span,
                    TypeError::Message(format!("invalid argument: index {d} must not be negative")),
                );
            } else if let Some(n) = len {
                if i >= i128::from(n) {
                    self.error(
                        index.span,
                        TypeError::Message(format!(
                            "invalid argument: index {i} out of bounds [0:{n}]"
                        )),
                    );
                }
            }
        }
    }

    fn slice_expr(&mut self, e: &Expr, x: &Expr, bounds: [&Option<Box<Expr>>; 3]) -> Operand {
        let xv = self.expr(x);
        if xv.is_invalid() {
            return xv;
        }
        let under = self.types.under_type(xv.ty).clone();
        let (result, len) = match under {
            Type::Basic(b) if b.is_string() => {
                if bounds[2].is_some() {
                    self.error(
                        e.span,
                        TypeError::Message("invalid operation: 3-index slice of string".into()),
                    );
                    return Operand::invalid();
                }
                let t = if b == Basic::UntypedString {
                    self.types.basic(Basic::String)
                } else {
                    xv.ty
                };
                (t, None)
            }
            Type::Slice(_) => (xv.ty, None),
            Type::Array(n, el) => {
                if xv.mode != Mode::Variable {
                    let d = self.describe(x, &xv);
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: {d} (slice of unaddressable value)"
                        )),
                    );
                    return Operand::invalid();
                }
                (self.types.intern(Type::Slice(el)), Some(n))
            }
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(n, el) => (self.types.intern(Type::Slice(el)), Some(n)),
                _ => {
                    let d = self.describe(x, &xv);
                    self.error(e.span, TypeError::Message(format!("cannot slice {d}")));
                    return Operand::invalid();
                }
            },
            _ => {
                let d = self.describe(x, &xv);
                self.error(e.span, TypeError::Message(format!("cannot slice {d}")));
                return Operand::invalid();
            }
        };
        let mut consts = Vec::new();
        for b in bounds.into_iter().flatten() {
            let mut iv = self.expr(b);
            if iv.is_invalid() {
                continue;
            }
            self.check_index_value(b, &mut iv, len.map(|n| n + 1));
            if let Some(i) = self.const_value(b).and_then(|v| v.as_int()) {
                consts.push(i);
            }
        }
        if consts.windows(2).any(|w| w[0] > w[1]) {
            self.error(e.span, TypeError::Message("invalid slice indices".into()));
        }
        Operand {
            mode: Mode::Value,
            ty: result,
        }
    }

    fn implicit_array_len(&mut self, elems: &[Expr]) -> u64 {
        let mut max = 0u64;
        let mut idx = 0u64;
        for el in elems {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                self.expr(key);
                if let Some(i) = self.const_value(key).and_then(|v| v.as_int()) {
                    idx = u64::try_from(i).unwrap_or(0);
                }
            }
            idx += 1;
            max = max.max(idx);
        }
        max
    }
}

/// The structural word Go inserts before `type` for named types.
pub fn composite_kind(t: &Type) -> Option<&'static str> {
    match t {
        Type::Basic(b) => Some(b.name()),
        Type::Array(..) => Some("array"),
        Type::Slice(_) => Some("slice"),
        Type::Struct(_) => Some("struct"),
        Type::Pointer(_) => Some("pointer"),
        Type::Func(_) => Some("func"),
        Type::Interface(_) => Some("interface"),
        Type::Map(..) => Some("map"),
        Type::Chan(..) => Some("chan"),
        Type::Tuple(_) => Some("tuple"),
        Type::Named(_) => None,
    }
}

pub fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}
