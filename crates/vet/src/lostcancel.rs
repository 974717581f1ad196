//! lostcancel: the cancel function of `context.WithCancel` (and the
//! `Timeout`, `Deadline` and `Cause` variants) discarded with `_`, or not
//! called on some path to a return. Until someone cancels, the context's
//! watcher goroutine and timer live as long as its parent: a leak.

use crate::cfg::{Block, Item, build};
use crate::walk::{Node, walk, walk_expr, walk_stmt};
use crate::{Analyzer, Cx, Finding};
use syntax::ast::{Block as AstBlock, Expr, ExprKind, FuncDecl, Stmt, StmtKind};
use types::ObjId;

const WITH_CANCEL: &[&str] = &[
    "WithCancel",
    "WithCancelCause",
    "WithTimeout",
    "WithTimeoutCause",
    "WithDeadline",
    "WithDeadlineCause",
];

/// A cancel variable, the statement defining it, and the body of the
/// function it is defined in.
struct Cancel<'a> {
    var: ObjId,
    stmt: &'a Stmt,
    body: &'a AstBlock,
}

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    if !cx.imports("context") {
        return;
    }
    let mut cancels: Vec<Cancel<'_>> = Vec::new();
    walk(&cx.file.ast, &mut |n, stack| {
        let Node::Expr(sel) = n else { return };
        let Some(name) = with_cancel(cx, sel) else {
            return;
        };
        // The call must be the statement's value itself.
        let [.., parent, Node::Expr(call)] = stack else {
            return;
        };
        let ExprKind::Call { func, .. } = &call.kind else {
            return;
        };
        if !std::ptr::eq(&**func, sel) {
            return;
        }
        // `a, cancel := …` or `var a, cancel = …`.
        let (ident, target, stmt) = match parent {
            Node::Stmt(s) => match &s.kind {
                StmtKind::Assign { lhs, .. } if lhs.len() > 1 => match &lhs[1].kind {
                    ExprKind::Ident(ident) => (ident, Some(&lhs[1]), *s),
                    _ => return,
                },
                _ => return,
            },
            Node::Var(spec) if spec.names.len() > 1 => match stack {
                [.., Node::Stmt(s), _, _] => (&spec.names[1], None, *s),
                _ => return,
            },
            _ => return,
        };
        if ident.name == "_" {
            out.push(Finding {
                analyzer: Analyzer::Lostcancel,
                pos: ident.span.lo,
                end: ident.span.hi,
                message: format!(
                    "the cancel function returned by context.{name} should be called, not discarded, to avoid a context leak"
                ),
            });
            return;
        }
        let Some((func, body)) = enclosing(stack) else {
            return;
        };
        let var = cx.def(ident.span.lo).or_else(|| {
            // `c = …` to a variable of this function.
            let v = cx.use_of(target?)?;
            let span = cx.ck.object(v).span;
            (span.lo >= func.lo && span.hi <= func.hi).then_some(v)
        });
        if let Some(var) = var {
            cancels.push(Cancel { var, stmt, body });
        }
    });
    for c in cancels {
        lost_path(cx, &c, out);
    }
}

/// `context.WithCancel` and its kin, named through the package.
fn with_cancel<'a>(cx: &Cx<'_>, sel: &'a Expr) -> Option<&'a str> {
    let ExprKind::Selector { sel: name, .. } = &sel.kind else {
        return None;
    };
    let o = cx.callee(sel)?;
    cx.is_func(o, "context", WITH_CANCEL)
        .then_some(name.name.as_str())
}

/// The innermost function around a node: its span and body. `main.main`
/// is left out, as in Go: when `main` returns, the program ends.
fn enclosing<'a>(stack: &[Node<'a>]) -> Option<(syntax::Span, &'a AstBlock)> {
    stack.iter().rev().find_map(|n| match n {
        Node::Func(f) => Some((f.span, f.body.as_ref()?)).filter(|_| !is_main(f)),
        Node::Expr(e) => match &e.kind {
            ExprKind::FuncLit { body, .. } => Some((e.span, body)),
            _ => None,
        },
        _ => None,
    })
}

fn is_main(f: &FuncDecl) -> bool {
    f.name.name == "main" && f.recv.is_none()
}

/// Reports a path from the definition to a return that never uses the
/// cancel variable, as Go's lostcancel searches for one.
fn lost_path(cx: &Cx<'_>, c: &Cancel<'_>, out: &mut Vec<Finding>) {
    let no_return = |e: &Expr| no_return(cx, e);
    let blocks = build(c.body, &no_return);
    let Some((def, at)) = blocks.iter().enumerate().find_map(|(i, b)| {
        let at = b
            .items
            .iter()
            .position(|it| matches!(it, Item::Stmt(s) if std::ptr::eq(*s, c.stmt)))?;
        Some((i, at))
    }) else {
        return;
    };
    if uses(cx, c.var, &blocks[def].items[at + 1..]) {
        return;
    }
    let ret = blocks[def].ret.or_else(|| {
        let mut seen = vec![false; blocks.len()];
        search(cx, c.var, &blocks, &blocks[def].succs, &mut seen)
    });
    let Some(ret) = ret else { return };
    let name = &cx.ck.object(c.var).name;
    let line = cx.file.lines.line_col(c.stmt.span.lo).line;
    out.push(Finding {
        analyzer: Analyzer::Lostcancel,
        pos: c.stmt.span.lo,
        end: c.stmt.span.hi,
        message: format!("the {name} function is not used on all paths (possible context leak)"),
    });
    out.push(Finding {
        analyzer: Analyzer::Lostcancel,
        pos: ret,
        // The `return` keyword, or the closing brace.
        end: ret + if cx.file.src.get(ret as usize..).is_some_and(|s| s.starts_with("return")) { 6 } else { 1 },
        message: format!(
            "this return statement may be reached without using the {name} var defined on line {line}"
        ),
    });
}

/// Depth first, in the order of each block's ways on.
fn search(
    cx: &Cx<'_>,
    var: ObjId,
    blocks: &[Block<'_>],
    from: &[usize],
    seen: &mut [bool],
) -> Option<u32> {
    for &b in from {
        if std::mem::replace(&mut seen[b], true) {
            continue;
        }
        if uses(cx, var, &blocks[b].items) {
            continue;
        }
        if let Some(ret) = blocks[b].ret {
            return Some(ret);
        }
        if let Some(ret) = search(cx, var, blocks, &blocks[b].succs, seen) {
            return Some(ret);
        }
    }
    None
}

/// Whether the items mention the variable anywhere, in function literals
/// too (`defer cancel()`, `go func() { …; cancel() }()`).
fn uses(cx: &Cx<'_>, var: ObjId, items: &[Item<'_>]) -> bool {
    let mut found = false;
    let mut visit = |n: Node<'_>, _: &[Node<'_>]| {
        if let Node::Expr(e) = n
            && matches!(e.kind, ExprKind::Ident(_))
            && cx.use_of(e) == Some(var)
        {
            found = true;
        }
    };
    for it in items {
        match it {
            Item::Stmt(s) => walk_stmt(s, &mut visit),
            Item::Expr(e) => walk_expr(e, &mut visit),
        }
    }
    found
}

/// A call that never returns: `panic`, `os.Exit`, `log.Fatal…`.
fn no_return(cx: &Cx<'_>, e: &Expr) -> bool {
    let ExprKind::Call { func, .. } = &e.kind else {
        return false;
    };
    if let ExprKind::Ident(id) = &func.kind
        && id.name == "panic"
        && cx
            .use_of(func)
            .is_some_and(|o| matches!(cx.ck.object(o).kind, types::ObjKind::Builtin(_)))
    {
        return true;
    }
    cx.callee(func).is_some_and(|o| {
        cx.is_func(o, "os", &["Exit"])
            || cx.is_func(
                o,
                "log",
                &["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"],
            )
    })
}
