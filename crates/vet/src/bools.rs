//! bools: a condition that repeats itself (`x == 1 || x == 1`), or one
//! that is always true or always false (`x != 1 || x != 2`,
//! `x == 1 && x == 2`): usually the wrong operator or the wrong operand.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, no_effects, unparen};
use syntax::ast::{BinaryOp, Expr, ExprKind};

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    // Operands of a chain already looked at from its outermost operator.
    let mut seen: Vec<u32> = Vec::new();
    walk(&cx.file.ast, &mut |n, _| {
        let Node::Expr(e) = n else { return };
        let ExprKind::Binary { op, .. } = &e.kind else {
            return;
        };
        let (name, bad_eq) = match op {
            BinaryOp::LogOr => ("or", BinaryOp::Ne),
            BinaryOp::LogAnd => ("and", BinaryOp::Eq),
            _ => return,
        };
        if seen.contains(&e.id.0) {
            return;
        }
        let mut operands = Vec::new();
        split(e, *op, &mut operands, &mut seen);
        // Runs of operands without side effects, as Go takes them.
        for run in operands.split(|x| !no_effects(x)) {
            redundant(cx, name, *op, run, out);
            suspect(cx, name, *op, bad_eq, run, out);
        }
    });
}

/// The operands of a chain of `op`, right to left (as Go lists them).
fn split<'a>(e: &'a Expr, op: BinaryOp, out: &mut Vec<&'a Expr>, seen: &mut Vec<u32>) {
    let e = unparen(e);
    match &e.kind {
        ExprKind::Binary { op: o, x, y } if *o == op => {
            seen.push(e.id.0);
            split(y, op, out, seen);
            split(x, op, out, seen);
        }
        _ => out.push(e),
    }
}

fn redundant(cx: &Cx<'_>, name: &str, op: BinaryOp, run: &[&Expr], out: &mut Vec<Finding>) {
    let mut texts: Vec<String> = Vec::new();
    for e in run {
        let t = cx.text(e);
        if texts.contains(&t) {
            out.push(Finding {
                analyzer: Analyzer::Bools,
                pos: e.span.lo,
                end: e.span.hi,
                message: format!("redundant {name}: {t} {} {t}", op.as_str()),
            });
        } else {
            texts.push(t);
        }
    }
}

/// `x != c1 || x != c2` (always true) and `x == c1 && x == c2` (always
/// false), with constants `c1` and `c2`.
fn suspect(
    cx: &Cx<'_>,
    name: &str,
    op: BinaryOp,
    bad_eq: BinaryOp,
    run: &[&Expr],
    out: &mut Vec<Finding>,
) {
    let mut seen: Vec<(String, String)> = Vec::new();
    let constant = |e: &Expr| cx.ck.info.consts.contains_key(&cx.file.key(e.id));
    for e in run {
        let ExprKind::Binary { op: o, x, y } = &e.kind else {
            continue;
        };
        if *o != bad_eq {
            continue;
        }
        let operand = if constant(y) {
            x
        } else if constant(x) {
            y
        } else {
            continue;
        };
        let (xt, et) = (cx.text(operand), cx.text(e));
        match seen.iter().find(|(s, _)| *s == xt) {
            Some((_, prev)) => {
                if *prev != et {
                    out.push(Finding {
                        analyzer: Analyzer::Bools,
                        pos: e.span.lo,
                        end: e.span.hi,
                        message: format!("suspect {name}: {et} {} {prev}", op.as_str()),
                    });
                }
            }
            None => seen.push((xt, et)),
        }
    }
}
