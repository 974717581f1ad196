//! unreachable: a statement no path reaches, after a `return`, a `panic`,
//! a `break` or `continue`, a `for` without condition or `break`, or a
//! `switch` or `select` whose every branch ends so. Purely syntactic, as
//! Go's analyzer is: a constant condition does not count, and one finding
//! per run of dead statements.

use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding};
use syntax::ast::{Block, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use types::ObjKind;

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, _| {
        let body = match n {
            Node::Func(f) => f.body.as_ref(),
            Node::Expr(Expr {
                kind: ExprKind::FuncLit { body, .. },
                ..
            }) => Some(body),
            _ => None,
        };
        if let Some(body) = body {
            let mut d = Dead {
                cx,
                breaks: Vec::new(),
                gotos: Vec::new(),
                labels: Vec::new(),
                target: None,
                reachable: true,
                out: &mut *out,
            };
            d.labels_in(&body.stmts);
            d.block(body);
        }
    });
}

/// go vet's `deadState`. Statements are known by where they start.
struct Dead<'a, 'c> {
    cx: &'a Cx<'c>,
    /// Statements some `break` leaves.
    breaks: Vec<u32>,
    /// Labels some `goto` jumps to.
    gotos: Vec<&'a str>,
    /// Each label and the statement it names.
    labels: Vec<(&'a str, u32)>,
    /// The statement an unlabelled `break` leaves, while finding labels.
    target: Option<u32>,
    reachable: bool,
    out: &'a mut Vec<Finding>,
}

impl<'a> Dead<'a, '_> {
    fn labels_in(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.labels_of(s);
        }
    }

    fn labels_of(&mut self, s: &'a Stmt) {
        let breakable = |d: &mut Self, body: &dyn Fn(&mut Self)| {
            let outer = d.target.replace(s.span.lo);
            body(d);
            d.target = outer;
        };
        match &s.kind {
            StmtKind::Block(b) => self.labels_in(&b.stmts),
            StmtKind::Branch { kind, label } => match kind {
                BranchKind::Goto => self.gotos.extend(label.as_ref().map(|l| l.name.as_str())),
                BranchKind::Break => {
                    let at = match label {
                        Some(l) => self
                            .labels
                            .iter()
                            .find(|(n, _)| *n == l.name)
                            .map(|(_, at)| *at),
                        None => self.target,
                    };
                    self.breaks.extend(at);
                }
                _ => {}
            },
            StmtKind::If { then, els, .. } => {
                self.labels_in(&then.stmts);
                if let Some(e) = els {
                    self.labels_of(e);
                }
            }
            StmtKind::Labeled { label, stmt } => {
                self.labels.push((&label.name, stmt.span.lo));
                self.labels_of(stmt);
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                breakable(self, &|d| d.labels_in(&body.stmts));
            }
            StmtKind::Select { clauses } => {
                breakable(self, &|d| clauses.iter().for_each(|c| d.labels_in(&c.body)));
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                breakable(self, &|d| clauses.iter().for_each(|c| d.labels_in(&c.body)));
            }
            _ => {}
        }
    }

    fn block(&mut self, b: &'a Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        if let StmtKind::Labeled { label, .. } = &s.kind {
            if self.gotos.contains(&label.name.as_str()) {
                self.reachable = true;
            }
        }
        if !self.reachable && !matches!(s.kind, StmtKind::Empty) {
            self.out.push(Finding {
                analyzer: Analyzer::Unreachable,
                pos: s.span.lo,
                end: s.span.hi,
                message: "unreachable code".into(),
            });
            self.reachable = true;
        }
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Branch { .. } => self.reachable = false,
            StmtKind::Expr(e) if self.is_panic(e) => self.reachable = false,
            StmtKind::For { cond, body, .. } => {
                self.block(body);
                self.reachable = cond.is_some() || self.breaks.contains(&s.span.lo);
            }
            StmtKind::If { then, els, .. } => {
                self.block(then);
                match els {
                    Some(e) => {
                        let then_reaches = self.reachable;
                        self.reachable = true;
                        self.stmt(e);
                        self.reachable |= then_reaches;
                    }
                    None => self.reachable = true,
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Range { body, .. } => {
                self.block(body);
                self.reachable = true;
            }
            StmtKind::Return(_) => self.reachable = false,
            StmtKind::Select { clauses } => {
                let mut any = false;
                for c in clauses {
                    self.reachable = true;
                    c.body.iter().for_each(|s| self.stmt(s));
                    any |= self.reachable;
                }
                self.reachable = any || self.breaks.contains(&s.span.lo);
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let (mut any, mut default) = (false, false);
                for c in clauses {
                    default |= c.exprs.is_none();
                    self.reachable = true;
                    c.body.iter().for_each(|s| self.stmt(s));
                    any |= self.reachable;
                }
                self.reachable = any || self.breaks.contains(&s.span.lo) || !default;
            }
            _ => {}
        }
    }

    /// A call of the built-in `panic` (not a function of that name).
    fn is_panic(&self, e: &Expr) -> bool {
        let ExprKind::Call { func, .. } = &e.kind else {
            return false;
        };
        matches!(&func.kind, ExprKind::Ident(id) if id.name == "panic")
            && self
                .cx
                .use_of(func)
                .is_none_or(|o| matches!(self.cx.ck.object(o).kind, ObjKind::Builtin(_)))
    }
}
