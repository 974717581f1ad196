//! `return` statements, and Go's terminating-statement rule, which decides
//! whether a function with results may end without one (go/types'
//! return.go; the module is not called `return` because that is a keyword).

use crate::check::Checker;
use crate::errors::TypeError;
use crate::ty::{Type, TypeId};
use syntax::ast::{self, BranchKind, Expr, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    pub(crate) fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(want) = self
            .func
            .as_ref()
            .map(|f| (f.results.clone(), f.named_results))
        else {
            return;
        };
        let (want, named) = want;
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.result_count(s.span, &[], &want);
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            let x = self.expr(&results[0]);
            if x.is_invalid() {
                return;
            }
            let have = match self.types.get(x.ty).clone() {
                Type::Tuple(items) if items.len() == want.len() => return,
                Type::Tuple(items) => items,
                _ => vec![x.ty],
            };
            self.result_count(results[0].span, &have, &want);
            return;
        }
        if results.len() != want.len() {
            let have: Vec<_> = results.iter().map(|r| self.raw_expr(r).ty).collect();
            // Go points at the first value too many, or the last one given.
            let at = results[want.len().min(results.len() - 1)].span;
            self.result_count(at, &have, &want);
            return;
        }
        for (r, t) in results.iter().zip(want) {
            let x = self.expr(r);
            self.assign_to(r, x, t, "return statement");
        }
    }

    fn result_count(&mut self, at: syntax::Span, have: &[TypeId], want: &[TypeId]) {
        let err = TypeError::ResultCount {
            too_many: have.len() > want.len(),
            have: self.types_summary(have, false),
            want: self.types_summary(want, false),
        };
        self.error(at, err);
    }
}

/// Go's terminating statements (spec: "Terminating statements").
pub fn is_terminating_list(list: &[Stmt]) -> bool {
    list.iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_)
        | StmtKind::Branch {
            kind: BranchKind::Goto,
            ..
        } => true,
        StmtKind::Expr(e) => {
            matches!(&crate::expr::strip_parens(e).kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Ident(id) if id.name == "panic"))
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, els, .. } => {
            els.as_ref().is_some_and(|e| is_terminating(e)) && is_terminating_list(&then.stmts)
        }
        StmtKind::For {
            cond: None, body, ..
        } => !has_break(&body.stmts, None, true),
        StmtKind::Labeled { label, stmt } => match &stmt.kind {
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, Some(&label.name), true),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                switch_terminates(clauses, Some(&label.name))
            }
            StmtKind::Select { clauses } => clauses.iter().all(|c| {
                is_terminating_list(&c.body) && !has_break(&c.body, Some(&label.name), true)
            }),
            _ => is_terminating(stmt),
        },
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            switch_terminates(clauses, None)
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .all(|c| is_terminating_list(&c.body) && !has_break(&c.body, None, true)),
        _ => false,
    }
}

fn switch_terminates(clauses: &[ast::CaseClause], label: Option<&str>) -> bool {
    clauses.iter().any(|c| c.exprs.is_none())
        && clauses.iter().all(|c| {
            !has_break(&c.body, label, true)
                && (is_terminating_list(&c.body)
                    || c.body.last().is_some_and(|l| {
                        matches!(
                            l.kind,
                            StmtKind::Branch {
                                kind: BranchKind::Fallthrough,
                                ..
                            }
                        )
                    }))
        })
}

/// Whether a `break` (unlabelled at this level, or with `label`) leaves the
/// statement whose body is `list`.
fn has_break(list: &[Stmt], label: Option<&str>, top: bool) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e), label, top))
        }
        StmtKind::Labeled { stmt, .. } => has_break(std::slice::from_ref(stmt), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}
