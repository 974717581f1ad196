//! waitgroup (Go 1.25): `wg.Add` as the first statement of a function
//! literal that a `go` statement starts. The new goroutine may not have
//! run yet when `Wait` is called, so `Wait` can return before the work is
//! even counted.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding};
use syntax::ast::{ExprKind, StmtKind};

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    if !cx.imports("sync") {
        return;
    }
    walk(&cx.file.ast, &mut |n, stack| {
        let Node::Expr(call) = n else { return };
        let ExprKind::Call { func, .. } = &call.kind else {
            return;
        };
        let is_add = cx
            .callee(func)
            .is_some_and(|o| cx.is_method(o, "sync", "WaitGroup", "Add"));
        if is_add && first_in_go_literal(stack) {
            out.push(Finding {
                // Go reports at the call's `(`.
                analyzer: Analyzer::Waitgroup,
                pos: func.span.hi,
                end: call.span.hi,
                message: "WaitGroup.Add called from inside new goroutine".into(),
            });
        }
    });
}

/// Ancestors ending: `go` statement, its call, the function literal, its
/// body, and an expression statement that is the body's first.
fn first_in_go_literal(stack: &[Node<'_>]) -> bool {
    let [
        ..,
        Node::Stmt(go),
        Node::Expr(call),
        Node::Expr(lit),
        Node::Block(body),
        Node::Stmt(st),
    ] = stack
    else {
        return false;
    };
    matches!(go.kind, StmtKind::Go(_))
        && matches!(call.kind, ExprKind::Call { .. })
        && matches!(lit.kind, ExprKind::FuncLit { .. })
        && matches!(st.kind, StmtKind::Expr(_))
        && body.first().is_some_and(|f| std::ptr::eq(f, *st))
}
