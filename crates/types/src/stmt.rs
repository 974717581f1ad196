//! Statements (go/types' stmt.go): blocks and their scopes, expression,
//! send and inc/dec statements, `go` and `defer`, `if` and `for`, and the
//! dispatch to the modules of statements that have their own: assignments
//! (assign_stmt.rs), `return` (returns.rs), branches (labels.rs), switches
//! (switch.rs), `select` (select.rs), `range` (range.rs) and declarations
//! (decl.rs).

use crate::check::Checker;
use crate::errors::TypeError;
use crate::object::ObjKind;
use crate::ty::{Basic, ChanDir, Type, TypeId};
use syntax::ast::{self, AssignOp, Expr, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    pub fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s, None);
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.push_scope();
        self.stmts(&b.stmts);
        self.pop_scope();
    }

    pub(crate) fn declare_var(&mut self, name: &ast::Ident, ty: TypeId) -> crate::ObjId {
        let o = self.declare_local(name, ObjKind::Var { ty, global: false });
        if name.name != "_" && self.in_innermost_scope(o) {
            self.locals.push(o);
        }
        o
    }

    pub(crate) fn stmt(&mut self, s: &Stmt, label: Option<&str>) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label: l, stmt } => {
                if let Some(ctx) = self.func.as_mut() {
                    ctx.labels.insert(l.name.clone(), (l.span, false));
                }
                self.stmt(stmt, Some(&l.name));
            }
            StmtKind::Expr(e) => {
                let x = self.raw_expr(e);
                let inner = crate::expr::strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                let is_recv = matches!(
                    inner.kind,
                    ExprKind::Unary {
                        op: ast::UnaryOp::Recv,
                        ..
                    }
                );
                if x.is_invalid() || is_recv {
                    return;
                }
                if is_call {
                    if let Some(crate::CallKind::Builtin(b)) =
                        self.info.calls.get(&self.key(inner.id))
                    {
                        use crate::Builtin as B;
                        if !matches!(
                            b,
                            B::Close
                                | B::Copy
                                | B::Delete
                                | B::Panic
                                | B::Print
                                | B::Println
                                | B::Recover
                                | B::Clear
                        ) {
                            self.error(
                                s.span,
                                TypeError::Message(format!(
                                    "{} (value of type {}) is not used",
                                    self.expr_str(e),
                                    self.type_str(x.ty)
                                )),
                            );
                        }
                    } else if let Some(crate::CallKind::Conversion(_)) =
                        self.info.calls.get(&self.key(inner.id))
                    {
                        self.error(
                            s.span,
                            TypeError::Message(format!("{} is not used", self.describe(e, &x))),
                        );
                    }
                    return;
                }
                let d = self.describe(e, &x);
                self.error(s.span, TypeError::Message(format!("{d} is not used")));
            }
            StmtKind::Send { chan, value } => {
                let c = self.expr(chan);
                let v = self.expr(value);
                if c.is_invalid() {
                    return;
                }
                match self.types.under_type(c.ty).clone() {
                    Type::Chan(ChanDir::Recv, _) => {
                        let ct = self.type_str(c.ty);
                        let d = self.describe(chan, &c);
                        self.error(
                            s.span,
                            TypeError::SendToRecvOnly {
                                chan_type: ct,
                                operand: d,
                            },
                        );
                    }
                    Type::Chan(_, elem) => {
                        self.assign_to(value, v, elem, "send");
                    }
                    _ => {
                        let d = self.describe(chan, &c);
                        let t = self.type_str(c.ty);
                        self.error(
                            s.span,
                            TypeError::Message(format!(
                                "invalid operation: cannot send to non-channel {t} {d}"
                            )),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                if !self.types.basic_of(xv.ty).is_some_and(Basic::is_numeric) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        TypeError::Message(format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            self.expr_str(x),
                            self.type_str(xv.ty)
                        )),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &xv);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(s, lhs, *op, rhs),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let is_go = matches!(s.kind, StmtKind::Go(_));
                if !is_go && self.func.as_ref().is_some_and(|f| f.range_func.is_some()) {
                    self.error(
                        s.span,
                        TypeError::Unsupported("defer in the body of a loop over a function is"),
                    );
                }
                let inner = crate::expr::strip_parens(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    // Go says so first, then checks the expression.
                    self.error(
                        e.span,
                        if is_go {
                            TypeError::GoNotCall
                        } else {
                            TypeError::DeferNotCall
                        },
                    );
                    self.raw_expr(e);
                    return;
                }
                let x = self.raw_expr(e);
                if let Some(crate::CallKind::Builtin(b)) =
                    self.info.calls.get(&self.key(inner.id)).cloned()
                {
                    use crate::Builtin as B;
                    if !matches!(
                        b,
                        B::Close
                            | B::Copy
                            | B::Delete
                            | B::Panic
                            | B::Print
                            | B::Println
                            | B::Recover
                            | B::Clear
                    ) {
                        let what = if is_go { "go" } else { "defer" };
                        self.error(
                            e.span,
                            TypeError::Message(format!(
                                "{what} discards result of {}",
                                self.describe(e, &x)
                            )),
                        );
                    }
                } else if let Some(crate::CallKind::Conversion(_)) =
                    self.info.calls.get(&self.key(inner.id))
                {
                    let what = if is_go { "go" } else { "defer" };
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "{what} requires function call, not conversion {}",
                            self.describe(e, &x)
                        )),
                    );
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label: l } => self.branch(s, *kind, l.as_ref()),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.condition(cond, "if");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, None);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.switch_stmt(tag.as_ref(), clauses, label);
                self.pop_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.type_switch(bind.as_ref(), x, clauses, label);
                self.pop_scope();
            }
            StmtKind::Select { clauses } => self.select_stmt(clauses, label),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                if let Some(c) = cond {
                    self.condition(c, "for");
                }
                if let Some(p) = post {
                    if matches!(
                        p.kind,
                        StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        }
                    ) {
                        self.error(
                            p.span,
                            TypeError::Message(
                                "syntax error: cannot declare in post statement of for loop".into(),
                            ),
                        );
                    }
                    self.stmt(p, None);
                }
                self.breakable(label, true, |c| c.block(body));
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                extra,
                define,
                x,
                body,
            } => {
                self.push_scope();
                let over_func = self.range_stmt(
                    s,
                    key.as_ref(),
                    value.as_ref(),
                    extra.as_deref(),
                    *define,
                    x,
                );
                let outer = self.func.as_ref().and_then(|f| f.range_func);
                if let Some(f) = self.func.as_mut().filter(|_| over_func) {
                    f.range_func = Some(f.breakable.len());
                }
                self.breakable(label, true, |c| c.block(body));
                if let Some(f) = self.func.as_mut() {
                    f.range_func = outer;
                }
                self.pop_scope();
            }
        }
    }

    fn condition(&mut self, cond: &Expr, what: &'static str) {
        let mut c = self.expr(cond);
        if c.is_invalid() {
            return;
        }
        if self.types.is_untyped(c.ty) {
            let b = self.types.basic(Basic::Bool);
            self.convert_untyped(cond, &mut c, b);
        }
        if !self.types.basic_of(c.ty).is_some_and(Basic::is_boolean) {
            self.error(cond.span, TypeError::NonBoolCondition(what));
        }
    }
}
