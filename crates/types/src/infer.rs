//! Using generics: instantiation with explicit type arguments (`F[int]`,
//! `Pair[string, int]`) and calls that infer them, as go/types' infer.go
//! does: typed arguments first, then untyped constants by the largest
//! default type among them, then the constraints' core types.

use crate::Selection;
use crate::check::Checker;
use crate::errors::{Mode, TypeError};
use crate::object::{CallKind, ObjId, ObjKind};
use crate::operand::Operand;
use crate::ty::{Basic, INVALID, Type, TypeId};
use syntax::Span;
use syntax::ast::{Expr, ExprKind};

impl Checker<'_> {
    /// The object `e` names (an identifier or `pkg.Name`) if it is a
    /// generic declaration, with no side effects but resolving it.
    fn generic_named_by(&mut self, e: &Expr) -> Option<ObjId> {
        let obj = match &e.kind {
            ExprKind::Paren(x) => return self.generic_named_by(x),
            ExprKind::Ident(id) => self.lookup(&id.name)?,
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    return None;
                };
                let pkg_obj = self.lookup(&pkg.name)?;
                let ObjKind::PkgName { pkg } = self.obj(pkg_obj).kind else {
                    return None;
                };
                *self.packages[pkg.0 as usize].scope.get(&sel.name)?
            }
            _ => return None,
        };
        self.resolve(obj);
        self.generics.contains_key(&obj).then_some(obj)
    }

    /// Whether `x` names a generic function or type (so `x[...]` instantiates it).
    pub(crate) fn names_generic(&mut self, x: &Expr) -> bool {
        self.generic_named_by(x).is_some()
    }

    /// `F`, `F[A]` or `F[A, B]` naming a generic function: the function,
    /// the expression naming it and the type argument expressions.
    pub(crate) fn generic_func_in(&mut self, e: &Expr) -> Option<(ObjId, Expr, Vec<Expr>)> {
        let (base, args) = match &e.kind {
            ExprKind::Paren(x) => return self.generic_func_in(x),
            ExprKind::Index { x, index } => ((**x).clone(), vec![(**index).clone()]),
            ExprKind::IndexList { x, indices } => ((**x).clone(), indices.clone()),
            _ => (e.clone(), Vec::new()),
        };
        let g = self.generic_named_by(&base)?;
        matches!(self.obj(g).kind, ObjKind::Func { .. }).then_some((g, base, args))
    }

    /// Checks `base`, which names a generic function (marking its package
    /// used, recording the use), before its type arguments are known.
    fn check_generic_name(&mut self, base: &Expr) {
        self.allow_generic = true;
        self.raw_expr(base);
        self.allow_generic = false;
    }

    /// Makes `base` (checked already) and `outer` denote instance `inst`.
    fn refer_to_instance(&mut self, base: &Expr, outer: &Expr, inst: ObjId) {
        let ty = self.obj(inst).ty();
        let key = self.key(base.id);
        match &crate::expr::strip_parens(base).kind {
            ExprKind::Selector { .. } => {
                let k = self.key(crate::expr::strip_parens(base).id);
                self.info.selections.insert(k, Selection::Qualified(inst));
            }
            _ => {
                let k = self.key(crate::expr::strip_parens(base).id);
                self.info.uses.insert(k, inst);
            }
        }
        self.info.types.insert(key, ty);
        let okey = self.key(outer.id);
        if okey != key {
            self.info.uses.insert(okey, inst);
            self.info.types.insert(okey, ty);
        }
    }

    /// `F[int]` used as a value: every type argument must be given.
    pub(crate) fn generic_func_value(
        &mut self,
        e: &Expr,
        g: ObjId,
        base: &Expr,
        args: &[Expr],
    ) -> Operand {
        if !args.is_empty() {
            self.check_generic_name(base);
        }
        let targs: Vec<TypeId> = args.iter().map(|a| self.resolve_type_expr(a)).collect();
        let n = self.generics.get(&g).map_or(0, |g| g.params.len());
        if args.is_empty() {
            self.allow_generic = false;
            self.raw_expr(base);
            return Operand::invalid();
        }
        if targs.contains(&INVALID) {
            return Operand::invalid();
        }
        if targs.len() > n {
            self.error(
                args[n].span,
                TypeError::Message(format!("got {} type arguments but want {n}", targs.len())),
            );
            return Operand::invalid();
        }
        if targs.len() < n {
            let name = self.generics.get(&g).map(|g| g.names[targs.len()].clone());
            let at = self.declared_at(g, targs.len());
            // Not a call: Go names no call and points at the `[`, which
            // gofmt puts right after the function's name.
            let lbrack = Span::new(base.span.hi, base.span.hi + 1);
            self.error(
                lbrack,
                TypeError::Message(format!(
                    "cannot infer {} (declared at {at})",
                    name.unwrap_or_default()
                )),
            );
            return Operand::invalid();
        }
        let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
        if !self.verify(g, &targs, &spans) {
            return Operand::invalid();
        }
        let inst = self.instantiate_func(g, targs);
        self.refer_to_instance(base, e, inst);
        Operand {
            mode: Mode::Value,
            ty: self.obj(inst).ty(),
        }
    }

    /// A call of a generic function, inferring the type arguments not given.
    pub(crate) fn generic_call(
        &mut self,
        e: &Expr,
        func: &Expr,
        (g, base, targ_exprs): (ObjId, Expr, Vec<Expr>),
        args: &[Expr],
        spread: Option<Span>,
    ) -> Operand {
        let Some(decl_of) = self.generics.get(&g).cloned() else {
            return Operand::invalid();
        };
        self.check_generic_name(&base);
        let explicit: Vec<TypeId> = targ_exprs
            .iter()
            .map(|a| self.resolve_type_expr(a))
            .collect();
        let vals: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
        if explicit.len() > decl_of.params.len() {
            self.error(
                targ_exprs[decl_of.params.len()].span,
                TypeError::Message(format!(
                    "got {} type arguments but want {}",
                    explicit.len(),
                    decl_of.params.len()
                )),
            );
            return Operand::invalid();
        }
        if explicit.contains(&INVALID) || vals.iter().any(Operand::is_invalid) {
            return Operand::invalid();
        }
        let Some(sig) = self.types.signature(self.obj(g).ty()).cloned() else {
            return Operand::invalid();
        };
        let lparen = Span {
            lo: base.span.hi.max(func.span.hi),
            hi: base.span.hi.max(func.span.hi) + 1,
        };
        let Some(targs) = self.infer(
            g,
            &decl_of,
            explicit,
            &sig,
            &vals,
            args,
            spread.is_some(),
            lparen,
            &base,
        ) else {
            return Operand::invalid();
        };
        let spans: Vec<Span> = if targ_exprs.is_empty() {
            vec![lparen]
        } else {
            let mut s: Vec<Span> = targ_exprs.iter().map(|a| a.span).collect();
            s.resize(targs.len(), lparen);
            s
        };
        if !self.verify(g, &targs, &spans) {
            return Operand::invalid();
        }
        let inst = self.instantiate_func(g, targs);
        self.refer_to_instance(&base, func, inst);
        let key = self.key(e.id);
        self.info.calls.insert(key, CallKind::Call);
        let Some(isig) = self.types.signature(self.obj(inst).ty()).cloned() else {
            return Operand::invalid();
        };
        let name = self.expr_str(func);
        let context = format!("argument to {name}");
        self.check_args(e, &isig, args, vals, &name, &context, spread);
        self.call_result(&isig)
    }

    /// The type arguments of a call: the explicit ones, then inferred.
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        g: ObjId,
        decl_of: &crate::generics::Generic,
        explicit: Vec<TypeId>,
        sig: &crate::Signature,
        vals: &[Operand],
        args: &[Expr],
        spread: bool,
        at: Span,
        base: &Expr,
    ) -> Option<Vec<TypeId>> {
        let n = decl_of.params.len();
        if explicit.len() == n {
            // Nothing to infer: the arguments are checked as assignments.
            return Some(explicit);
        }
        let mut bound: Vec<Option<TypeId>> = (0..n).map(|i| explicit.get(i).copied()).collect();
        let np = sig.params.len();
        // The parameter type each argument meets.
        let arg_params: Vec<Option<TypeId>> = (0..vals.len())
            .map(|i| {
                if sig.variadic && !spread && i + 1 >= np {
                    match self.types.get(*sig.params.last()?) {
                        Type::Slice(e) => Some(*e),
                        _ => None,
                    }
                } else {
                    sig.params.get(i).copied()
                }
            })
            .collect();
        for (i, v) in vals.iter().enumerate() {
            let Some(p) = arg_params[i] else { break };
            if self.types.is_untyped(v.ty) {
                continue;
            }
            if !self.unify(p, v.ty, &decl_of.params, &mut bound, false) {
                let want = self.substituted_str(p, &decl_of.params, &bound);
                let have = self.type_str(v.ty);
                self.error(
                    args[i].span,
                    TypeError::Message(format!(
                        "type {have} of {} does not match {want}",
                        self.expr_str(&args[i])
                    )),
                );
                return None;
            }
        }
        for (j, b) in bound.iter_mut().enumerate() {
            if b.is_none() {
                let param = decl_of.params[j];
                *b =
                    self.untyped_default(param, &decl_of.names[j], &arg_params, vals, args, base)?;
            }
        }
        for _ in 0..2 {
            for j in 0..n {
                let Some(core) = self.single_term(decl_of.constraints[j]) else {
                    continue;
                };
                match bound[j] {
                    Some(b) => {
                        let under = self.types.under(b);
                        self.unify(core.ty, under, &decl_of.params, &mut bound, false);
                    }
                    None if !core.tilde && !self.mentions_param(core.ty) => {
                        bound[j] = Some(core.ty)
                    }
                    None => {}
                }
            }
        }
        if let Some(j) = bound.iter().position(Option::is_none) {
            let decl = self.declared_at(g, j);
            self.error(
                at,
                TypeError::Message(format!(
                    "in call to {}, cannot infer {} (declared at {decl})",
                    self.expr_str(base),
                    decl_of.names[j]
                )),
            );
            return None;
        }
        Some(bound.into_iter().map(|b| b.unwrap_or(INVALID)).collect())
    }

    /// The type an unbound type parameter takes from the untyped constants
    /// passed for it: the largest default type among them, or an error
    /// when their kinds cannot meet (`1` and `"a"`).
    fn untyped_default(
        &mut self,
        param: TypeId,
        name: &str,
        arg_params: &[Option<TypeId>],
        vals: &[Operand],
        args: &[Expr],
        base: &Expr,
    ) -> Option<Option<TypeId>> {
        let mut best: Option<Basic> = None;
        for (i, v) in vals.iter().enumerate() {
            if arg_params.get(i).copied().flatten() != Some(param) {
                continue;
            }
            let Some(b) = self.types.basic_of(v.ty).filter(|b| b.is_untyped()) else {
                continue;
            };
            if b == Basic::UntypedNil {
                continue;
            }
            if let Some(old) = best
                && old != b
                && !(old.is_numeric() && b.is_numeric())
            {
                self.error(
                    args[i].span,
                    TypeError::Message(format!(
                        "in call to {}, mismatched types {} and {} (cannot infer {name})",
                        self.expr_str(base),
                        old.name(),
                        b.name(),
                    )),
                );
                return None;
            }
            best = Some(match best {
                Some(old) if rank(old) >= rank(b) => old,
                _ => b,
            });
        }
        Some(best.map(|b| {
            let t = self.types.basic(b);
            self.types.default_type(t)
        }))
    }

    /// The one term of a constraint whose terms share one underlying type.
    fn single_term(&self, c: TypeId) -> Option<crate::ty::Term> {
        match self.types.under_type(c) {
            Type::Constraint { terms, .. } if terms.len() == 1 => Some(terms[0]),
            _ => None,
        }
    }

    /// `p` written with the type arguments bound so far.
    fn substituted_str(&self, p: TypeId, params: &[TypeId], bound: &[Option<TypeId>]) -> String {
        match params.iter().position(|x| *x == p).and_then(|i| bound[i]) {
            Some(b) => self.type_str(b),
            None => self.type_str(p),
        }
    }

    /// `Pair[int, string]` in a type or an expression.
    pub(crate) fn instance_type(&mut self, e: &Expr) -> Option<TypeId> {
        let (x, args) = match &e.kind {
            ExprKind::Index { x, index } => (&**x, vec![(**index).clone()]),
            ExprKind::IndexList { x, indices } => (&**x, indices.clone()),
            _ => return None,
        };
        let g = self.generic_named_by(x)?;
        if !matches!(self.obj(g).kind, ObjKind::TypeName { .. }) {
            return None;
        }
        self.allow_generic = true;
        self.resolve_type_expr(x);
        self.allow_generic = false;
        let targs: Vec<TypeId> = args.iter().map(|a| self.resolve_type_expr(a)).collect();
        if targs.contains(&INVALID) {
            return Some(INVALID);
        }
        let n = self.generics.get(&g).map_or(0, |g| g.params.len());
        if targs.len() != n {
            let name = self.expr_str(x);
            let msg = if targs.len() < n {
                format!(
                    "not enough type arguments for type {name}: have {}, want {n}",
                    targs.len()
                )
            } else {
                format!(
                    "too many type arguments for type {name}: have {}, want {n}",
                    targs.len()
                )
            };
            self.error(e.span, TypeError::Message(msg));
            return Some(INVALID);
        }
        let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
        // Go reports type arguments that do not satisfy their constraints
        // and goes on with the instance, so uses of it are still checked.
        self.verify(g, &targs, &spans);
        Some(self.instantiate_type(g, targs))
    }

    /// Reports a generic function or type named without type arguments
    /// where it needs them.
    pub(crate) fn generic_alone(&mut self, e: &Expr, obj: ObjId) -> bool {
        if self.allow_generic || !self.generics.contains_key(&obj) {
            return false;
        }
        let msg = match self.obj(obj).kind {
            ObjKind::TypeName { .. } => {
                let decl_of = &self.generics[&obj];
                let params: Vec<String> = decl_of
                    .names
                    .iter()
                    .zip(&decl_of.constraints)
                    .map(|(n, c)| format!("{n} {}", self.constraint_str(*c)))
                    .collect();
                format!(
                    "cannot use generic type {}[{}] without instantiation",
                    self.expr_str(e),
                    params.join(", ")
                )
            }
            _ => format!(
                "cannot use generic function {} without instantiation",
                self.expr_str(e)
            ),
        };
        self.error(e.span, TypeError::Message(msg));
        true
    }

    /// `x[A, B]` in an expression: an instantiation of a generic type or function.
    pub(crate) fn index_list(&mut self, e: &Expr) -> Operand {
        if let Some((g, base, args)) = self.generic_func_in(e) {
            return self.generic_func_value(e, g, &base, &args);
        }
        match self.instance_type(e) {
            Some(ty) if ty != INVALID => {
                let key = self.key(e.id);
                self.info.type_exprs.insert(key, ty);
                Operand {
                    mode: Mode::TypeExpr,
                    ty,
                }
            }
            Some(_) => Operand::invalid(),
            None => {
                self.error(
                    e.span,
                    TypeError::Message(format!("{} is not a generic type", self.expr_str(e))),
                );
                Operand::invalid()
            }
        }
    }

    /// The operand of a call with signature `sig`.
    pub(crate) fn call_result(&mut self, sig: &crate::Signature) -> Operand {
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: INVALID,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0],
            },
            _ => Operand {
                mode: Mode::Value,
                ty: self.types.intern(Type::Tuple(sig.results.clone())),
            },
        }
    }
}

/// How untyped constants of different kinds meeting at one type parameter
/// settle: the largest default type wins (`1` and `2.5` give `float64`).
fn rank(b: Basic) -> u8 {
    match b {
        Basic::UntypedRune => 1,
        Basic::UntypedFloat => 2,
        _ => 0,
    }
}
