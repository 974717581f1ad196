//! Assignability, untyped constant conversion, and the single- and
//! multi-value assignment rules that produce most "cannot use" errors.

use crate::check::Checker;
use crate::errors::{Mode, TypeError};
use crate::operand::Operand;
use crate::ty::{Basic, ChanDir, INVALID, Type, TypeId};
use syntax::ast::{Expr, ExprKind};

fn is_shift(e: &Expr) -> bool {
    matches!(
        crate::expr::strip_parens(e).kind,
        ExprKind::Binary {
            op: syntax::ast::BinaryOp::Shl | syntax::ast::BinaryOp::Shr,
            ..
        }
    )
}

impl Checker<'_> {
    /// Go's assignability of a value of (typed) type `v` to type `t`.
    pub fn assignable(&mut self, v: TypeId, t: TypeId) -> bool {
        if v == t || v == INVALID || t == INVALID {
            return true;
        }
        let (vu, tu) = (self.types.under(v), self.types.under(t));
        if vu == tu && (!self.types.has_type_name(v) || !self.types.has_type_name(t)) {
            return true;
        }
        if self.types.is_interface(t) && !self.types.is_untyped(v) {
            return self.implements(v, t).is_ok();
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.types.get(vu), self.types.get(tu))
        {
            return ve == te && (!self.types.has_type_name(v) || !self.types.has_type_name(t));
        }
        false
    }

    /// [`Self::convert_untyped`], reporting a failure as go/types'
    /// `convertUntyped` does: `X truncated to T`, `X overflows T` for a
    /// numeric constant, `cannot convert X to type T` otherwise.
    pub fn convert_untyped_or_report(&mut self, e: &Expr, x: &mut Operand, target: TypeId) -> bool {
        let before = x.clone();
        if self.convert_untyped(e, x, target) {
            return true;
        }
        let msg = self.misfit_constant(e, &before, target).unwrap_or_else(|| {
            let under = self.types.under(target);
            let (d, ts) = (self.describe(e, &before), self.type_str(under));
            format!("cannot convert {d} to type {ts}")
        });
        self.error(e.span, TypeError::Message(msg));
        false
    }

    /// `X truncated to T` or `X overflows T`: a numeric constant `x` that
    /// the numeric type `target` cannot hold, as go/types words it.
    pub(crate) fn misfit_constant(&self, e: &Expr, x: &Operand, target: TypeId) -> Option<String> {
        let under = self.types.under(target);
        let (from, to) = (self.types.basic_of(x.ty)?, self.types.basic_of(under)?);
        self.const_value(e)?;
        if !(from.is_numeric() && to.is_numeric()) {
            return None;
        }
        let why = if !from.is_integer() && to.is_integer() {
            "truncated to"
        } else {
            "overflows"
        };
        Some(format!(
            "{} {why} {}",
            self.describe(e, x),
            self.type_str(under)
        ))
    }

    /// Gives an untyped operand the type `target`, recording it. Returns
    /// false if the value cannot have that type.
    pub fn convert_untyped(&mut self, e: &Expr, x: &mut Operand, target: TypeId) -> bool {
        if !self.types.is_untyped(x.ty) || target == INVALID {
            return true;
        }
        let key = self.key(e.id);
        if x.mode == Mode::Nil {
            if !self.types.nilable(target) {
                return false;
            }
            x.ty = target;
            self.info.types.insert(key, target);
            return true;
        }
        let final_ty = if self.types.is_interface(target) {
            if self.types.is_untyped(target) {
                return true;
            }
            let d = self.types.default_type(x.ty);
            if !self.types.iface_methods(target).is_empty() && self.implements(d, target).is_err() {
                return false;
            }
            d
        } else {
            let Some(tb) = self.types.basic_of(target) else {
                return false;
            };
            let xb = self.types.basic_of(x.ty).unwrap_or(Basic::Invalid);
            let compatible = match xb {
                Basic::UntypedBool => tb.is_boolean(),
                Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => tb.is_numeric(),
                Basic::UntypedString => tb.is_string(),
                _ => false,
            };
            if !compatible {
                return false;
            }
            if let Some(v) = self.const_value(e) {
                if !v.representable(tb) {
                    return false;
                }
                self.info.consts.insert(key, v.convert_to(tb));
            } else if xb.is_integer() && !tb.is_integer() && is_shift(e) {
                return false;
            }
            target
        };
        x.ty = final_ty;
        self.info.types.insert(key, final_ty);
        self.retype_untyped_children(e, final_ty);
        true
    }

    /// Non-constant untyped expressions (`a == b && c`, shifts of untyped
    /// constants) pass their final type down to their operands.
    fn retype_untyped_children(&mut self, e: &Expr, ty: TypeId) {
        let children: Vec<&Expr> = match &e.kind {
            ExprKind::Paren(x) => vec![x],
            ExprKind::Binary { op, x, y } => {
                use syntax::ast::BinaryOp as B;
                match op {
                    B::Shl | B::Shr => vec![x],
                    B::Eq | B::Ne | B::Lt | B::Le | B::Gt | B::Ge => vec![],
                    _ => vec![x, y],
                }
            }
            ExprKind::Unary {
                op: syntax::ast::UnaryOp::Not,
                x,
            } => vec![x],
            _ => vec![],
        };
        for c in children {
            let key = self.key(c.id);
            if self
                .info
                .types
                .get(&key)
                .is_some_and(|t| self.types.is_untyped(*t))
            {
                self.info.types.insert(key, ty);
                if let Some(v) = self.info.consts.get(&key).cloned() {
                    if let Some(b) = self.types.basic_of(ty) {
                        self.info.consts.insert(key, v.convert_to(b));
                    }
                }
                self.retype_untyped_children(c, ty);
            }
        }
    }

    /// Checks that `x` (the value of `e`) can be assigned to `target`, in
    /// Go's words when it cannot (`context` is e.g. "assignment", "argument
    /// to f", "return statement").
    pub fn assign_to(&mut self, e: &Expr, mut x: Operand, target: TypeId, context: &str) -> bool {
        if x.is_invalid() || target == INVALID {
            return false;
        }
        if !self.single_value(e, &x) {
            return false;
        }
        // Described before any conversion: Go's message shows the operand as written.
        let original = x.clone();
        if self.types.is_untyped(x.ty) {
            if self.convert_untyped(e, &mut x, target) {
                return true;
            }
            let ts = self.type_str(target);
            if self.types.is_interface(target) && original.mode != Mode::Nil {
                // Go gives the value its default type first, then finds that
                // type does not implement the interface.
                let d = self.types.default_type(original.ty);
                let typed = Operand {
                    ty: d,
                    ..original.clone()
                };
                let desc = self.describe(e, &typed);
                let reason = self.not_implemented(d, target, &ts);
                self.cannot_use(e, desc, ts, context, reason);
                return false;
            }
            let desc = self.describe(e, &original);
            let overflow = self.const_value(e).is_some()
                && self.types.basic_of(target).is_some_and(|b| b.is_numeric())
                && self.types.basic_of(x.ty).is_some_and(|b| b.is_numeric());
            if overflow {
                // By kind, as Go words it: a float constant that does not
                // fit an integer type is truncated, even a whole one.
                let truncated = self
                    .types
                    .basic_of(original.ty)
                    .is_some_and(Basic::is_float)
                    && self.types.basic_of(target).is_some_and(Basic::is_integer);
                let why = if truncated { "truncated" } else { "overflows" };
                self.error(
                    e.span,
                    TypeError::Message(format!(
                        "cannot use {desc} as {ts} value in {context} ({why})"
                    )),
                );
            } else {
                self.cannot_use(e, desc, ts, context, None);
            }
            return false;
        }
        if self.assignable(x.ty, target) {
            return true;
        }
        let desc = self.describe(e, &original);
        let ts = self.type_str(target);
        let reason = if self.types.is_interface(target) {
            self.not_implemented(x.ty, target, &ts)
        } else if self.types.is_interface(x.ty) && self.implements(target, x.ty).is_ok() {
            // An interface value where a type that implements it is wanted.
            Some("need type assertion".to_string())
        } else {
            None
        };
        self.cannot_use(e, desc, ts, context, reason);
        false
    }

    /// Rejects operands that are not a single value (no value, a tuple, a
    /// builtin or a type).
    pub fn single_value(&mut self, e: &Expr, x: &Operand) -> bool {
        match x.mode {
            Mode::NoValue => {
                self.error(
                    e.span,
                    TypeError::Message(format!("{} (no value) used as value", self.expr_str(e))),
                );
                false
            }
            Mode::Builtin => {
                self.error(
                    e.span,
                    TypeError::Message(format!("{} (built-in) must be called", self.expr_str(e))),
                );
                false
            }
            Mode::TypeExpr => {
                self.error(
                    e.span,
                    TypeError::Message(format!("{} (type) is not an expression", self.expr_str(e))),
                );
                false
            }
            _ if matches!(self.types.get(x.ty), Type::Tuple(_)) => {
                let ts = self.type_str(x.ty);
                self.error(
                    e.span,
                    TypeError::Message(format!(
                        "multiple-value {} (value of type {ts}) in single-value context",
                        self.expr_str(e)
                    )),
                );
                false
            }
            _ => true,
        }
    }

    /// `T does not implement I (missing method M)`, if it does not.
    fn not_implemented(&mut self, ty: TypeId, iface: TypeId, iface_str: &str) -> Option<String> {
        self.implements(ty, iface)
            .err()
            .map(|r| format!("{} does not implement {iface_str} {r}", self.type_str(ty)))
    }

    /// `cannot use X as T value in CONTEXT`, with Go's reason if any.
    fn cannot_use(
        &mut self,
        e: &Expr,
        operand: String,
        target: String,
        context: &str,
        reason: Option<String>,
    ) {
        let err = TypeError::CannotUse {
            operand,
            target,
            context: context.into(),
            reason,
        };
        self.error(e.span, err);
    }

    /// The type a new variable gets from its initial value (`x := e`).
    pub fn var_type_from(&mut self, e: &Expr, x: Operand, context: &str) -> TypeId {
        if x.is_invalid() {
            return INVALID;
        }
        if x.mode == Mode::Nil {
            self.error(
                e.span,
                TypeError::Message(format!("use of untyped nil in {context}")),
            );
            return INVALID;
        }
        if let Type::Tuple(items) = self.types.get(x.ty).clone() {
            if let ExprKind::Call { func, .. } = &e.kind {
                self.error(
                    e.span,
                    TypeError::AssignMismatch {
                        vars: 1,
                        vars_word: "variable",
                        call: self.expr_str(func),
                        values: items.len(),
                    },
                );
                return INVALID;
            }
        }
        if !self.single_value(e, &x) {
            return INVALID;
        }
        if self.types.is_untyped(x.ty) {
            // A constant must fit its default type (`x := 1 << 70` does
            // not fit int).
            let d = self.types.default_type(x.ty);
            return if self.assign_to(e, x, d, context) {
                d
            } else {
                INVALID
            };
        }
        x.ty
    }

    /// The types of `n` values produced by one expression: a call with `n`
    /// results, or a comma-ok form when `n == 2`.
    pub fn multi_value(
        &mut self,
        e: &Expr,
        n: usize,
        vars_word: &'static str,
    ) -> Option<Vec<TypeId>> {
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if let Type::Tuple(items) = self.types.get(x.ty).clone() {
            if items.len() == n {
                return Some(items);
            }
            if let ExprKind::Call { func, .. } = &e.kind {
                self.error(
                    e.span,
                    TypeError::AssignMismatch {
                        vars: n,
                        vars_word,
                        call: self.expr_str(func),
                        values: items.len(),
                    },
                );
            }
            return None;
        }
        if n == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            let b = self.types.basic(Basic::Bool);
            return Some(vec![x.ty, b]);
        }
        if let ExprKind::Call { func, .. } = &e.kind {
            let values = usize::from(x.mode != Mode::NoValue);
            self.error(
                e.span,
                TypeError::AssignMismatch {
                    vars: n,
                    vars_word,
                    call: self.expr_str(func),
                    values,
                },
            );
        } else {
            self.error(e.span, TypeError::AssignCountMismatch { lhs: n, rhs: 1 });
        }
        None
    }

    /// `const x T = e`: the constant's type and value.
    pub fn const_init(
        &mut self,
        e: &Expr,
        declared: Option<TypeId>,
    ) -> (TypeId, crate::ConstValue) {
        let x = self.expr(e);
        if x.is_invalid() {
            return (INVALID, crate::ConstValue::Int(0));
        }
        if !x.is_const() {
            let d = self.describe(e, &x);
            self.error(e.span, TypeError::Message(format!("{d} is not constant")));
            return (INVALID, crate::ConstValue::Int(0));
        }
        let ty = match declared {
            Some(t) => {
                self.assign_to(e, x, t, "constant declaration");
                t
            }
            None => x.ty,
        };
        let v = self.const_value(e).unwrap_or(crate::ConstValue::Int(0));
        (ty, v)
    }
}
