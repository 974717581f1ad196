//! `select` statements: every case a send or a receive (possibly assigned),
//! at most one `default`, each clause in its own scope.

use crate::check::Checker;
use crate::errors::TypeError;
use syntax::Span;
use syntax::ast::{self, Expr, ExprKind, StmtKind};

impl Checker<'_> {
    pub(crate) fn select_stmt(&mut self, clauses: &[ast::CommClause], label: Option<&str>) {
        let defaults: Vec<Span> = clauses
            .iter()
            .filter(|c| c.comm.is_none())
            .map(|c| c.span)
            .collect();
        self.multiple_defaults(&defaults);
        for c in clauses {
            if let Some(comm) = &c.comm {
                let valid = match &comm.kind {
                    StmtKind::Send { .. } => true,
                    StmtKind::Expr(e) => is_recv(e),
                    StmtKind::Assign { rhs, lhs, .. } => {
                        rhs.len() == 1 && is_recv(&rhs[0]) && lhs.len() <= 2
                    }
                    _ => false,
                };
                if !valid {
                    // Go checks neither the case nor its body.
                    let at = self.comm_pos(comm);
                    self.error(
                        at,
                        TypeError::Message(
                            "select case must be send or receive (possibly with assignment)".into(),
                        ),
                    );
                    continue;
                }
            }
            self.push_scope();
            if let Some(comm) = &c.comm {
                self.stmt(comm, None);
            }
            self.breakable(label, false, |ch| ch.stmts(&c.body));
            self.pop_scope();
        }
    }

    /// Where Go's syntax tree places a statement: a binary expression at
    /// its operator, a call at its `(`, anything else where it starts
    /// (the tree keeps no operator positions, so they are found in the
    /// source).
    fn comm_pos(&self, comm: &ast::Stmt) -> Span {
        let after = match &comm.kind {
            StmtKind::Expr(e) => match &crate::expr::strip_parens(e).kind {
                ExprKind::Binary { x, .. } => Some(x.span.hi),
                ExprKind::Call { func, .. } => Some(func.span.hi),
                _ => None,
            },
            _ => None,
        };
        let src = &self.files[self.cur_file.0 as usize].src;
        let found = after.and_then(|from| {
            let rest = src.get(from as usize..comm.span.hi as usize)?;
            let off = rest.find(|c: char| !c.is_whitespace())?;
            Some(from + u32::try_from(off).ok()?)
        });
        found.map_or(comm.span, |lo| Span::new(lo, lo + 1))
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(
        crate::expr::strip_parens(e).kind,
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            ..
        }
    )
}
