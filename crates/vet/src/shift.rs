//! shift: a shift by a constant at least as wide as the shifted operand's
//! type (`x << 32` for an `int32`), which always yields 0 (or -1). Code in
//! an `if` or `switch` branch that a constant condition rules out is
//! skipped, as Go's analyzer skips it: it is often written for another
//! platform's word size.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding};
use syntax::Span;
use syntax::ast::{AssignOp, BinaryOp, Expr, ExprKind, Stmt, StmtKind};
use types::ConstValue;

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    let mut dead: Vec<Span> = Vec::new();
    walk(&cx.file.ast, &mut |n, _| {
        if let Node::Stmt(s) = n {
            dead_branches(cx, s, &mut dead);
        }
    });
    walk(&cx.file.ast, &mut |n, _| {
        let (at, x, y) = match n {
            Node::Expr(e) => match &e.kind {
                ExprKind::Binary {
                    op: BinaryOp::Shl | BinaryOp::Shr,
                    x,
                    y,
                } => (e.span, &**x, &**y),
                _ => return,
            },
            Node::Stmt(s) => match &s.kind {
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Op(BinaryOp::Shl | BinaryOp::Shr),
                    rhs,
                } if lhs.len() == 1 && rhs.len() == 1 => (s.span, &lhs[0], &rhs[0]),
                _ => return,
            },
            _ => return,
        };
        if dead.iter().any(|d| d.lo <= at.lo && at.hi <= d.hi) {
            return;
        }
        check(cx, at, x, y, out);
    });
}

fn check(cx: &Cx<'_>, at: Span, x: &Expr, y: &Expr, out: &mut Vec<Finding>) {
    if constant(cx, x).is_some() {
        return;
    }
    let Some(amount) = constant(cx, y).and_then(|v| v.as_int()) else {
        return;
    };
    let Some(t) = cx.type_of(x) else { return };
    let bits = i128::from(cx.ck.types.layout(t).size) * 8;
    if amount >= bits {
        out.push(Finding {
            analyzer: Analyzer::Shift,
            pos: at.lo,
            end: at.hi,
            message: format!(
                "{} ({bits} bits) too small for shift of {amount}",
                cx.text(x)
            ),
        });
    }
}

fn constant<'a>(cx: &'a Cx<'_>, e: &Expr) -> Option<&'a ConstValue> {
    cx.ck.info.consts.get(&cx.file.key(e.id))
}

/// The branches of `s` a constant condition or tag rules out.
fn dead_branches(cx: &Cx<'_>, s: &Stmt, dead: &mut Vec<Span>) {
    match &s.kind {
        StmtKind::If {
            cond, then, els, ..
        } => match constant(cx, cond) {
            Some(ConstValue::Bool(false)) => dead.push(then.open.to(then.close)),
            Some(ConstValue::Bool(true)) => dead.extend(els.as_ref().map(|e| e.span)),
            _ => {}
        },
        StmtKind::Switch { tag, clauses, .. } => {
            let tag_value = match tag {
                None => None,
                Some(t) => match constant(cx, t).and_then(|v| v.as_int()) {
                    Some(n) if n >= 0 => Some(n),
                    _ => return,
                },
            };
            for c in clauses {
                let Some(exprs) = &c.exprs else { continue };
                let ruled_out = exprs.iter().all(|e| match (tag_value, constant(cx, e)) {
                    (None, Some(ConstValue::Bool(false))) => true,
                    (Some(t), Some(v)) => v.as_int().is_some_and(|n| n >= 0 && n != t),
                    _ => false,
                });
                if ruled_out {
                    dead.push(c.span);
                }
            }
        }
        _ => {}
    }
}
