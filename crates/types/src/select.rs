//! `select` statements: every case a send or a receive (possibly assigned),
//! at most one `default`, each clause in its own scope.

use crate::check::Checker;
use crate::errors::TypeError;
use syntax::ast::{self, Expr, ExprKind, StmtKind};

impl Checker<'_> {
    pub(crate) fn select_stmt(&mut self, clauses: &[ast::CommClause], label: Option<&str>) {
        let mut defaults = 0;
        for c in clauses {
            self.push_scope();
            match &c.comm {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(
                            c.span,
                            TypeError::Message("multiple defaults in select".into()),
                        );
                    }
                }
                Some(comm) => {
                    let valid = match &comm.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign { rhs, lhs, .. } => {
                            rhs.len() == 1 && is_recv(&rhs[0]) && lhs.len() <= 2
                        }
                        _ => false,
                    };
                    if !valid {
                        self.error(
                            comm.span,
                            TypeError::Message(
                                "select case must be receive, send or assign recv".into(),
                            ),
                        );
                    }
                    self.stmt(comm, None);
                }
            }
            self.breakable(label, false, |ch| ch.stmts(&c.body));
            self.pop_scope();
        }
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
