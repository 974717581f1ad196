//! Type errors, each worded exactly as Go 1.27's compiler words it.
//!
//! Operands appear in messages in Go's descriptive form, for example
//! `input (variable of type string)` or `Square{…} (value of struct type
//! Square)`; the checker renders those with [`describe`] and stores the
//! rendered text in the variant.

use std::fmt;

/// How an operand came about, which Go names in messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    /// A constant; the rendered value (shown when it differs from the expression text).
    Constant(String),
    /// An addressable variable.
    Variable,
    MapIndex,
    Value,
    CommaOk,
    Nil,
}

/// `expr (mode of type T)` as Go's `operand.String` writes it. `kind` is the
/// structural kind Go inserts for named types (`struct` in `struct type T`),
/// `untyped` the untyped kind (`untyped int`) when the type is untyped.
pub fn describe(expr: &str, mode: &Mode, ty: &str, kind: Option<&str>, untyped: bool) -> String {
    let mode_name = match mode {
        Mode::Invalid => return format!("{expr} (invalid operand)"),
        Mode::NoValue => return format!("{expr} (no value)"),
        Mode::Builtin => return format!("{expr} (built-in)"),
        Mode::TypeExpr => return format!("{expr} (type)"),
        Mode::Nil => return "nil".to_string(),
        Mode::Constant(_) => "constant",
        Mode::Variable => "variable",
        Mode::MapIndex => "map index expression",
        Mode::Value => "value",
        Mode::CommaOk => "comma, ok expression",
    };
    let mut s = format!("{expr} (");
    if untyped {
        s.push_str(ty);
        s.push(' ');
    }
    s.push_str(mode_name);
    if let Mode::Constant(val) = mode {
        if val != expr {
            s.push(' ');
            s.push_str(val);
        }
    }
    if !untyped {
        s.push_str(" of ");
        if let Some(k) = kind {
            s.push_str(k);
            s.push(' ');
        }
        s.push_str("type ");
        s.push_str(ty);
    }
    s.push(')');
    s
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeError {
    Undefined(String),
    DeclaredNotUsed(String),
    ImportedNotUsed(String),
    ImportedAsNotUsed {
        path: String,
        name: String,
    },
    /// What Go has and the Dojo lacks: a package (`package io`), or a name
    /// in one of its packages (`math.Atan`). Go's "undefined" or "is not in
    /// std" would say Go lacks it too.
    NotInDojo(String),
    /// `not enough arguments in call to f` (or too many), then what the
    /// call has and what `f` wants, as [`crate::Checker::types_summary`]
    /// writes them.
    ArgCount {
        too_many: bool,
        call: String,
        have: String,
        want: String,
    },
    /// `cannot use X as T value in CONTEXT` with an optional `: reason`.
    CannotUse {
        operand: String,
        target: String,
        context: String,
        reason: Option<String>,
    },
    MissingReturn,
    /// `not enough return values` (or too many), then what the `return`
    /// has and what the function wants.
    ResultCount {
        too_many: bool,
        have: String,
        want: String,
    },
    DeferNotCall,
    GoNotCall,
    SendToRecvOnly {
        chan_type: String,
        operand: String,
    },
    RecvFromSendOnly {
        chan_type: String,
        operand: String,
    },
    CloseRecvOnly(String),
    NoNewVariables,
    MismatchedTypes {
        expr: String,
        left: String,
        right: String,
    },
    /// `x.f undefined (type T has no field or method f)` and its variants.
    NoFieldOrMethod {
        expr: String,
        ty: String,
        name: String,
        hint: Option<String>,
    },
    LabelNotUsed(String),
    BreakOutside,
    ContinueOutside,
    AssignMismatch {
        vars: usize,
        vars_word: &'static str,
        call: String,
        values: usize,
    },
    AssignCountMismatch {
        lhs: usize,
        rhs: usize,
    },
    NonBoolCondition(&'static str),
    /// With the position of the case it repeats.
    DuplicateCase {
        value: String,
        previous: String,
    },
    NotAFunction {
        operand: String,
        ty: String,
    },
    CannotAssign(String),
    /// A message whose wording is fixed apart from inserted operands.
    Message(String),
    /// A language feature outside the product's subset.
    Unsupported(&'static str),
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeError::Undefined(name) => write!(f, "undefined: {name}"),
            TypeError::DeclaredNotUsed(name) => write!(f, "declared and not used: {name}"),
            TypeError::ImportedNotUsed(path) => write!(f, "\"{path}\" imported and not used"),
            TypeError::ImportedAsNotUsed { path, name } => {
                write!(f, "\"{path}\" imported as {name} and not used")
            }
            TypeError::NotInDojo(what) => write!(f, "{what} is not supported by Goroutine Dojo"),
            TypeError::ArgCount {
                too_many,
                call,
                have,
                want,
            } => write!(
                f,
                "{} arguments in call to {call}\n\thave {have}\n\twant {want}",
                if *too_many { "too many" } else { "not enough" }
            ),
            TypeError::CannotUse {
                operand,
                target,
                context,
                reason,
            } => {
                write!(f, "cannot use {operand} as {target} value in {context}")?;
                if let Some(r) = reason {
                    write!(f, ": {r}")?;
                }
                Ok(())
            }
            TypeError::MissingReturn => f.write_str("missing return"),
            TypeError::ResultCount {
                too_many,
                have,
                want,
            } => write!(
                f,
                "{} return values\n\thave {have}\n\twant {want}",
                if *too_many { "too many" } else { "not enough" }
            ),
            TypeError::DeferNotCall => f.write_str("expression in defer must be function call"),
            TypeError::GoNotCall => f.write_str("expression in go must be function call"),
            TypeError::SendToRecvOnly { chan_type, operand } => {
                write!(
                    f,
                    "invalid operation: cannot send to receive-only channel {chan_type} {operand}"
                )
            }
            TypeError::RecvFromSendOnly { chan_type, operand } => {
                write!(
                    f,
                    "invalid operation: cannot receive from send-only channel {chan_type} {operand}"
                )
            }
            TypeError::CloseRecvOnly(operand) => {
                write!(
                    f,
                    "invalid operation: cannot close receive-only channel {operand}"
                )
            }
            TypeError::NoNewVariables => f.write_str("no new variables on left side of :="),
            TypeError::MismatchedTypes { expr, left, right } => {
                write!(
                    f,
                    "invalid operation: {expr} (mismatched types {left} and {right})"
                )
            }
            TypeError::NoFieldOrMethod {
                expr,
                ty,
                name,
                hint,
            } => {
                write!(
                    f,
                    "{expr} undefined (type {ty} has no field or method {name}"
                )?;
                if let Some(h) = hint {
                    write!(f, ", {h}")?;
                }
                f.write_str(")")
            }
            TypeError::LabelNotUsed(name) => write!(f, "label {name} defined and not used"),
            TypeError::BreakOutside => f.write_str("break is not in a loop, switch, or select"),
            TypeError::ContinueOutside => f.write_str("continue is not in a loop"),
            TypeError::AssignMismatch {
                vars,
                vars_word,
                call,
                values,
            } => {
                write!(
                    f,
                    "assignment mismatch: {vars} {vars_word} but {call} returns {values} value"
                )?;
                if *values != 1 {
                    f.write_str("s")?;
                }
                Ok(())
            }
            TypeError::AssignCountMismatch { lhs, rhs } => {
                let var_word = if *lhs == 1 { "variable" } else { "variables" };
                let val_word = if *rhs == 1 { "value" } else { "values" };
                write!(
                    f,
                    "assignment mismatch: {lhs} {var_word} but {rhs} {val_word}"
                )
            }
            TypeError::NonBoolCondition(stmt) => {
                write!(f, "non-boolean condition in {stmt} statement")
            }
            TypeError::DuplicateCase { value, previous } => {
                write!(
                    f,
                    "duplicate case {value} in expression switch\n\t{previous}: previous case"
                )
            }
            TypeError::NotAFunction { operand, ty } => {
                write!(
                    f,
                    "invalid operation: cannot call {operand}: {ty} is not a function"
                )
            }
            TypeError::CannotAssign(what) => write!(f, "cannot assign to {what}"),
            TypeError::Message(m) => f.write_str(m),
            TypeError::Unsupported(what) => write!(f, "{what} not supported by Goroutine Dojo"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operand_descriptions_follow_go() {
        assert_eq!(
            describe("input", &Mode::Variable, "string", None, false),
            "input (variable of type string)"
        );
        assert_eq!(
            describe("Square{…}", &Mode::Value, "Square", Some("struct"), false),
            "Square{…} (value of struct type Square)"
        );
        assert_eq!(
            describe(
                "\"a\"",
                &Mode::Constant("\"a\"".into()),
                "untyped string",
                None,
                true
            ),
            "\"a\" (untyped string constant)"
        );
        assert_eq!(
            describe("x", &Mode::Constant("5".into()), "untyped int", None, true),
            "x (untyped int constant 5)"
        );
        assert_eq!(
            describe("nil", &Mode::Nil, "untyped nil", None, true),
            "nil"
        );
    }
}
