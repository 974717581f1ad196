//! defers: `defer f(time.Since(start))`. A deferred call's arguments are
//! evaluated when the `defer` statement runs, so the elapsed time is
//! taken at the start, not when the function returns.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding};
use syntax::ast::{Expr, ExprKind, StmtKind};

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    if !cx.imports("time") {
        return;
    }
    walk(&cx.file.ast, &mut |n, _| {
        if let Node::Stmt(s) = n
            && let StmtKind::Defer(call) = &s.kind
        {
            since_calls(cx, call, out);
        }
    });
}

/// Calls of `time.Since` in `e`, outside function literals (whose body
/// runs when the deferred call does).
fn since_calls(cx: &Cx<'_>, e: &Expr, out: &mut Vec<Finding>) {
    match &e.kind {
        ExprKind::FuncLit { .. } => {}
        ExprKind::Call { func, args, .. } => {
            if cx
                .callee(func)
                .is_some_and(|o| cx.is_func(o, "time", &["Since"]))
            {
                out.push(Finding {
                    analyzer: Analyzer::Defers,
                    pos: e.span.lo,
                    end: e.span.hi,
                    message: "call to time.Since is not deferred".into(),
                });
            }
            since_calls(cx, func, out);
            for a in args {
                since_calls(cx, a, out);
            }
        }
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Unary { x, .. }
        | ExprKind::Star(x) => since_calls(cx, x, out),
        ExprKind::Binary { x, y, .. } | ExprKind::Index { x, index: y } => {
            since_calls(cx, x, out);
            since_calls(cx, y, out);
        }
        ExprKind::Composite { elems, .. } => {
            for x in elems {
                since_calls(cx, x, out);
            }
        }
        ExprKind::KeyValue { key, value } => {
            since_calls(cx, key, out);
            since_calls(cx, value, out);
        }
        _ => {}
    }
}
