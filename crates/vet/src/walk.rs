//! A preorder walk over the learner's file with the ancestors of each
//! node, which is how go vet's analyzers look at a file (`inspector`'s
//! stack): the waitgroup analyzer needs to know that a call is the first
//! statement of a function literal run by a `go` statement, lostcancel
//! what statement a call sits in.

use syntax::ast::{Block, Decl, Expr, ExprKind, File, FuncDecl, Stmt, StmtKind, ValueSpec};

/// A node of the file as the analyzers see it.
#[derive(Clone, Copy, Debug)]
pub enum Node<'a> {
    Func(&'a FuncDecl),
    /// A `var` spec (constants cannot hold locks or cancel functions).
    Var(&'a ValueSpec),
    Block(&'a [Stmt]),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Calls `visit` on every node of `file`, parents before children, with
/// the ancestors of the node (the root first).
pub fn walk<'a>(file: &'a File, visit: &mut dyn FnMut(Node<'a>, &[Node<'a>])) {
    let mut w = Walker {
        stack: Vec::new(),
        visit,
    };
    for d in &file.decls {
        w.decl(d);
    }
}

struct Walker<'a, 'v> {
    stack: Vec<Node<'a>>,
    visit: &'v mut dyn FnMut(Node<'a>, &[Node<'a>]),
}

impl<'a> Walker<'a, '_> {
    fn enter(&mut self, n: Node<'a>) {
        (self.visit)(n, &self.stack);
        self.stack.push(n);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn decl(&mut self, d: &'a Decl) {
        match d {
            Decl::Func(f) => {
                self.enter(Node::Func(f));
                if let Some(body) = &f.body {
                    self.block(body);
                }
                self.leave();
            }
            Decl::Var(g) => {
                for spec in &g.specs {
                    self.enter(Node::Var(spec));
                    for v in &spec.values {
                        self.expr(v);
                    }
                    self.leave();
                }
            }
            Decl::Const(_) | Decl::Type(_) => {}
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.stmts(&b.stmts);
    }

    fn stmts(&mut self, list: &'a [Stmt]) {
        self.enter(Node::Block(list));
        for s in list {
            self.stmt(s);
        }
        self.leave();
    }

    fn opt_stmt(&mut self, s: &'a Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.enter(Node::Stmt(s));
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(e);
                }
            }
            StmtKind::Return(results) => {
                for e in results {
                    self.expr(e);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                self.opt_stmt(init);
                self.expr(x);
                for c in clauses {
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in key.iter().chain(value) {
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
        }
        self.leave();
    }

    fn expr(&mut self, e: &'a Expr) {
        self.enter(Node::Expr(e));
        match &e.kind {
            ExprKind::Composite { elems, .. } => {
                for x in elems {
                    self.expr(x);
                }
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::FuncLit { body, .. } => self.block(body),
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Index { x, index } => {
                self.expr(x);
                self.expr(index);
            }
            ExprKind::IndexList { x, .. } => self.expr(x),
            ExprKind::Slice { x, low, high, max } => {
                self.expr(x);
                for b in [low, high, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            _ => {}
        }
        self.leave();
    }
}

/// Calls `visit` on `s` and everything in it, function literals included.
pub fn walk_stmt<'a>(s: &'a Stmt, visit: &mut dyn FnMut(Node<'a>, &[Node<'a>])) {
    Walker {
        stack: Vec::new(),
        visit,
    }
    .stmt(s);
}

/// Calls `visit` on `e` and everything in it, function literals included.
pub fn walk_expr<'a>(e: &'a Expr, visit: &mut dyn FnMut(Node<'a>, &[Node<'a>])) {
    Walker {
        stack: Vec::new(),
        visit,
    }
    .expr(e);
}
