//! Short renderings of expressions and statements for error messages, in
//! the style of Go's syntax printer (`cannot use x := 1 as value`).

use super::text_of;
use crate::ast::{AssignOp, ChanDir, Expr, ExprKind, Stmt, StmtKind, UnaryOp};

/// An expression as Go prints it in messages: binary operators spaced,
/// composite-literal and function bodies elided as `…`.
pub(super) fn expr_string(src: &str, x: &Expr) -> String {
    let mut out = String::new();
    write_expr(src, x, &mut out);
    out
}

/// A statement the header of an `if`/`for`/`switch` wanted as a condition,
/// as Go describes it: `assignment x = 1`, `x := 1`, `x++`, `ch <- v`.
pub(super) fn stmt_as_value(src: &str, stmt: &Stmt) -> String {
    match &stmt.kind {
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
        } => {
            format!(
                "assignment {} = {}",
                emphasized_list(src, lhs),
                emphasized_list(src, rhs)
            )
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(op) => format!("{}=", op.as_str()),
                AssignOp::Assign => "=".to_string(),
            };
            format!("{} {op} {}", list_string(src, lhs), list_string(src, rhs))
        }
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(src, x), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { chan, value } => {
            format!("{} <- {}", expr_string(src, chan), expr_string(src, value))
        }
        _ => collapse(text_of(src, stmt.span)),
    }
}

fn list_string(src: &str, list: &[Expr]) -> String {
    list.iter()
        .map(|x| expr_string(src, x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Go wraps a lone binary expression in parentheses to make the `=` stand out.
fn emphasized_list(src: &str, list: &[Expr]) -> String {
    match list {
        [x] if matches!(x.kind, ExprKind::Binary { .. }) => format!("({})", expr_string(src, x)),
        _ => list_string(src, list),
    }
}

/// Source text with runs of white space made single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_expr(src: &str, x: &Expr, out: &mut String) {
    match &x.kind {
        ExprKind::Ident(ident) => out.push_str(&ident.name),
        ExprKind::Paren(inner) => {
            out.push('(');
            write_expr(src, inner, out);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(src, x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(src, x, out);
            out.push('[');
            write_expr(src, index, out);
            out.push(']');
        }
        ExprKind::IndexList { x, indices } => {
            write_expr(src, x, out);
            out.push('[');
            for (i, index) in indices.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(src, index, out);
            }
            out.push(']');
        }
        ExprKind::Slice { x, low, high, max } => {
            write_expr(src, x, out);
            out.push('[');
            for (i, part) in [low, high, max].into_iter().enumerate() {
                if i > 0 && (i < 2 || part.is_some()) {
                    out.push(':');
                }
                if let Some(part) = part {
                    write_expr(src, part, out);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(src, x, out);
            out.push_str(".(");
            match ty {
                Some(ty) => write_expr(src, ty, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { func, args, spread } => {
            write_expr(src, func, out);
            out.push('(');
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(src, arg, out);
            }
            if spread.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(inner) => {
            out.push('*');
            write_expr(src, inner, out);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            });
            write_expr(src, x, out);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(src, x, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(src, y, out);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(src, key, out);
            out.push_str(": ");
            write_expr(src, value, out);
        }
        ExprKind::Composite { ty, .. } => {
            if let Some(ty) = ty {
                write_expr(src, ty, out);
            }
            out.push_str("{…}");
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(src, elem, out);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(len) => write_expr(src, len, out),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(src, elem, out);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(src, key, out);
            out.push(']');
            write_expr(src, value, out);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(src, elem, out);
        }
        ExprKind::Ellipsis(elem) => {
            out.push_str("...");
            write_expr(src, elem, out);
        }
        ExprKind::Bad
        | ExprKind::Lit(_)
        | ExprKind::FuncLit { .. }
        | ExprKind::FuncType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_) => out.push_str(&collapse(text_of(src, x.span))),
    }
}
