//! Assignment statements: `=`, `op=` and `:=` (go/types' assignVars and
//! shortVarDecl, in assignments.go), and the checks on what may stand on
//! their left. The assignability rules they apply are in assign.rs.

use crate::check::Checker;
use crate::errors::{Mode, TypeError};
use crate::object::ObjKind;
use crate::operand::Operand;
use crate::ty::{INVALID, Type, TypeId};
use syntax::ast::{self, AssignOp, Expr, ExprKind, Stmt};

impl Checker<'_> {
    pub(crate) fn assign_stmt(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Define => self.define(s, lhs, rhs),
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.span,
                        TypeError::Message(format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        )),
                    );
                    return;
                }
                let fake = Expr {
                    id: s_id_for_binary(lhs[0].id),
                    span: s.span,
                    kind: ExprKind::Binary {
                        op: bop,
                        x: Box::new(lhs[0].clone()),
                        y: Box::new(rhs[0].clone()),
                    },
                };
                let lv = self.expr(&lhs[0]);
                self.expr(&fake);
                if !lv.is_invalid() {
                    self.check_assignable_lhs(&lhs[0], &lv);
                }
            }
            AssignOp::Assign => {
                if lhs.len() == rhs.len() {
                    let context = if lhs.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    };
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs(l)).collect();
                    for (r, t) in rhs.iter().zip(targets) {
                        let x = self.expr(r);
                        match t {
                            Some(t) => {
                                self.assign_to(r, x, t, context);
                            }
                            None => {
                                if !x.is_invalid()
                                    && self.single_value(r, &x)
                                    && x.mode == Mode::Nil
                                {
                                    self.error(
                                        r.span,
                                        TypeError::Message(
                                            "use of untyped nil in assignment".into(),
                                        ),
                                    );
                                } else if !x.is_invalid() && self.types.is_untyped(x.ty) {
                                    let mut x = x;
                                    let d = self.types.default_type(x.ty);
                                    self.convert_untyped(r, &mut x, d);
                                }
                            }
                        }
                    }
                } else if rhs.len() == 1 {
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs(l)).collect();
                    if let Some(tys) = self.multi_value(&rhs[0], lhs.len(), "variables") {
                        for (i, (t, v)) in targets.iter().zip(tys).enumerate() {
                            if let Some(t) = t {
                                if !self.assignable(v, *t) {
                                    let (vs, ts) = (self.type_str(v), self.type_str(*t));
                                    self.error(lhs[i].span, TypeError::Message(format!("cannot use {} (value of type {vs}) as {ts} value in assignment", self.expr_str(&rhs[0]))));
                                }
                            }
                        }
                    }
                } else {
                    // Go says nothing of the counts when a side already had
                    // an error, and points at the first value.
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs(l)).collect();
                    let valid: Vec<bool> =
                        rhs.iter().map(|r| !self.raw_expr(r).is_invalid()).collect();
                    if !targets.contains(&Some(INVALID)) && !valid.contains(&false) {
                        self.count_mismatch(lhs.len(), rhs);
                    }
                }
            }
        }
    }

    /// Checks an assignment target; `None` for the blank identifier.
    pub(crate) fn lhs(&mut self, l: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                let key = self.key(l.id);
                self.info.types.insert(key, INVALID);
                return None;
            }
            // Assigning to a variable does not count as using it.
            if let Some(obj) = self.lookup(&id.name) {
                if let ObjKind::Var { ty, .. } = self.obj(obj).kind {
                    let key = self.key(l.id);
                    self.info.uses.insert(key, obj);
                    self.info.types.insert(key, ty);
                    self.record_dep(obj);
                    return Some(ty);
                }
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return Some(INVALID);
        }
        self.check_assignable_lhs(l, &x);
        Some(x.ty)
    }

    pub(crate) fn check_assignable_lhs(&mut self, l: &Expr, x: &Operand) {
        match x.mode {
            Mode::Variable | Mode::MapIndex => {}
            _ => {
                let inner = crate::expr::strip_parens(l);
                if let ExprKind::Selector { x: base, .. } = &inner.kind {
                    if let ExprKind::Index { x: m, .. } = &crate::expr::strip_parens(base).kind {
                        let mk = self.key(m.id);
                        if self
                            .info
                            .types
                            .get(&mk)
                            .is_some_and(|t| matches!(self.types.under_type(*t), Type::Map(..)))
                        {
                            self.error(
                                l.span,
                                TypeError::CannotAssign(format!(
                                    "struct field {} in map",
                                    self.expr_str(l)
                                )),
                            );
                            return;
                        }
                    }
                }
                let what = format!(
                    "{} (neither addressable nor a map index expression)",
                    self.expr_str(l)
                );
                self.error(l.span, TypeError::CannotAssign(what));
            }
        }
    }

    fn define(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let scope_names: Vec<String> = self
            .scopes
            .last()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let tys: Vec<TypeId> = if lhs.len() == rhs.len() {
            // A name already declared here is assigned to, as in Go: its
            // value must suit the variable's type.
            let context = if lhs.len() > 1 {
                "multiple assignment"
            } else {
                "assignment"
            };
            lhs.iter()
                .zip(rhs)
                .map(|(l, r)| {
                    let x = self.expr(r);
                    // Several values, one each: a call with more results
                    // is Go's single-value error, not a count mismatch.
                    if lhs.len() > 1 && !x.is_invalid() && !self.single_value(r, &x) {
                        return INVALID;
                    }
                    let existing = match &l.kind {
                        ExprKind::Ident(id) if id.name != "_" && scope_names.contains(&id.name) => {
                            self.lookup(&id.name).map(|o| self.obj(o).ty())
                        }
                        _ => None,
                    };
                    match existing {
                        Some(ty) if ty != INVALID => {
                            self.assign_to(r, x, ty, context);
                            ty
                        }
                        _ => self.var_type_from(r, x, context),
                    }
                })
                .collect()
        } else if rhs.len() == 1 {
            self.multi_value(&rhs[0], lhs.len(), "variables")
                .unwrap_or_else(|| vec![INVALID; lhs.len()])
        } else {
            let valid: Vec<bool> = rhs.iter().map(|r| !self.raw_expr(r).is_invalid()).collect();
            if !valid.contains(&false) {
                self.count_mismatch(lhs.len(), rhs);
            }
            vec![INVALID; lhs.len()]
        };
        let mut any_new = false;
        // A non-name on the left is the statement's error; Go then says
        // nothing about new variables.
        let mut non_name = false;
        let mut seen: Vec<String> = Vec::new();
        for (l, t) in lhs.iter().zip(tys) {
            let ExprKind::Ident(id) = &l.kind else {
                non_name = true;
                self.raw_expr(l);
                self.error(
                    l.span,
                    TypeError::Message(format!("non-name {} on left side of :=", self.expr_str(l))),
                );
                continue;
            };
            if seen.contains(&id.name) && id.name != "_" {
                self.error(
                    l.span,
                    TypeError::Message(format!("{} repeated on left side of :=", id.name)),
                );
                continue;
            }
            seen.push(id.name.clone());
            let key = self.key(l.id);
            if id.name != "_" && scope_names.contains(&id.name) {
                // Redeclaration: plain assignment to the existing variable.
                if let Some(obj) = self.lookup(&id.name) {
                    self.info.uses.insert(key, obj);
                    let ty = self.obj(obj).ty();
                    self.info.types.insert(key, ty);
                    // One value per name was assigned above; several from
                    // one call are checked here.
                    if lhs.len() != rhs.len()
                        && t != INVALID
                        && ty != INVALID
                        && !self.assignable(t, ty)
                    {
                        let (vs, ts) = (self.type_str(t), self.type_str(ty));
                        self.error(
                            l.span,
                            TypeError::Message(format!(
                                "cannot use value of type {vs} as {ts} value in assignment"
                            )),
                        );
                    }
                }
                continue;
            }
            any_new |= id.name != "_";
            let o = self.declare_var(id, t);
            self.info.types.insert(key, t);
            self.info.defs.insert((self.cur_file, id.span.lo), o);
        }
        if !any_new && !non_name {
            let at = self.define_op_span(s, lhs);
            self.error(at, TypeError::NoNewVariables);
        }
    }

    /// `assignment mismatch: 2 variables but 3 values`, at the first value.
    fn count_mismatch(&mut self, lhs: usize, rhs: &[Expr]) {
        let at = rhs.first().map_or_else(Default::default, |r| r.span);
        self.error(
            at,
            TypeError::AssignCountMismatch {
                lhs,
                rhs: rhs.len(),
            },
        );
    }

    /// The position of `:=` (Go reports definition errors there); the tree
    /// does not keep operator positions, so it is found in the source.
    fn define_op_span(&self, s: &Stmt, lhs: &[Expr]) -> syntax::Span {
        let from = lhs.last().map_or(s.span.lo, |l| l.span.hi);
        self.find_token(from, s.span.hi, ":=").unwrap_or(s.span)
    }
}

/// A fresh key for the synthetic `x op y` of `x op= y`: the lhs id with the
/// top bit set never collides with a parser-assigned id.
fn s_id_for_binary(id: ast::NodeId) -> ast::NodeId {
    ast::NodeId(id.0 | 0x8000_0000)
}
