//! atomic: `x = atomic.AddInt64(&x, 1)`. The add is atomic, the store of
//! its result back into `x` is not, so it races with other goroutines'
//! adds and can undo them.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, unparen};
use syntax::ast::{AssignOp, Expr, ExprKind, StmtKind, UnaryOp};

const ADDS: &[&str] = &[
    "AddInt32",
    "AddInt64",
    "AddUint32",
    "AddUint64",
    "AddUintptr",
];

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    if !cx.imports("sync/atomic") {
        return;
    }
    walk(&cx.file.ast, &mut |n, _| {
        let Node::Stmt(s) = n else { return };
        let StmtKind::Assign { lhs, op, rhs } = &s.kind else {
            return;
        };
        if lhs.len() != rhs.len() || (lhs.len() == 1 && *op == AssignOp::Define) {
            return;
        }
        for (left, right) in lhs.iter().zip(rhs) {
            let ExprKind::Call { func, args, .. } = &unparen(right).kind else {
                continue;
            };
            let adds = cx
                .callee(func)
                .is_some_and(|o| cx.is_func(o, "sync/atomic", ADDS));
            if adds && args.len() == 2 && stores_back(cx, left, &args[0]) {
                out.push(Finding {
                    analyzer: Analyzer::Atomic,
                    pos: left.span.lo,
                    end: left.span.hi,
                    message: "direct assignment to atomic value".into(),
                });
            }
        }
    });
}

/// `x = …(&x, …)` or `*p = …(p, …)`.
fn stores_back(cx: &Cx<'_>, left: &Expr, arg: &Expr) -> bool {
    match (&left.kind, &arg.kind) {
        (
            _,
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            },
        ) => cx.text(left) == cx.text(x),
        (ExprKind::Star(p), _) => cx.text(p) == cx.text(arg),
        _ => false,
    }
}
