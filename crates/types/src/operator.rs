//! Unary and binary operators (go/types keeps them in expr.go): the
//! operand types each operator is defined on, untyped operands converted
//! to the other side's type, comparisons (with `nil` too), shifts, and
//! constant folding with Go's overflow errors.

use crate::check::Checker;
use crate::constant::{self, ConstError, ConstValue};
use crate::errors::{Mode, TypeError};
use crate::expr::strip_parens;
use crate::operand::Operand;
use crate::ty::{Basic, ChanDir, Type};
use syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

impl Checker<'_> {
    pub(crate) fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) -> Operand {
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
                    x.span,
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
                    let t = self.type_str(xv.ty);
                    self.error(
                        x.span,
                        TypeError::Message(format!(
                            "invalid operation: cannot receive from non-channel {t} {d}"
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
            UnaryOp::Tilde => false,
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
                x.span,
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

    pub(crate) fn binary(&mut self, e: &Expr, op: BinaryOp, x: &Expr, y: &Expr) -> Operand {
        let mut xv = self.expr(x);
        let mut yv = self.expr(y);
        if xv.is_invalid() || yv.is_invalid() {
            return Operand::invalid();
        }
        // Each operand is one value; Go checks the left one first.
        if !self.single_value(x, &xv) || !self.single_value(y, &yv) {
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
            let before = xv.clone();
            if !self.convert_untyped(x, &mut xv, yv.ty) {
                return self.unconverted(e, op, x, &before, &yv);
            }
        } else if yu && !xu {
            let before = yv.clone();
            if !self.convert_untyped(y, &mut yv, xv.ty) {
                return self.unconverted(e, op, y, &before, &xv);
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
        let is_cmp = is_comparison(op);
        if xv.ty != yv.ty
            && !(is_cmp && (self.assignable(yv.ty, xv.ty) || self.assignable(xv.ty, yv.ty)))
        {
            return self.mismatch(e, op, y, &xv, &yv);
        }
        if is_cmp {
            return self.comparison(e, op, x, y, &xv);
        }
        let b = self.types.basic_of(xv.ty);
        let defined = |b: Option<Basic>| match op {
            BinaryOp::Add => b.is_some_and(|b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => b.is_some_and(Basic::is_numeric),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                b.is_some_and(Basic::is_integer)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => b.is_some_and(Basic::is_boolean),
            _ => false,
        };
        let ok = self
            .every_term(xv.ty, &defined)
            .unwrap_or_else(|| defined(b));
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
                        TypeError::Message(format!("constant overflow in {}", self.expr_str(e))),
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

    /// An untyped operand `c` that did not convert to the other operand's
    /// type: a numeric constant that does not fit is Go's conversion error
    /// at the constant, anything else a mismatch.
    fn unconverted(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        c: &Expr,
        cv: &Operand,
        other: &Operand,
    ) -> Operand {
        if let Some(msg) = self.misfit_constant(c, cv, other.ty) {
            self.error(c.span, TypeError::Message(msg));
            return Operand::invalid();
        }
        let y = match &e.kind {
            ExprKind::Binary { y, .. } => y.as_ref(),
            _ => e,
        };
        let (xv, yv) = if std::ptr::eq(c, y) {
            (other, cv)
        } else {
            (cv, other)
        };
        self.mismatch(e, op, y, xv, yv)
    }

    /// `x op y (mismatched types X and Y)`: Go reports a comparison at its
    /// second operand (only it shows the mismatch), anything else at the
    /// expression.
    fn mismatch(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        y: &Expr,
        xv: &Operand,
        yv: &Operand,
    ) -> Operand {
        let (l, r) = (self.type_str(xv.ty), self.type_str(yv.ty));
        let at = if is_comparison(op) { y.span } else { e.span };
        self.error(
            at,
            TypeError::MismatchedTypes {
                expr: self.expr_str(e),
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
        let is_ordered = |b: Option<Basic>| b.is_some_and(|b| b.is_numeric() || b.is_string());
        let ok = if ordered {
            self.every_term(xv.ty, &is_ordered)
                .unwrap_or_else(|| is_ordered(self.types.basic_of(xv.ty)))
        } else if let Some(c) = self.constraint_of(xv.ty) {
            self.constraint_comparable(c)
        } else {
            self.types.comparable(xv.ty) || self.types.is_interface(xv.ty)
        };
        if !ok && !ordered && self.constraint_of(xv.ty).is_some() {
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: {} (incomparable types in type set)",
                    self.expr_str(e)
                )),
            );
            return Operand::invalid();
        }
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
                _ => self
                    .incomparable_cause(xv.ty)
                    .unwrap_or(format!("{ty} cannot be compared")),
            };
            let msg = if ordered && self.constraint_of(xv.ty).is_none() {
                // go/types' catch-all cause: the composite kind, or the
                // type itself for a basic one.
                let what = match crate::operand::composite_kind(self.types.under_type(xv.ty)) {
                    Some(k) if !matches!(self.types.under_type(xv.ty), Type::Basic(_)) => {
                        k.to_string()
                    }
                    _ => ty,
                };
                format!(
                    "invalid operation: {} (operator {} not defined on {what})",
                    self.expr_str(e),
                    op.as_str()
                )
            } else if ordered {
                format!("invalid operation: {what}")
            } else {
                format!("invalid operation: {} ({what})", self.expr_str(e))
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
                        self.expr_str(e),
                        op.as_str()
                    )),
                );
            } else {
                let ty = self.type_str(other.ty);
                self.error(
                    y.span,
                    TypeError::Message(format!(
                        "invalid operation: {} (mismatched types {} and untyped nil)",
                        self.expr_str(e),
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
                    self.expr_str(e),
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
                // go/types: a negative count is reported as such; any
                // other untyped constant must be representable as a uint.
                if self
                    .const_value(y)
                    .and_then(|v| v.as_int())
                    .is_some_and(|n| n < 0)
                {
                    let d = self.describe(y, &yv);
                    self.error(
                        y.span,
                        TypeError::Message(format!("invalid operation: negative shift count {d}")),
                    );
                    return Operand::invalid();
                }
            }
            if !self.convert_untyped_or_report(y, &mut yv, uint) {
                return Operand::invalid();
            }
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
                                self.expr_str(e)
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
}

impl Checker<'_> {
    /// Why a struct or array type cannot be compared, as Go words it: by
    /// the first field that cannot be (`struct containing []int cannot be
    /// compared`), or by the array type itself.
    fn incomparable_cause(&self, ty: crate::ty::TypeId) -> Option<String> {
        match self.types.under_type(ty) {
            Type::Struct(fields) => fields
                .iter()
                .find(|f| !self.types.comparable(f.ty))
                .map(|f| {
                    format!(
                        "struct containing {} cannot be compared",
                        self.type_str(f.ty)
                    )
                }),
            Type::Array(..) => Some(format!(
                "{} cannot be compared",
                self.type_str(self.types.under(ty))
            )),
            _ => None,
        }
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
    )
}
