//! Compiling statements: blocks, local variable declarations, expression,
//! send and inc/dec statements, `go` and `defer`, `if`, `return`, and `for`
//! loops with Go 1.22 per-iteration variables. Assignments, branches,
//! switches, `select` and `range` have modules of their own, as in the checker.

use super::Compiler;
use super::function::{FnState, Var};
use program::value::Value;
use program::{BinOp, Op};
use syntax::ast::{self, AssignOp, Expr, ExprKind, Stmt, StmtKind};
use types::{ObjId, Type, TypeId};

impl Compiler<'_> {
    pub fn block(&mut self, st: &mut FnState, b: &ast::Block) {
        for s in &b.stmts {
            self.stmt(st, s, None);
        }
    }

    pub(super) fn stmts(&mut self, st: &mut FnState, list: &[Stmt]) {
        for s in list {
            self.stmt(st, s, None);
        }
    }

    pub(super) fn def_obj(&self, st: &FnState, id: &ast::Ident) -> Option<ObjId> {
        self.ck.info.defs.get(&(st.file, id.span.lo)).copied()
    }

    /// Declares a new variable and stores the value on top of the stack in it.
    pub(super) fn declare_and_store(&mut self, st: &mut FnState, obj: ObjId) {
        if st.escapes.contains(&obj) {
            let slot = st.temp();
            let zero = self.zero_of_obj(obj);
            st.op(Op::NewCell(slot, zero));
            st.op(Op::StoreCell(slot));
            st.vars.insert(obj, Var::Cell(slot));
        } else {
            let slot = st.temp();
            st.op(Op::Store(slot));
            st.vars.insert(obj, Var::Slot(slot));
        }
    }

    pub(super) fn obj_type(&self, obj: ObjId) -> TypeId {
        self.ck.object(obj).ty()
    }

    fn stmt(&mut self, st: &mut FnState, s: &Stmt, label: Option<&str>) {
        st.line = self.line_of(st, s.span.lo);
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    self.var_spec(st, spec);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Labeled { label: l, stmt } => self.stmt(st, stmt, Some(&l.name)),
            StmtKind::Expr(e) => {
                self.expr(st, e);
                for _ in 0..self.values_pushed(st, e) {
                    st.op(Op::Pop);
                }
            }
            StmtKind::Send { chan, value } => {
                let ct = self.type_of(st, chan);
                let elem = match self.ck.types.under_type(ct) {
                    Type::Chan(_, e) => *e,
                    _ => types::ty::INVALID,
                };
                self.expr(st, chan);
                self.expr_to(st, value, elem);
                st.line = self.line_of(st, s.span.lo);
                st.op(Op::Send);
            }
            StmtKind::IncDec { x, inc } => {
                let ty = self.type_of(st, x);
                let kind = self.kind_of(ty);
                let place = self.place(st, x);
                let z = self.zero_value(ty);
                let zk = self.konst(z);
                self.load_place(st, &place, zk, x.span);
                let one = if kind.is_float() {
                    Value::Float(1.0)
                } else {
                    Value::Int(1)
                };
                let k = self.konst(one);
                st.op(Op::Const(k));
                st.op(Op::Bin(if *inc { BinOp::Add } else { BinOp::Sub }, kind));
                self.store(st, &place, x.span);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(st, lhs, *op, rhs),
            StmtKind::Go(call) => {
                let wrapper = self.go_defer_wrapper(st, call);
                let argc = self.call_as_value(st, call);
                st.line = self.line_of(st, s.span.lo);
                let role = self.go_role(st, s.span.lo);
                st.op(Op::Go(argc, role, wrapper));
            }
            StmtKind::Defer(call) => {
                self.go_defer_wrapper(st, call);
                let argc = self.call_as_value(st, call);
                st.line = self.line_of(st, s.span.lo);
                st.op(Op::Defer(argc));
            }
            StmtKind::Return(results) => self.return_stmt(st, results),
            StmtKind::Branch { kind, label: l } => {
                self.branch(st, *kind, l.as_ref().map(|l| l.name.as_str()))
            }
            StmtKind::Block(b) => self.block(st, b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(st, i, None);
                }
                self.expr(st, cond);
                let j = st.op(Op::JumpIfFalse(0));
                self.block(st, then);
                match els {
                    Some(e) => {
                        let end = st.op(Op::Jump(0));
                        st.patch(j);
                        self.stmt(st, e, None);
                        st.patch(end);
                    }
                    None => st.patch(j),
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(st, i, None);
                }
                self.switch(st, tag.as_ref(), clauses, label);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                if let Some(i) = init {
                    self.stmt(st, i, None);
                }
                self.type_switch(st, bind.as_ref(), x, clauses, label);
            }
            StmtKind::Select { clauses } => self.select(st, clauses, label),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(
                st,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                body,
                label,
            ),
            StmtKind::Range {
                key,
                value,
                extra: _,
                define,
                x,
                body,
            } => self.range(st, key.as_ref(), value.as_ref(), *define, x, body, label),
        }
    }

    /// How many values an expression statement leaves on the stack.
    fn values_pushed(&self, st: &FnState, e: &Expr) -> usize {
        let inner = crate::expr_strip(e);
        let key = self.key_in(st.file, inner.id);
        match &inner.kind {
            ExprKind::Call { func, .. } => match self.ck.info.calls.get(&key) {
                Some(types::CallKind::Builtin(b)) => {
                    usize::from(matches!(b, types::Builtin::Copy | types::Builtin::Recover))
                }
                Some(types::CallKind::Conversion(_)) => 1,
                _ => {
                    let fty = self.type_of(st, func);
                    self.ck.types.signature(fty).map_or(0, |s| s.results.len())
                }
            },
            _ => 1,
        }
    }

    fn var_spec(&mut self, st: &mut FnState, spec: &ast::ValueSpec) {
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.def_obj(st, n)).collect();
        if spec.values.is_empty() {
            for o in objs.into_iter().flatten() {
                let z = self.zero_value(self.obj_type(o));
                let k = self.konst(z);
                st.op(Op::Const(k));
                self.declare_and_store(st, o);
            }
        } else if spec.values.len() == spec.names.len() {
            for (o, v) in objs.iter().zip(&spec.values) {
                match o {
                    Some(o) => {
                        let t = self.obj_type(*o);
                        self.expr_to(st, v, t);
                        self.declare_and_store(st, *o);
                    }
                    None => {
                        self.expr(st, v);
                        st.op(Op::Pop);
                    }
                }
            }
        } else {
            self.multi_value(st, &spec.values[0], spec.names.len());
            for o in objs.iter().rev() {
                match o {
                    Some(o) if self.ck.object(*o).name != "_" => self.declare_and_store(st, *o),
                    _ => {
                        st.op(Op::Pop);
                    }
                }
            }
        }
    }

    fn return_stmt(&mut self, st: &mut FnState, results: &[Expr]) {
        // In the body of a loop over a function, the function's results
        // are those of the function around the loop.
        let want = match &st.range_body {
            Some(r) => r.result_types.clone(),
            None => st.result_types.clone(),
        };
        if results.len() == want.len() && !results.is_empty() {
            for (r, ty) in results.iter().zip(&want) {
                self.expr_to(st, r, *ty);
            }
            self.return_values(st, want.len());
        } else if results.len() == 1 {
            // `return f()` with several results: each converted on the way,
            // the last on top of the stack.
            let items = self.ck.types.tuple_items(self.type_of(st, &results[0]));
            self.expr(st, &results[0]);
            let tmps: Vec<u16> = items.iter().map(|_| st.temp()).collect();
            for ((src, dst), tmp) in items.iter().zip(&want).zip(&tmps).rev() {
                self.convert_for_assign(st, *src, *dst);
                st.op(Op::Store(*tmp));
            }
            for tmp in &tmps {
                st.op(Op::Load(*tmp));
            }
            self.return_values(st, want.len());
        } else {
            self.return_values(st, 0);
        }
    }

    fn for_loop(
        &mut self,
        st: &mut FnState,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        if let Some(i) = init {
            self.stmt(st, i, None);
        }
        // Go 1.22: a loop variable that escapes gets a fresh cell per iteration.
        let loop_vars: Vec<u16> = match init.map(|i| &i.kind) {
            Some(StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            }) => lhs
                .iter()
                .filter_map(|l| match &l.kind {
                    ExprKind::Ident(id) => self.def_obj(st, id),
                    _ => None,
                })
                .filter_map(|o| match st.vars.get(&o) {
                    Some(Var::Cell(s)) => Some(*s),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let top = st.here();
        let exit = cond.map(|c| {
            self.expr(st, c);
            st.op(Op::JumpIfFalse(0))
        });
        Self::push_breakable(st, label, true);
        self.block(st, body);
        let cont = st.here();
        for slot in &loop_vars {
            let k = self.konst(Value::Nil);
            st.op(Op::LoadCell(*slot));
            st.op(Op::NewCell(*slot, k));
            st.op(Op::StoreCell(*slot));
        }
        if let Some(p) = post {
            self.stmt(st, p, None);
        }
        st.op(Op::Jump(top));
        if let Some(x) = exit {
            st.patch(x);
        }
        Self::pop_breakable(st, Some(cont));
    }
}
