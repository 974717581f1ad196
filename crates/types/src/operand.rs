//! Operands: what checking an expression yields, its mode and type, and
//! the way Go describes one in messages, `x (variable of type int)`
//! (go/types' operand.go). The modes and the wording are in errors.rs.

use crate::check::Checker;
use crate::errors::{Mode, describe};
use crate::ty::{INVALID, Type, TypeId};
use syntax::ast::Expr;

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
    /// The rendered description of an operand for messages.
    pub fn describe(&self, e: &Expr, x: &Operand) -> String {
        let mut ty = self.type_str(x.ty);
        let untyped = self.types.is_untyped(x.ty);
        if let Some(c) = self.constraint_of(x.ty) {
            ty = format!("{ty} constrained by {}", self.constraint_str(c));
            return describe(&self.expr_str(e), &x.mode, &ty, None, untyped);
        }
        let kind = if self.types.is_named(x.ty) {
            composite_kind(self.types.under_type(x.ty))
        } else {
            None
        };
        describe(&self.expr_str(e), &x.mode, &ty, kind, untyped)
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
        Type::Interface(_) | Type::Constraint { .. } => Some("interface"),
        Type::Map(..) => Some("map"),
        Type::Chan(..) => Some("chan"),
        Type::Tuple(_) => Some("tuple"),
        Type::Named(_) => None,
    }
}
