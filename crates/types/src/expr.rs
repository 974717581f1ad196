//! Checking expressions: every expression gets a type recorded in
//! [`Info::types`](crate::Info::types), and constants get their value.
//! Here are the entry points, the dispatch over expression kinds, literals
//! and identifiers; operators, selectors, index expressions, calls and
//! composite literals have modules of their own.

use crate::check::Checker;
use crate::constant::{self, ConstValue};
use crate::errors::{Mode, TypeError};
use crate::object::ObjKind;
use crate::operand::Operand;
use crate::ty::{Basic, INVALID, Type, TypeId};
use syntax::ast::{Expr, ExprKind, Lit};

impl Checker<'_> {
    /// Checks `e` as a value-producing expression and records its type.
    pub fn expr(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e);
        if x.mode == Mode::TypeExpr {
            let s = self.expr_str(e);
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

    pub fn const_value(&self, e: &Expr) -> Option<ConstValue> {
        self.info.consts.get(&self.key(e.id)).cloned()
    }

    pub(crate) fn constant(&mut self, e: &Expr, ty: TypeId, v: ConstValue) -> Operand {
        let key = self.key(e.id);
        // A float constant is written as one even when its value is whole
        // (`1e6` is `1e+06`).
        let shown = match (&v, self.types.basic_of(ty)) {
            (ConstValue::Int(_) | ConstValue::Rat(..), Some(b)) if b.is_float() => {
                ConstValue::Float(v.as_f64().unwrap_or(0.0)).to_string()
            }
            _ => v.to_string(),
        };
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
            ExprKind::IndexList { .. } => self.index_list(e),
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
                        self.error(e.span, TypeError::Message(format!("impossible type assertion: {}\n\t{ts} does not implement {is} {reason}", self.expr_str(e))));
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
                            x.span,
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
                                x.span,
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
            self.error(
                e.span,
                TypeError::Message("cannot use _ as value or type".into()),
            );
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
        if self.generic_alone(e, obj) {
            return Operand::invalid();
        }
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
                // Not a use: Go also reports the import as unused.
                self.error(
                    e.span,
                    TypeError::Message(format!("use of package {name} not in selector")),
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
}

pub fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}
