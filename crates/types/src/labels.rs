//! `break` and `continue` and the labels they name (go/types' labels.go):
//! the stack of enclosing breakable statements, and which targets are
//! valid. Labels never used are reported when the function body ends.

use crate::check::Checker;
use crate::errors::TypeError;
use syntax::ast::{self, BranchKind, Stmt};

impl Checker<'_> {
    pub(crate) fn breakable(
        &mut self,
        label: Option<&str>,
        is_loop: bool,
        body: impl FnOnce(&mut Self),
    ) {
        if let Some(ctx) = self.func.as_mut() {
            ctx.breakable.push((label.map(str::to_string), is_loop));
        }
        body(self);
        if let Some(ctx) = self.func.as_mut() {
            ctx.breakable.pop();
        }
    }

    pub(crate) fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) {
        let Some(ctx) = self.func.as_mut() else {
            return;
        };
        match kind {
            BranchKind::Goto => {
                self.error(s.span, TypeError::Unsupported("goto is"));
            }
            BranchKind::Fallthrough => {}
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                if let Some(l) = label {
                    if let Some(entry) = ctx.labels.get_mut(&l.name) {
                        entry.1 = true;
                    }
                    let at = ctx
                        .breakable
                        .iter()
                        .rposition(|(name, _)| name.as_deref() == Some(l.name.as_str()));
                    let found = at.map(|i| ctx.breakable[i].clone());
                    if let (Some(i), Some(base)) = (at, ctx.range_func)
                        && i < base
                    {
                        self.error(
                            l.span,
                            TypeError::Unsupported(
                                "break or continue out of a loop over a function's body is",
                            ),
                        );
                        return;
                    }
                    match found {
                        None => {
                            // cmd/compile's branch check: a label of this
                            // function that does not enclose the statement
                            // is the wrong one, any other is missing.
                            let what = if is_break { "break" } else { "continue" };
                            let msg = if ctx.labels.contains_key(&l.name) {
                                format!("invalid {what} label {}", l.name)
                            } else {
                                format!("{what} label not defined: {}", l.name)
                            };
                            self.error(l.span, TypeError::Message(msg));
                        }
                        Some((_, is_loop)) if !is_break && !is_loop => {
                            self.error(
                                l.span,
                                TypeError::Message(format!("invalid continue label {}", l.name)),
                            );
                        }
                        _ => {}
                    }
                    return;
                }
                let ok = if is_break {
                    !ctx.breakable.is_empty()
                } else {
                    ctx.breakable.iter().any(|(_, l)| *l)
                };
                if !ok {
                    self.error(
                        s.span,
                        if is_break {
                            TypeError::BreakOutside
                        } else {
                            TypeError::ContinueOutside
                        },
                    );
                }
            }
        }
    }
}
