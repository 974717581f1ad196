//! copylocks: a value holding a lock (`sync.Mutex`, `sync.WaitGroup`,
//! `atomic.Int64` …) copied by a parameter, a call, an assignment, a
//! range variable, a composite literal or a return. The copy has a lock
//! of its own: locking it excludes nobody, `Done` on it releases nobody.

use crate::locks::lock_path;
use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, unparen};
use syntax::ast::{AssignOp, Expr, ExprKind, Field, FuncType, StmtKind};
use types::CallKind;

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, stack| match n {
        Node::Func(f) => {
            let name = f.name.name.as_str();
            if let Some(recv) = &f.recv {
                param(cx, name, recv, out);
            }
            signature(cx, name, &f.sig, out);
        }
        Node::Var(spec) => {
            for (name, v) in spec.names.iter().zip(&spec.values) {
                if let Some(path) = rhs_path(cx, v) {
                    let what = format!("variable declaration copies lock value to {}", name.name);
                    report(out, v, &what, &path);
                }
            }
        }
        Node::Stmt(s) => match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                let mut reported = false;
                for (l, r) in lhs.iter().zip(rhs) {
                    if let Some(path) = rhs_path(cx, r) {
                        let what = format!("assignment copies lock value to {}", cx.text(l));
                        report(out, r, &what, &path);
                        reported = true;
                    }
                }
                let loop_init = matches!(stack.last(), Some(Node::Stmt(p))
                    if matches!(&p.kind, StmtKind::For { init: Some(i), .. } if std::ptr::eq(&**i, s)));
                if !reported && *op == AssignOp::Define && loop_init {
                    for l in lhs {
                        loop_var(cx, l, out);
                    }
                }
            }
            StmtKind::Return(results) => {
                for r in results {
                    if let Some(path) = rhs_path(cx, r) {
                        report(out, r, "return copies lock value", &path);
                    }
                }
            }
            StmtKind::Range {
                key, value, define, ..
            } => {
                for e in key.iter().chain(value) {
                    range_var(cx, e, *define, out);
                }
            }
            _ => {}
        },
        Node::Expr(e) => match &e.kind {
            ExprKind::FuncLit { sig, .. } => signature(cx, "func", sig, out),
            ExprKind::Call { func, args, .. } => call(cx, e, func, args, out),
            ExprKind::Composite { elems, .. } => {
                for x in elems {
                    let x = match &x.kind {
                        ExprKind::KeyValue { value, .. } => value,
                        _ => x,
                    };
                    if let Some(path) = rhs_path(cx, x) {
                        let what = format!("literal copies lock value from {}", cx.text(x));
                        report(out, x, &what, &path);
                    }
                }
            }
            _ => {}
        },
        Node::Block(_) => {}
    });
}

fn report(out: &mut Vec<Finding>, at: &Expr, what: &str, path: &str) {
    out.push(Finding {
        analyzer: Analyzer::Copylocks,
        pos: at.span.lo,
        end: at.span.hi,
        message: format!("{what}: {path}"),
    });
}

fn signature(cx: &Cx<'_>, name: &str, sig: &FuncType, out: &mut Vec<Finding>) {
    for p in &sig.params {
        param(cx, name, p, out);
    }
}

/// A parameter or receiver whose type holds a lock.
fn param(cx: &Cx<'_>, name: &str, field: &Field, out: &mut Vec<Finding>) {
    let key = cx.file.key(field.ty.id);
    let Some(&t) = cx.ck.info.type_exprs.get(&key) else {
        return;
    };
    if let Some(path) = lock_path(&cx.ck.types, t) {
        report(
            out,
            &field.ty,
            &format!("{name} passes lock by value"),
            &path,
        );
    }
}

fn call(cx: &Cx<'_>, e: &Expr, func: &Expr, args: &[Expr], out: &mut Vec<Finding>) {
    if let Some(CallKind::Builtin(b)) = cx.ck.info.calls.get(&cx.file.key(e.id))
        && matches!(b.name(), "len" | "cap")
    {
        return;
    }
    for a in args {
        if let Some(path) = rhs_path(cx, a) {
            let what = format!("call of {} copies lock value", cx.text(func));
            report(out, a, &what, &path);
        }
    }
}

/// The lock a value expression copies: none for a composite literal or a
/// call's result (a fresh value nobody else holds), nor for a type.
fn rhs_path(cx: &Cx<'_>, x: &Expr) -> Option<String> {
    let x = unparen(x);
    match &x.kind {
        ExprKind::Composite { .. } | ExprKind::Call { .. } => return None,
        ExprKind::Star(p) if matches!(unparen(p).kind, ExprKind::Call { .. }) => return None,
        _ => {}
    }
    if cx.is_type(x) {
        return None;
    }
    lock_path(&cx.ck.types, cx.type_of(x)?)
}

fn range_var(cx: &Cx<'_>, e: &Expr, define: bool, out: &mut Vec<Finding>) {
    let t = match &e.kind {
        ExprKind::Ident(id) if id.name == "_" => return,
        ExprKind::Ident(id) if define => cx.def(id.span.lo).map(|o| cx.ck.object(o).ty()),
        _ if define => return,
        _ => cx.type_of(e),
    };
    if let Some(path) = t.and_then(|t| lock_path(&cx.ck.types, t)) {
        let what = format!("range var {} copies lock", cx.text(e));
        report(out, e, &what, &path);
    }
}

/// `for x := v; …`: since Go 1.22 each iteration copies `x`.
fn loop_var(cx: &Cx<'_>, l: &Expr, out: &mut Vec<Finding>) {
    let ExprKind::Ident(id) = &l.kind else { return };
    if id.name == "_" {
        return;
    }
    let t = cx.def(id.span.lo).map(|o| cx.ck.object(o).ty());
    if let Some(path) = t.and_then(|t| lock_path(&cx.ck.types, t)) {
        let what = format!("for loop iteration copies lock value to {}", id.name);
        report(out, l, &what, &path);
    }
}
