//! stringintconv: `string(n)` for an integer `n`, which yields the one
//! character whose code point is `n` ("A" for 65), not its digits. Bytes
//! and runes are exempt: converting them is how a character is meant.

use crate::walk::{Node, walk};
use crate::{Cx, Finding};
use syntax::ast::{Expr, ExprKind};
use types::{Basic, ObjKind, Selection, Type, TypeId};

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, _| {
        let Node::Expr(call) = n else { return };
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return;
        };
        let [arg] = args.as_slice() else { return };
        let Some(target) = converted_to(cx, func) else {
            return;
        };
        if !matches!(basic_under(cx, target), Some(Basic::String)) {
            return;
        }
        let Some(source) = cx.type_of(arg) else {
            return;
        };
        let integer = basic_under(cx, source).is_some_and(|b| {
            b.is_integer() && !matches!(b, Basic::Uint8 | Basic::Int32 | Basic::UntypedRune)
        });
        if !integer {
            return;
        }
        out.push(Finding {
            analyzer: crate::Analyzer::Stringintconv,
            pos: call.span.lo,
            end: call.span.hi,
            message: format!(
                "conversion from {} to {} yields a string of one rune, not a string of digits",
                describe(cx, source),
                describe(cx, target)
            ),
        });
    });
}

/// The type a conversion's callee names (`string`, `Name`, `pkg.T`).
fn converted_to(cx: &Cx<'_>, func: &Expr) -> Option<TypeId> {
    let obj = match &func.kind {
        ExprKind::Ident(_) => cx.use_of(func)?,
        ExprKind::Selector { .. } => match cx.ck.info.selections.get(&cx.file.key(func.id))? {
            Selection::Qualified(o) => *o,
            _ => return None,
        },
        _ => return None,
    };
    match cx.ck.object(obj).kind {
        ObjKind::TypeName { ty } => Some(ty),
        _ => None,
    }
}

fn basic_under(cx: &Cx<'_>, t: TypeId) -> Option<Basic> {
    match cx.ck.types.get(cx.ck.types.under(t)) {
        Type::Basic(b) => Some(*b),
        _ => None,
    }
}

/// go vet's naming: the type's own name, then its underlying basic type
/// when that differs (`ID (int)`).
fn describe(cx: &Cx<'_>, t: TypeId) -> String {
    let types = &cx.ck.types;
    let name = match (types.named_info(t), types.get(t)) {
        (Some(n), _) => n.name.clone(),
        (None, Type::Basic(b)) => b.name().to_string(),
        _ => String::new(),
    };
    match basic_under(cx, t).map(Basic::name) {
        Some(under) if under != name => format!("{name} ({under})"),
        _ => name,
    }
}
