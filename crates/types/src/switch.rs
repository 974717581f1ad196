//! Expression and type switches: case values checked against the tag,
//! duplicate constant cases, `fallthrough` in the last clause, and the type
//! switch's variable, one per clause (go/types keeps these in stmt.go).

use crate::check::Checker;
use crate::errors::TypeError;
use crate::object::ObjKind;
use crate::ty::{Basic, INVALID, TypeId};
use syntax::Span;
use syntax::ast::{self, BranchKind, Expr, ExprKind, StmtKind};

impl Checker<'_> {
    pub(crate) fn switch_stmt(
        &mut self,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tag_ty = match tag {
            Some(t) => {
                let x = self.expr(t);
                if x.is_invalid() {
                    None
                } else {
                    Some(self.var_type_from(t, x, "switch expression"))
                }
            }
            None => Some(self.types.basic(Basic::Bool)),
        };
        let mut seen: Vec<(crate::ConstValue, TypeId, Span)> = Vec::new();
        self.switch_defaults(clauses);
        for (ci, c) in clauses.iter().enumerate() {
            match &c.exprs {
                None => {}
                Some(exprs) => {
                    for e in exprs {
                        let mut x = self.expr(e);
                        if x.is_invalid() {
                            continue;
                        }
                        let Some(tt) = tag_ty else { continue };
                        if tag.is_none() {
                            let b = self.types.basic(Basic::Bool);
                            if self.types.is_untyped(x.ty) {
                                self.convert_untyped(e, &mut x, b);
                            }
                            if !self.types.basic_of(x.ty).is_some_and(Basic::is_boolean) {
                                self.error(
                                    e.span,
                                    TypeError::Message(format!(
                                        "invalid case {} in switch on true (mismatched types {} and bool)",
                                        self.expr_str(e),
                                        self.type_str(x.ty)
                                    )),
                                );
                            }
                            continue;
                        }
                        if self.types.is_untyped(x.ty) {
                            if !self.convert_untyped_or_report(e, &mut x, tt) {
                                continue;
                            }
                        } else if !self.assignable(x.ty, tt) && !self.assignable(tt, x.ty) {
                            let ts = self.type_str(tt);
                            self.error(e.span, TypeError::Message(format!("invalid case {} in switch on {} (mismatched types {} and {ts})", self.expr_str(e), self.expr_str(tag.unwrap_or(e)), self.type_str(x.ty))));
                            continue;
                        }
                        if let Some(v) = self.const_value(e) {
                            if let Some(&(_, _, first)) =
                                seen.iter().find(|(sv, st, _)| *sv == v && *st == x.ty)
                            {
                                let ts = self.type_str(x.ty);
                                let previous = self.pos_in(self.cur_file, first);
                                self.error(
                                    e.span,
                                    TypeError::DuplicateCase {
                                        value: format!(
                                            "{} (constant of type {ts})",
                                            self.expr_str(e)
                                        ),
                                        previous,
                                    },
                                );
                            } else {
                                seen.push((v, x.ty, e.span));
                            }
                        }
                    }
                }
            }
            self.breakable(label, false, |ch| {
                ch.push_scope();
                ch.stmts(&c.body);
                ch.pop_scope();
            });
            if let Some(last) = c.body.last() {
                if matches!(
                    last.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                ) && ci + 1 == clauses.len()
                {
                    self.error(
                        last.span,
                        TypeError::Message("cannot fallthrough final case in switch".into()),
                    );
                }
            }
        }
    }

    /// Go's check before a switch's or select's clauses: every `default`
    /// after the first is an error.
    pub(crate) fn multiple_defaults(&mut self, defaults: &[Span]) {
        if let Some((first, rest)) = defaults.split_first() {
            let first = self.pos_in(self.cur_file, *first);
            for d in rest {
                let msg = format!("multiple defaults (first at {first})");
                self.error(*d, TypeError::Message(msg));
            }
        }
    }

    fn switch_defaults(&mut self, clauses: &[ast::CaseClause]) {
        let defaults: Vec<Span> = clauses
            .iter()
            .filter(|c| c.exprs.is_none())
            .map(|c| c.span)
            .collect();
        self.multiple_defaults(&defaults);
    }

    pub(crate) fn type_switch(
        &mut self,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let xv = self.expr(x);
        if !xv.is_invalid() && !self.types.is_interface(xv.ty) {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                TypeError::Message(format!("{d} is not an interface")),
            );
        }
        self.switch_defaults(clauses);
        let mut bind_objs = Vec::new();
        for c in clauses {
            let mut single: Option<TypeId> = None;
            if let Some(exprs) = &c.exprs {
                for e in exprs {
                    if let ExprKind::Ident(id) = &e.kind {
                        if id.name == "nil" {
                            let k = self.key(e.id);
                            let nil_ty = self.types.basic(Basic::UntypedNil);
                            self.info.types.insert(k, nil_ty);
                            single = if exprs.len() == 1 { Some(xv.ty) } else { None };
                            continue;
                        }
                    }
                    let t = self.resolve_type_expr(e);
                    if t != INVALID && !xv.is_invalid() && !self.types.is_interface(t) {
                        if let Err(reason) = self.implements(t, xv.ty) {
                            let ts = self.type_str(t);
                            let d = self.describe(x, &xv);
                            let case = self.expr_str(e);
                            self.error(e.span, TypeError::Message(format!("impossible type switch case: {case}\n\t{d} cannot have dynamic type {ts} {reason}")));
                        }
                    }
                    if exprs.len() == 1 {
                        single = Some(t);
                    }
                }
            }
            self.breakable(label, false, |ch| {
                ch.push_scope();
                if let Some(b) = bind {
                    let ty = single.unwrap_or(xv.ty);
                    let o = ch.new_obj(&b.name, ObjKind::Var { ty, global: false }, b.span);
                    if let Some(scope) = ch.scopes.last_mut() {
                        scope.insert(b.name.clone(), o);
                    }
                    ch.info.clause_vars.insert((ch.cur_file, c.span.lo), o);
                    bind_objs.push(o);
                }
                ch.stmts(&c.body);
                ch.pop_scope();
            });
        }
        if let Some(b) = bind {
            if b.name != "_" && !bind_objs.iter().any(|o| self.used.contains(o)) {
                // Go words the type switch's own variable differently.
                self.error(
                    b.span,
                    TypeError::Message(format!("{} declared and not used", b.name)),
                );
            }
        }
    }
}
