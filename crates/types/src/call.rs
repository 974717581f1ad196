//! Calls, conversions, composite literals and function bodies.

use crate::check::{Checker, FuncCtx};
use crate::errors::{Mode, TypeError};
use crate::object::{CallKind, ObjKind};
use crate::operand::Operand;
use crate::ty::{Basic, INVALID, Type, TypeId};
use syntax::ast::{self, Expr, ExprKind};

impl Checker<'_> {
    pub fn call(&mut self, e: &Expr) -> Operand {
        let ExprKind::Call { func, args, spread } = &e.kind else {
            return Operand::invalid();
        };
        if let Some(generic) = self.generic_func_in(func) {
            return self.generic_call(e, func, generic, args, *spread);
        }
        let f = self.raw_expr(func);
        let key = self.key(e.id);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a);
                }
                Operand::invalid()
            }
            Mode::TypeExpr => {
                self.info.calls.insert(key, CallKind::Conversion(f.ty));
                self.conversion(e, f.ty, args)
            }
            Mode::Builtin => {
                let Some(ObjKind::Builtin(b)) = self
                    .info
                    .uses
                    .get(&self.key(strip(func).id))
                    .map(|o| self.obj(*o).kind.clone())
                else {
                    return Operand::invalid();
                };
                self.info.calls.insert(key, CallKind::Builtin(b));
                self.builtin(e, b, args, spread.is_some())
            }
            _ => {
                self.info.calls.insert(key, CallKind::Call);
                let Some(sig) = self.types.signature(f.ty).cloned() else {
                    let d = self.describe(func, &f);
                    let ty = self.type_str(f.ty);
                    self.error(e.span, TypeError::NotAFunction { operand: d, ty });
                    for a in args {
                        self.raw_expr(a);
                    }
                    return Operand::invalid();
                };
                self.arguments(e, func, &sig, args, *spread);
                self.call_result(&sig)
            }
        }
    }

    fn arguments(
        &mut self,
        e: &Expr,
        func: &Expr,
        sig: &crate::Signature,
        args: &[Expr],
        spread: Option<syntax::Span>,
    ) {
        let name = self.expr_str(func);
        let context = format!("argument to {name}");
        // f(g()) where g returns several values.
        if args.len() == 1 && spread.is_none() {
            let x = self.expr(&args[0]);
            if let Type::Tuple(items) = self.types.get(x.ty).clone() {
                let ok = if sig.variadic {
                    items.len() + 1 >= sig.params.len()
                } else {
                    items.len() == sig.params.len()
                };
                if !ok {
                    let too_many = items.len() > sig.params.len();
                    self.arg_count(args[0].span, too_many, name, &items, sig, false);
                    return;
                }
                // Each result is passed as its own argument, and Go names
                // the call for each (`split() (value of type int)`).
                let np = sig.params.len();
                for (i, item) in items.into_iter().enumerate() {
                    let target = if sig.variadic && i + 1 >= np {
                        match self.types.get(sig.params[np - 1]) {
                            Type::Slice(el) => *el,
                            _ => INVALID,
                        }
                    } else {
                        sig.params[i]
                    };
                    let one = Operand {
                        mode: Mode::Value,
                        ty: item,
                    };
                    self.assign_to(&args[0], one, target, &context);
                }
                return;
            }
            self.check_args(e, sig, args, vec![x], &name, &context, spread);
            return;
        }
        let vals: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        self.check_args(e, sig, args, vals, &name, &context, spread);
    }

    /// Go's argument-count error, with what the call has (`dots`: its
    /// last argument is spread with `...`) and what the function wants.
    fn arg_count(
        &mut self,
        at: syntax::Span,
        too_many: bool,
        call: String,
        have: &[TypeId],
        sig: &crate::Signature,
        dots: bool,
    ) {
        let mut have = self.types_summary(have, false);
        if dots {
            have.insert_str(have.len() - 1, "...");
        }
        let want = self.types_summary(&sig.params, sig.variadic);
        self.error(
            at,
            TypeError::ArgCount {
                too_many,
                call,
                have,
                want,
            },
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn check_args(
        &mut self,
        e: &Expr,
        sig: &crate::Signature,
        args: &[Expr],
        vals: Vec<Operand>,
        name: &str,
        context: &str,
        spread: Option<syntax::Span>,
    ) {
        let np = sig.params.len();
        if spread.is_some() {
            if !sig.variadic {
                let at = args.last().map_or(e.span, |a| a.span);
                self.error(
                    at,
                    TypeError::Message(format!("have (...) but function is not variadic: {name}")),
                );
                return;
            }
            if args.len() != np {
                let at = if args.len() < np {
                    args.last().map_or(e.span, |a| a.span)
                } else {
                    args[np].span
                };
                let have: Vec<TypeId> = vals.iter().map(|v| v.ty).collect();
                self.arg_count(at, args.len() > np, name.into(), &have, sig, true);
                return;
            }
            for (i, (a, x)) in args.iter().zip(vals).enumerate() {
                self.assign_to(a, x, sig.params[i], context);
            }
            return;
        }
        let fixed = if sig.variadic { np - 1 } else { np };
        let have: Vec<TypeId> = vals.iter().map(|v| v.ty).collect();
        if args.len() < fixed {
            // Go points at the last argument, or at the call if none.
            let at = args.last().map_or(e.span, |a| a.span);
            self.arg_count(at, false, name.into(), &have, sig, false);
            return;
        }
        if !sig.variadic && args.len() > np {
            self.arg_count(args[np].span, true, name.into(), &have, sig, false);
            return;
        }
        for (i, (a, x)) in args.iter().zip(vals).enumerate() {
            let target = if i < fixed {
                sig.params[i]
            } else {
                match self.types.get(sig.params[np - 1]) {
                    Type::Slice(el) => *el,
                    _ => INVALID,
                }
            };
            self.assign_to(a, x, target, context);
        }
    }

    fn conversion(&mut self, e: &Expr, target: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let msg = if args.is_empty() {
                "missing argument in conversion to "
            } else {
                "too many arguments in conversion to "
            };
            let ts = self.type_str(target);
            self.error(e.span, TypeError::Message(format!("{msg}{ts}")));
            return Operand::invalid();
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() || target == INVALID {
            return Operand::invalid();
        }
        if !self.single_value(&args[0], &x) {
            return Operand::invalid();
        }
        let tb = self.types.basic_of(target);
        if let Some(v) = self.const_value(&args[0]) {
            if let Some(tb) = tb {
                let v2 = match (&v, tb) {
                    (crate::ConstValue::Int(i), b)
                        if b.is_string()
                            && !self.types.basic_of(x.ty).is_some_and(Basic::is_string) =>
                    {
                        let c = u32::try_from(*i)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        Some(crate::ConstValue::Str(c.to_string().into_bytes()))
                    }
                    (v, b) if v.representable(b) => Some(v.convert_to(b)),
                    (crate::ConstValue::Float(f), b) if b.is_float() => {
                        Some(crate::ConstValue::Float(*f))
                    }
                    _ => None,
                };
                if let Some(v2) = v2 {
                    let key = self.key(e.id);
                    let shown = v2.to_string();
                    self.info.consts.insert(key, v2);
                    return Operand {
                        mode: Mode::Constant(shown),
                        ty: target,
                    };
                }
                // go/types' conversion: an integer constant that does not
                // fit overflows; anything else does not convert.
                let ts = self.type_str(target);
                let from_int = self.types.basic_of(x.ty).is_some_and(Basic::is_integer);
                let msg = if tb.is_integer() && from_int {
                    format!("constant {v} overflows {ts}")
                } else {
                    format!(
                        "cannot convert {} to type {ts}",
                        self.describe(&args[0], &x)
                    )
                };
                self.error(args[0].span, TypeError::Message(msg));
                return Operand::invalid();
            }
        }
        // Go describes the argument as written: `5 (untyped int constant)`.
        let original = x.clone();
        if self.types.is_untyped(x.ty) {
            let d = if self.types.is_interface(target) || tb.is_none() {
                self.types.default_type(x.ty)
            } else {
                target
            };
            if x.mode == Mode::Nil {
                if !self.types.nilable(target) {
                    let ts = self.type_str(target);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("cannot convert nil to type {ts}")),
                    );
                    return Operand::invalid();
                }
                self.convert_untyped(&args[0], &mut x, target);
                return Operand {
                    mode: Mode::Value,
                    ty: target,
                };
            }
            if !self.convert_untyped(&args[0], &mut x, d) {
                let dflt = self.types.default_type(x.ty);
                self.convert_untyped(&args[0], &mut x, dflt);
            }
        }
        if !self.convertible(x.ty, target) {
            let d = self.describe(&args[0], &original);
            let ts = self.type_str(target);
            self.error(
                args[0].span,
                TypeError::Message(format!("cannot convert {d} to type {ts}")),
            );
            return Operand::invalid();
        }
        Operand {
            mode: Mode::Value,
            ty: target,
        }
    }

    /// Go's conversion rules for non-constant values.
    fn convertible(&mut self, v: TypeId, t: TypeId) -> bool {
        if self.assignable(v, t) {
            return true;
        }
        let (vu, tu) = (self.types.under(v), self.types.under(t));
        if vu == tu {
            return true;
        }
        if let (Some(pv), Some(pt)) = (self.types.pointer_elem(v), self.types.pointer_elem(t)) {
            if !self.types.is_named(v)
                && !self.types.is_named(t)
                && self.types.under(pv) == self.types.under(pt)
            {
                return true;
            }
        }
        let (vb, tb) = (self.types.basic_of(v), self.types.basic_of(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if b.is_string() && a.is_integer() {
                return true;
            }
        }
        let bytes_or_runes = |c: &Self, ty: TypeId| match c.types.under_type(ty) {
            Type::Slice(el) => matches!(c.types.basic_of(*el), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(Basic::is_string) && bytes_or_runes(self, v) {
            return true;
        }
        if vb.is_some_and(Basic::is_string) && bytes_or_runes(self, t) {
            return true;
        }
        if let (Type::Slice(se), Type::Array(_, ae)) = (
            self.types.under_type(v).clone(),
            self.types.under_type(t).clone(),
        ) {
            return se == ae;
        }
        if let (Type::Slice(se), Some(p)) =
            (self.types.under_type(v).clone(), self.types.pointer_elem(t))
        {
            if let Type::Array(_, ae) = self.types.under_type(p) {
                return se == *ae;
            }
        }
        false
    }

    /// Checks a composite literal's elements against its type.
    pub fn composite(&mut self, e: &Expr, ty: TypeId, elems: &[Expr]) {
        if ty == INVALID {
            for el in elems {
                self.elem_value(el, INVALID, "array or slice literal");
            }
            return;
        }
        match self.types.under_type(ty).clone() {
            Type::Struct(fields) => {
                let keyed = elems
                    .first()
                    .is_some_and(|el| matches!(el.kind, ExprKind::KeyValue { .. }));
                if keyed {
                    let mut seen: Vec<&str> = Vec::new();
                    for el in elems {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error(
                                el.span,
                                TypeError::Message(
                                    "mixture of field:value and value elements in struct literal"
                                        .into(),
                                ),
                            );
                            continue;
                        };
                        let ExprKind::Ident(name) = &key.kind else {
                            self.error(
                                key.span,
                                TypeError::Message(format!(
                                    "invalid field name {} in struct literal",
                                    self.expr_str(key)
                                )),
                            );
                            continue;
                        };
                        if fields.iter().any(|f| f.name == name.name) {
                            if seen.contains(&name.name.as_str()) {
                                self.error(
                                    key.span,
                                    TypeError::Message(format!(
                                        "duplicate field name {} in struct literal",
                                        name.name
                                    )),
                                );
                                continue;
                            }
                            seen.push(&name.name);
                        }
                        let foreign = !crate::typexpr::is_exported(&name.name)
                            && self
                                .types
                                .named_info(ty)
                                .is_some_and(|n| n.pkg != self.pkg_path_str());
                        if foreign {
                            let ts = self.type_str(ty);
                            self.error(
                                key.span,
                                TypeError::Message(format!(
                                    "cannot refer to unexported field {} in struct literal of type {ts}",
                                    name.name
                                )),
                            );
                            self.elem_value(value, INVALID, "struct literal");
                            continue;
                        }
                        match fields.iter().find(|f| f.name == name.name) {
                            Some(f) => self.elem_value(value, f.ty, "struct literal"),
                            None => {
                                let ts = self.type_str(ty);
                                self.error(
                                    key.span,
                                    TypeError::Message(format!(
                                        "unknown field {} in struct literal of type {ts}",
                                        name.name
                                    )),
                                );
                                self.elem_value(value, INVALID, "struct literal");
                            }
                        }
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if matches!(el.kind, ExprKind::KeyValue { .. }) {
                            self.error(
                                el.span,
                                TypeError::Message(
                                    "mixture of field:value and value elements in struct literal"
                                        .into(),
                                ),
                            );
                            continue;
                        }
                        match fields.get(i) {
                            Some(f) => self.elem_value(el, f.ty, "struct literal"),
                            None => {
                                let ts = self.type_str(ty);
                                self.error(
                                    el.span,
                                    TypeError::Message(format!(
                                        "too many values in struct literal of type {ts}"
                                    )),
                                );
                                break;
                            }
                        }
                    }
                    if !elems.is_empty() && elems.len() < fields.len() {
                        let ts = self.type_str(ty);
                        self.error(
                            syntax::Span::new(e.span.hi.saturating_sub(1), e.span.hi),
                            TypeError::Message(format!(
                                "too few values in struct literal of type {ts}"
                            )),
                        );
                    }
                }
            }
            Type::Slice(el) => self.indexed_elems(elems, el, None),
            Type::Array(n, el) => self.indexed_elems(elems, el, Some(n)),
            Type::Map(k, v) => {
                let key_is_interface = self.types.is_interface(k);
                let mut seen: Vec<(String, TypeId)> = Vec::new();
                for item in elems {
                    let ExprKind::KeyValue { key, value } = &item.kind else {
                        self.error(
                            item.span,
                            TypeError::Message("missing key in map literal".into()),
                        );
                        continue;
                    };
                    self.elem_value(key, k, "map literal");
                    if let Some(c) = self.const_value(key) {
                        // Equal constants are one key; under an interface
                        // key type, only if their types are identical too.
                        let ty = match key_is_interface {
                            true => self
                                .info
                                .types
                                .get(&self.key(key.id))
                                .copied()
                                .unwrap_or(INVALID),
                            false => INVALID,
                        };
                        let entry = (c.to_string(), ty);
                        if seen.contains(&entry) {
                            self.error(
                                key.span,
                                TypeError::Message(format!("duplicate key {c} in map literal")),
                            );
                            continue;
                        }
                        seen.push(entry);
                    }
                    self.elem_value(value, v, "map literal");
                }
            }
            _ => {
                let ts = self.type_str(ty);
                self.error(
                    e.span,
                    TypeError::Message(format!("invalid composite literal type {ts}")),
                );
            }
        }
    }

    /// An element of a composite literal; `{...}` without a type takes `ty`
    /// (or `*ty`'s element as `&T{}`).
    /// The elements of a slice or array literal (go/types' `indexedElts`):
    /// keys are constant indices, each index is used once, and an array
    /// holds no more than its length.
    fn indexed_elems(&mut self, elems: &[Expr], el: TypeId, length: Option<u64>) {
        let mut index: i128 = 0;
        let mut visited: Vec<i128> = Vec::new();
        for item in elems {
            let mut valid = false;
            let value = match &item.kind {
                ExprKind::KeyValue { key, value } => {
                    let mut k = self.expr(key);
                    if !k.is_invalid() {
                        let before = self.errors.len();
                        self.check_index_value(key, &mut k, length);
                        match self.const_value(key).and_then(|v| v.as_int()) {
                            Some(i) if i >= 0 && self.errors.len() == before => {
                                index = i;
                                valid = true;
                            }
                            None if self.errors.len() == before => {
                                let ks = self.expr_str(key);
                                self.error(
                                    item.span,
                                    TypeError::Message(format!(
                                        "index {ks} must be integer constant"
                                    )),
                                );
                            }
                            _ => {}
                        }
                    }
                    value.as_ref()
                }
                _ => {
                    match length {
                        Some(n) if index >= i128::from(n) => self.error(
                            item.span,
                            TypeError::Message(format!("index {index} is out of bounds (>= {n})")),
                        ),
                        _ => valid = true,
                    }
                    item
                }
            };
            if valid {
                if visited.contains(&index) {
                    self.error(
                        item.span,
                        TypeError::Message(format!(
                            "duplicate index {index} in array or slice literal"
                        )),
                    );
                }
                visited.push(index);
            }
            index += 1;
            self.elem_value(value, el, "array or slice literal");
        }
    }

    fn elem_value(&mut self, el: &Expr, ty: TypeId, context: &str) {
        if let ExprKind::Composite { ty: None, elems } = &el.kind {
            let (lit_ty, ptr) = match self.types.get(ty) {
                Type::Pointer(inner) => (*inner, true),
                _ => (ty, false),
            };
            self.composite(el, lit_ty, elems);
            let key = self.key(el.id);
            self.info.types.insert(key, if ptr { ty } else { lit_ty });
            return;
        }
        let x = self.expr(el);
        self.assign_to(el, x, ty, context);
    }

    pub fn func_lit(&mut self, sig: &ast::FuncType, ty: TypeId, body: &ast::Block) {
        let saved_func = self.func.take();
        self.func_body(sig, ty, None, body);
        self.func = saved_func;
    }

    /// Checks a function body: parameters and named results in scope,
    /// statements, labels, unused variables and the missing-return rule.
    pub fn func_body(
        &mut self,
        sig: &ast::FuncType,
        ty: TypeId,
        recv: Option<(ast::Field, TypeId)>,
        body: &ast::Block,
    ) {
        let results = self
            .types
            .signature(ty)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        let named_results = sig.results.iter().any(|f| !f.names.is_empty());
        let outer_locals = std::mem::take(&mut self.locals);
        self.func = Some(FuncCtx {
            results: results.clone(),
            named_results,
            ..FuncCtx::default()
        });
        self.push_scope();
        if let Some((field, rty)) = recv {
            for n in &field.names {
                let o = self.declare_local(
                    n,
                    ObjKind::Var {
                        ty: rty,
                        global: false,
                    },
                );
                self.used.insert(o);
            }
        }
        let params = self
            .types
            .signature(ty)
            .map(|s| s.params.clone())
            .unwrap_or_default();
        let mut pi = 0;
        for f in &sig.params {
            for n in &f.names {
                let pty = params.get(pi).copied().unwrap_or(INVALID);
                let o = self.declare_local(
                    n,
                    ObjKind::Var {
                        ty: pty,
                        global: false,
                    },
                );
                self.used.insert(o);
                pi += 1;
            }
            if f.names.is_empty() {
                pi += 1;
            }
        }
        let mut ri = 0;
        for f in &sig.results {
            for n in &f.names {
                let rty = results.get(ri).copied().unwrap_or(INVALID);
                let o = self.declare_local(
                    n,
                    ObjKind::Var {
                        ty: rty,
                        global: false,
                    },
                );
                self.used.insert(o);
                ri += 1;
            }
            if f.names.is_empty() {
                ri += 1;
            }
        }
        self.stmts(&body.stmts);
        self.pop_scope();
        if !results.is_empty() && !crate::returns::is_terminating_list(&body.stmts) {
            self.error(body.close, TypeError::MissingReturn);
        }
        if let Some(ctx) = self.func.take() {
            let mut unused: Vec<_> = ctx
                .labels
                .into_iter()
                .filter(|(_, (_, used))| !used)
                .collect();
            syntax::order::sort_by_u64_key(&mut unused, |(_, (s, _))| u64::from(s.lo));
            for (name, (span, _)) in unused {
                self.error(span, TypeError::LabelNotUsed(name));
            }
        }
        let locals = std::mem::replace(&mut self.locals, outer_locals);
        for o in locals {
            if !self.used.contains(&o) {
                let (name, span) = (self.obj(o).name.clone(), self.obj(o).span);
                if name != "_" {
                    self.error(span, TypeError::DeclaredNotUsed(name));
                }
            }
        }
    }
}

fn strip(e: &Expr) -> &Expr {
    crate::expr::strip_parens(e)
}
