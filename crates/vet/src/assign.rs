//! assign: `x = x`, a self-assignment that does nothing, usually a typo
//! for assigning a field or a parameter.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, no_effects};
use syntax::ast::{AssignOp, Expr, ExprKind, StmtKind};

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, _| {
        let Node::Stmt(s) = n else { return };
        let StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
        } = &s.kind
        else {
            return;
        };
        if lhs.len() != rhs.len() {
            return;
        }
        let same: Vec<String> = lhs
            .iter()
            .zip(rhs)
            .filter_map(|(l, r)| {
                let candidate =
                    no_effects(l) && no_effects(r) && !is_map_index(cx, l) && same_shape(l, r);
                let text = cx.text(l);
                (candidate && text == cx.text(r)).then_some(text)
            })
            .collect();
        if !same.is_empty() {
            out.push(Finding {
                analyzer: Analyzer::Assign,
                pos: s.span.lo,
                end: s.span.hi,
                message: format!("self-assignment of {}", same.join(", ")),
            });
        }
    });
}

/// Go's test before comparing texts: the two sides are the same kind of
/// expression.
fn same_shape(l: &Expr, r: &Expr) -> bool {
    std::mem::discriminant(&l.kind) == std::mem::discriminant(&r.kind)
}

/// `m[k] = m[k]` may insert a key: not a no-op.
fn is_map_index(cx: &Cx<'_>, e: &Expr) -> bool {
    let ExprKind::Index { x, .. } = &e.kind else {
        return false;
    };
    cx.type_of(x)
        .is_some_and(|t| matches!(cx.ck.types.get(cx.ck.types.under(t)), types::Type::Map(..)))
}
