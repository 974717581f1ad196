//! Which local variables must live in heap cells: those a closure captures,
//! those whose address is taken (explicitly, or implicitly by a pointer
//! method call or slicing an array), and aggregates updated in place
//! (`s.f = 1`, `a[i]++`). Everything else stays in a frame slot.

use syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use types::fnv::FnvSet;
use types::{Checked, FileId, ObjId, ObjKind, Selection};

/// Calls `f` on every expression under `stmts`, including inside nested
/// function literals, and `on_stmt` on every statement.
pub fn walk_stmts(stmts: &[Stmt], f: &mut dyn FnMut(&Expr), on_stmt: &mut dyn FnMut(&Stmt)) {
    for s in stmts {
        walk_stmt(s, f, on_stmt);
    }
}

fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr), on_stmt: &mut dyn FnMut(&Stmt)) {
    on_stmt(s);
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(d) => match d {
            ast::Decl::Var(g) | ast::Decl::Const(g) => {
                for spec in &g.specs {
                    for v in &spec.values {
                        walk_expr(v, f, on_stmt);
                    }
                }
            }
            _ => {}
        },
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f, on_stmt),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f, on_stmt),
        StmtKind::Send { chan, value } => {
            walk_expr(chan, f, on_stmt);
            walk_expr(value, f, on_stmt);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f, on_stmt),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                walk_expr(e, f, on_stmt);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                walk_expr(e, f, on_stmt);
            }
        }
        StmtKind::Block(b) => walk_stmts(&b.stmts, f, on_stmt),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f, on_stmt);
            }
            walk_expr(cond, f, on_stmt);
            walk_stmts(&then.stmts, f, on_stmt);
            if let Some(e) = els {
                walk_stmt(e, f, on_stmt);
            }
        }
        StmtKind::Switch { init, tag, clauses } => {
            if let Some(i) = init {
                walk_stmt(i, f, on_stmt);
            }
            if let Some(t) = tag {
                walk_expr(t, f, on_stmt);
            }
            for c in clauses {
                for e in c.exprs.iter().flatten() {
                    walk_expr(e, f, on_stmt);
                }
                walk_stmts(&c.body, f, on_stmt);
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f, on_stmt);
            }
            walk_expr(x, f, on_stmt);
            for c in clauses {
                walk_stmts(&c.body, f, on_stmt);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                if let Some(comm) = &c.comm {
                    walk_stmt(comm, f, on_stmt);
                }
                walk_stmts(&c.body, f, on_stmt);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f, on_stmt);
            }
            if let Some(c) = cond {
                walk_expr(c, f, on_stmt);
            }
            if let Some(p) = post {
                walk_stmt(p, f, on_stmt);
            }
            walk_stmts(&body.stmts, f, on_stmt);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                walk_expr(e, f, on_stmt);
            }
            walk_expr(x, f, on_stmt);
            walk_stmts(&body.stmts, f, on_stmt);
        }
    }
}

pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr), on_stmt: &mut dyn FnMut(&Stmt)) {
    f(e);
    match &e.kind {
        ExprKind::Composite { elems, .. } => {
            for x in elems {
                walk_expr(x, f, on_stmt);
            }
        }
        ExprKind::KeyValue { key, value } => {
            walk_expr(key, f, on_stmt);
            walk_expr(value, f, on_stmt);
        }
        ExprKind::FuncLit { body, .. } => walk_stmts(&body.stmts, f, on_stmt),
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. } => walk_expr(x, f, on_stmt),
        ExprKind::TypeAssert { x, .. } => walk_expr(x, f, on_stmt),
        ExprKind::Index { x, index } => {
            walk_expr(x, f, on_stmt);
            walk_expr(index, f, on_stmt);
        }
        ExprKind::Slice { x, low, high, max } => {
            walk_expr(x, f, on_stmt);
            for b in [low, high, max].into_iter().flatten() {
                walk_expr(b, f, on_stmt);
            }
        }
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f, on_stmt);
            for a in args {
                walk_expr(a, f, on_stmt);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f, on_stmt);
            walk_expr(y, f, on_stmt);
        }
        _ => {}
    }
}

fn local_var(ck: &Checked, obj: ObjId) -> bool {
    matches!(ck.object(obj).kind, ObjKind::Var { global: false, .. })
}

/// Local variables used inside `body` but declared outside it.
pub fn free_vars(ck: &Checked, file: FileId, body: &ast::Block) -> Vec<ObjId> {
    let f = ck.file(file);
    let (lo, hi) = (body.open.lo, body.close.hi);
    let mut out: Vec<ObjId> = Vec::new();
    walk_stmts(
        &body.stmts,
        &mut |e| {
            if let ExprKind::Ident(_) = e.kind {
                if let Some(&obj) = ck.info.uses.get(&f.key(e.id)) {
                    let o = ck.object(obj);
                    let outside = o.file != Some(file) || o.span.lo < lo || o.span.lo >= hi;
                    if local_var(ck, obj) && outside && !out.contains(&obj) {
                        out.push(obj);
                    }
                }
            }
        },
        &mut |_| {},
    );
    out
}

/// What the body of a loop over a function, compiled as a closure,
/// captures: its free variables, and the variables `for k, v = range`
/// assigns (`define` false).
pub fn range_func_free_vars(
    ck: &Checked,
    file: FileId,
    key: Option<&Expr>,
    value: Option<&Expr>,
    define: bool,
    body: &ast::Block,
) -> Vec<ObjId> {
    let mut out = free_vars(ck, file, body);
    if !define {
        let f = ck.file(file);
        for e in [key, value].into_iter().flatten() {
            walk_expr(
                e,
                &mut |x| {
                    if let Some(&obj) = ck.info.uses.get(&f.key(x.id)) {
                        if local_var(ck, obj) && !out.contains(&obj) {
                            out.push(obj);
                        }
                    }
                },
                &mut |_| {},
            );
        }
    }
    out
}

/// Whether `x`, a range clause's operand, is a function (an iterator).
pub fn ranges_over_func(ck: &Checked, file: FileId, x: &Expr) -> bool {
    ck.info
        .types
        .get(&ck.file(file).key(x.id))
        .is_some_and(|t| matches!(ck.types.under_type(*t), types::Type::Func(_)))
}

/// The variables of one function that need cells.
pub fn escaping_vars(
    ck: &Checked,
    file: FileId,
    body: &ast::Block,
    _sig: &ast::FuncType,
    _recv: Option<&ast::Field>,
) -> FnvSet<ObjId> {
    let f = ck.file(file);
    let mut out = FnvSet::default();
    let root = |e: &Expr| -> Option<ObjId> { root_var(ck, file, e) };
    // Captured by nested closures, and by the bodies of loops over
    // functions, which are compiled as closures.
    let mut range_bodies = Vec::new();
    walk_stmts(
        &body.stmts,
        &mut |e| {
            if let ExprKind::FuncLit { body: inner, .. } = &e.kind {
                out.extend(free_vars(ck, file, inner));
            }
        },
        &mut |s| {
            if let StmtKind::Range {
                key,
                value,
                extra: _,
                define,
                x,
                body: inner,
            } = &s.kind
            {
                if ranges_over_func(ck, file, x) {
                    range_bodies.extend(range_func_free_vars(
                        ck,
                        file,
                        key.as_ref(),
                        value.as_ref(),
                        *define,
                        inner,
                    ));
                }
            }
        },
    );
    out.extend(range_bodies);
    let mut marks: Vec<ObjId> = Vec::new();
    let mut stmt_marks: Vec<ObjId> = Vec::new();
    walk_stmts(
        &body.stmts,
        &mut |e| match &e.kind {
            ExprKind::Unary {
                op: ast::UnaryOp::Addr,
                x,
            } => marks.extend(root(x)),
            ExprKind::Slice { x, .. }
                if ck
                    .info
                    .types
                    .get(&f.key(x.id))
                    .is_some_and(|t| matches!(ck.types.under_type(*t), types::Type::Array(..))) =>
            {
                marks.extend(root(x));
            }
            ExprKind::Call { func, .. } => {
                if let ExprKind::Selector { x, .. } = &func.kind {
                    if let Some(Selection::Method { ptr_recv: true, .. }) =
                        ck.info.selections.get(&f.key(func.id))
                    {
                        marks.extend(root(x));
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                if let Some(Selection::Method { ptr_recv: true, .. }) =
                    ck.info.selections.get(&f.key(e.id))
                {
                    marks.extend(root(x));
                }
            }
            _ => {}
        },
        &mut |s| {
            let targets: Vec<&Expr> = match &s.kind {
                StmtKind::Assign { lhs, .. } => lhs.iter().collect(),
                StmtKind::IncDec { x, .. } => vec![x],
                StmtKind::Range {
                    key,
                    value,
                    define: false,
                    ..
                } => [key, value].into_iter().flatten().collect(),
                _ => vec![],
            };
            for t in targets {
                if !matches!(t.kind, ExprKind::Ident(_)) {
                    stmt_marks.extend(root(t));
                }
            }
        },
    );
    out.extend(marks);
    out.extend(stmt_marks);
    out
}

/// The local variable an lvalue path like `x.f[2].g` starts at, if the
/// path stays inside the variable (no pointer or slice on the way).
fn root_var(ck: &Checked, file: FileId, e: &Expr) -> Option<ObjId> {
    let f = ck.file(file);
    match &e.kind {
        ExprKind::Ident(_) => ck
            .info
            .uses
            .get(&f.key(e.id))
            .copied()
            .filter(|o| local_var(ck, *o)),
        ExprKind::Paren(x) => root_var(ck, file, x),
        ExprKind::Selector { x, .. } => match ck.info.selections.get(&f.key(e.id)) {
            Some(Selection::Field { derefs, .. }) if !derefs.iter().any(|d| *d) => {
                root_var(ck, file, x)
            }
            _ => None,
        },
        ExprKind::Index { x, .. } => {
            let ty = ck.info.types.get(&f.key(x.id))?;
            matches!(ck.types.under_type(*ty), types::Type::Array(..))
                .then(|| root_var(ck, file, x))
                .flatten()
        }
        _ => None,
    }
}
