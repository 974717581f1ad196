//! Compiling statements: declarations, assignments, control flow, loops
//! with Go 1.22 per-iteration variables, `switch`, type switches, `select`,
//! `go` and `defer`.

use super::Compiler;
use super::function::{Breakable, FnState, Var};
use super::place::Place;
use crate::bytecode::{BinOp, CmpOp, Container, NumKind, Op, SelectCase, SelectTable};
use crate::value::Value;
use syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use types::{ObjId, Type, TypeId};

impl Compiler<'_> {
    pub fn block(&mut self, st: &mut FnState, b: &ast::Block) {
        for s in &b.stmts {
            self.stmt(st, s, None);
        }
    }

    fn stmts(&mut self, st: &mut FnState, list: &[Stmt]) {
        for s in list {
            self.stmt(st, s, None);
        }
    }

    fn def_obj(&self, st: &FnState, id: &ast::Ident) -> Option<ObjId> {
        self.ck.info.defs.get(&(st.file, id.span.lo)).copied()
    }

    /// Declares a new variable and stores the value on top of the stack in it.
    fn declare_and_store(&mut self, st: &mut FnState, obj: ObjId) {
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

    fn obj_type(&self, obj: ObjId) -> TypeId {
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
                let kind = self.num_kind(ty).unwrap_or(NumKind::I64);
                let place = self.place(st, x);
                let z = self.zero_value(ty);
                let zk = self.konst(z);
                self.load_place(st, &place, zk);
                let one = if kind.is_float() {
                    Value::Float(1.0)
                } else {
                    Value::Int(1)
                };
                let k = self.konst(one);
                st.op(Op::Const(k));
                st.op(Op::Bin(if *inc { BinOp::Add } else { BinOp::Sub }, kind));
                self.store(st, &place);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(st, lhs, *op, rhs),
            StmtKind::Go(call) => {
                let argc = self.call_as_value(st, call);
                st.line = self.line_of(st, s.span.lo);
                st.op(Op::Go(argc));
            }
            StmtKind::Defer(call) => {
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
                define,
                x,
                body,
            } => self.range(st, key.as_ref(), value.as_ref(), *define, x, body, label),
        }
    }

    /// How many values an expression statement leaves on the stack.
    fn values_pushed(&self, st: &FnState, e: &Expr) -> usize {
        let inner = crate::compile::expr_strip(e);
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

    /// Pushes the `n` values of a multi-value expression: a call, or a
    /// comma-ok form (map index, type assertion, receive).
    fn multi_value(&mut self, st: &mut FnState, e: &Expr, n: usize) {
        let inner = crate::compile::expr_strip(e);
        if n == 2 {
            match &inner.kind {
                ExprKind::Index { x, index } => {
                    let xt = self.type_of(st, x);
                    if let Type::Map(k, v) = self.ck.types.under_type(xt).clone() {
                        self.expr(st, x);
                        self.expr_to(st, index, k);
                        let z = self.zero_value(v);
                        let zk = self.konst(z);
                        st.op(Op::MapGet(zk, true));
                        return;
                    }
                }
                ExprKind::TypeAssert { x, ty: Some(t) } => {
                    self.expr(st, x);
                    let src = self.type_of(st, x);
                    let target = self.type_of_type(st, t);
                    st.op(if self.is_iface(target) {
                        Op::AssertIface(target, src, true)
                    } else {
                        Op::AssertType(target, src, true)
                    });
                    return;
                }
                ExprKind::Unary {
                    op: ast::UnaryOp::Recv,
                    x,
                } => {
                    self.expr(st, x);
                    st.line = self.line_of(st, e.span.lo);
                    st.op(Op::Recv(true));
                    return;
                }
                _ => {}
            }
        }
        self.expr(st, e);
    }

    fn assign(&mut self, st: &mut FnState, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Define => {
                if lhs.len() == rhs.len() {
                    // Evaluate every right side before defining anything.
                    let mut targets = Vec::new();
                    for (l, r) in lhs.iter().zip(rhs) {
                        let ty = self.type_of(st, l);
                        self.expr_to(st, r, ty);
                        targets.push(l);
                    }
                    for l in targets.into_iter().rev() {
                        self.define_target(st, l);
                    }
                } else {
                    self.multi_value(st, &rhs[0], lhs.len());
                    for l in lhs.iter().rev() {
                        self.define_target(st, l);
                    }
                }
            }
            AssignOp::Assign => {
                if lhs.len() == 1 && rhs.len() == 1 {
                    let place = self.place(st, &lhs[0]);
                    let ty = self.type_of(st, &lhs[0]);
                    if matches!(place, Place::Blank) {
                        self.expr(st, &rhs[0]);
                    } else {
                        self.expr_to(st, &rhs[0], ty);
                    }
                    self.store(st, &place);
                    return;
                }
                // Go evaluates left operands and right sides first, then stores
                // left to right: park everything in temporaries.
                let mut places = Vec::new();
                for l in lhs {
                    let place = self.place(st, l);
                    let temps = match place {
                        Place::Ptr => vec![st.temp()],
                        Place::Map => vec![st.temp(), st.temp()],
                        _ => vec![],
                    };
                    for t in temps.iter().rev() {
                        st.op(Op::Store(*t));
                    }
                    places.push((place, temps));
                }
                let values: Vec<u16> = lhs.iter().map(|_| st.temp()).collect();
                if lhs.len() == rhs.len() {
                    for ((l, r), t) in lhs.iter().zip(rhs).zip(&values) {
                        let ty = self.type_of(st, l);
                        self.expr_to(st, r, ty);
                        st.op(Op::Store(*t));
                    }
                } else {
                    self.multi_value(st, &rhs[0], lhs.len());
                    for t in values.iter().rev() {
                        st.op(Op::Store(*t));
                    }
                }
                for ((place, temps), v) in places.iter().zip(&values) {
                    for t in temps {
                        st.op(Op::Load(*t));
                    }
                    st.op(Op::Load(*v));
                    self.store(st, place);
                }
            }
            AssignOp::Op(bop) => {
                let ty = self.type_of(st, &lhs[0]);
                let kind = self.num_kind(ty).unwrap_or(NumKind::I64);
                let place = self.place(st, &lhs[0]);
                let z = self.zero_value(ty);
                let zk = self.konst(z);
                self.load_place(st, &place, zk);
                self.expr(st, &rhs[0]);
                st.op(Op::Bin(super::bin_op(bop), kind));
                self.store(st, &place);
            }
        }
    }

    /// The target of `:=`: a new variable, or an existing one being reused.
    fn define_target(&mut self, st: &mut FnState, l: &Expr) {
        let ExprKind::Ident(id) = &l.kind else {
            st.op(Op::Pop);
            return;
        };
        if id.name == "_" {
            st.op(Op::Pop);
            return;
        }
        let key = self.key_in(st.file, l.id);
        if let Some(&obj) = self.ck.info.uses.get(&key) {
            if let Some(v) = st.vars.get(&obj).copied() {
                self.store(st, &Place::Var(v));
                return;
            }
        }
        match self.def_obj(st, id) {
            Some(obj) => self.declare_and_store(st, obj),
            None => {
                st.op(Op::Pop);
            }
        }
    }

    fn return_stmt(&mut self, st: &mut FnState, results: &[Expr]) {
        let slots = st.results.clone();
        let cells = st.result_cells.clone();
        let want = st.result_types.clone();
        if results.len() == slots.len() {
            for (r, ty) in results.iter().zip(&want) {
                self.expr_to(st, r, *ty);
            }
            for (slot, cell) in slots.iter().zip(&cells).rev() {
                st.op(if *cell {
                    Op::StoreCell(*slot)
                } else {
                    Op::Store(*slot)
                });
            }
        } else if results.len() == 1 {
            // `return f()` with several results: convert each on the way into its slot.
            let items = self.ck.types.tuple_items(self.type_of(st, &results[0]));
            self.expr(st, &results[0]);
            for ((slot, cell), (src, dst)) in
                slots.iter().zip(&cells).zip(items.iter().zip(&want)).rev()
            {
                self.convert_for_assign(st, *src, *dst);
                st.op(if *cell {
                    Op::StoreCell(*slot)
                } else {
                    Op::Store(*slot)
                });
            }
        }
        st.op(Op::Return);
    }

    fn branch(&mut self, st: &mut FnState, kind: BranchKind, label: Option<&str>) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                let j = st.op(Op::Jump(0));
                let target = st.breakables.iter_mut().rev().find(|b| match label {
                    Some(l) => b.label.as_deref() == Some(l),
                    None => is_break || b.is_loop,
                });
                if let Some(b) = target {
                    if is_break {
                        b.breaks.push(j);
                    } else {
                        b.continues.push(j);
                    }
                }
            }
            BranchKind::Fallthrough => {
                let j = st.op(Op::Jump(0));
                st.fallthrough.push(j);
            }
            BranchKind::Goto => {}
        }
    }

    fn push_breakable(st: &mut FnState, label: Option<&str>, is_loop: bool) {
        st.breakables.push(Breakable {
            label: label.map(str::to_string),
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    /// Pops the innermost breakable, pointing its `continue`s at `cont`
    /// and its `break`s at the current position.
    fn pop_breakable(st: &mut FnState, cont: Option<u32>) {
        let Some(b) = st.breakables.pop() else { return };
        for j in b.breaks {
            st.patch(j);
        }
        if let Some(c) = cont {
            for j in b.continues {
                if let Op::Jump(t) = &mut st.code[j] {
                    *t = c;
                }
            }
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

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        st: &mut FnState,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let xt = self.type_of(st, x);
        let under = self.ck.types.under_type(xt).clone();
        match under {
            Type::Map(..) => {
                self.expr(st, x);
                st.op(Op::MapIter);
                let it = st.temp();
                st.op(Op::Store(it));
                let top = st.here();
                st.op(Op::Load(it));
                st.op(Op::MapNext);
                let exit = st.op(Op::JumpIfFalse(0));
                self.range_assign(st, value, define);
                self.range_assign(st, key, define);
                Self::push_breakable(st, label, true);
                self.block(st, body);
                st.op(Op::Jump(top));
                st.patch(exit);
                Self::pop_breakable(st, Some(top));
            }
            Type::Chan(..) => {
                self.expr(st, x);
                let ch = st.temp();
                st.op(Op::Store(ch));
                let top = st.here();
                st.op(Op::Load(ch));
                st.line = self.line_of(st, x.span.lo);
                st.op(Op::Recv(true));
                let exit = st.op(Op::JumpIfFalse(0));
                self.range_assign(st, key, define);
                Self::push_breakable(st, label, true);
                self.block(st, body);
                st.op(Op::Jump(top));
                st.patch(exit);
                st.op(Op::Pop);
                Self::pop_breakable(st, Some(top));
            }
            _ => self.range_indexed(st, key, value, define, x, &under, body, label),
        }
    }

    /// Range over an integer, string, slice, array or pointer to array.
    #[allow(clippy::too_many_arguments)]
    fn range_indexed(
        &mut self,
        st: &mut FnState,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        under: &Type,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let container = match under {
            Type::Basic(b) if b.is_string() => Some(Container::Str),
            Type::Basic(_) => None,
            Type::Slice(_) => Some(Container::Slice),
            Type::Pointer(_) => Some(Container::ArrayPtr),
            _ => Some(Container::Array),
        };
        let xs = st.temp();
        let n = st.temp();
        let i = st.temp();
        self.expr(st, x);
        st.op(Op::Store(xs));
        st.op(Op::Load(xs));
        if let Some(c) = container {
            st.op(Op::Len(c));
        }
        st.op(Op::Store(n));
        let zero = self.konst(Value::Int(0));
        st.op(Op::Const(zero));
        st.op(Op::Store(i));
        let top = st.here();
        st.op(Op::Load(i));
        st.op(Op::Load(n));
        st.op(Op::Cmp(CmpOp::Lt, NumKind::I64));
        let exit = st.op(Op::JumpIfFalse(0));
        let width = st.temp();
        if container == Some(Container::Str) {
            st.op(Op::Load(xs));
            st.op(Op::Load(i));
            st.op(Op::DecodeRune);
            st.op(Op::Store(width));
            self.range_assign(st, value, define);
        } else if let (Some(c), Some(_)) = (container, value) {
            st.op(Op::Load(xs));
            st.op(Op::Load(i));
            st.op(Op::Index(c));
            self.range_assign(st, value, define);
        }
        st.op(Op::Load(i));
        self.range_assign(st, key, define);
        Self::push_breakable(st, label, true);
        self.block(st, body);
        let cont = st.here();
        st.op(Op::Load(i));
        if container == Some(Container::Str) {
            st.op(Op::Load(width));
        } else {
            let one = self.konst(Value::Int(1));
            st.op(Op::Const(one));
        }
        st.op(Op::Bin(BinOp::Add, NumKind::I64));
        st.op(Op::Store(i));
        st.op(Op::Jump(top));
        st.patch(exit);
        Self::pop_breakable(st, Some(cont));
    }

    /// Assigns the value on top of the stack to a range variable (a fresh
    /// variable per iteration when defined), or drops it.
    fn range_assign(&mut self, st: &mut FnState, target: Option<&Expr>, define: bool) {
        let Some(t) = target else {
            st.op(Op::Pop);
            return;
        };
        if define {
            match &t.kind {
                ExprKind::Ident(id) if id.name != "_" => match self.def_obj(st, id) {
                    Some(obj) => self.declare_and_store(st, obj),
                    None => {
                        st.op(Op::Pop);
                    }
                },
                _ => {
                    st.op(Op::Pop);
                }
            }
        } else {
            let tmp = st.temp();
            st.op(Op::Store(tmp));
            let place = self.place(st, t);
            st.op(Op::Load(tmp));
            self.store(st, &place);
        }
    }

    fn switch(
        &mut self,
        st: &mut FnState,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tag_ty = tag.map(|t| self.type_of(st, t));
        let tmp = st.temp();
        if let Some(t) = tag {
            self.expr(st, t);
            st.op(Op::Store(tmp));
        }
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in c.exprs.iter().flatten() {
                match tag_ty {
                    Some(tt) => {
                        st.op(Op::Load(tmp));
                        self.expr_to(st, e, tt);
                        match self.num_kind(tt) {
                            Some(k) if !self.is_iface(tt) => st.op(Op::Cmp(CmpOp::Eq, k)),
                            _ => st.op(Op::EqAny(false)),
                        };
                    }
                    None => self.expr(st, e),
                }
                js.push(st.op(Op::JumpIfTrue(0)));
            }
            body_jumps.push(js);
        }
        let default_jump = st.op(Op::Jump(0));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        let mut default_start = None;
        for (c, js) in clauses.iter().zip(body_jumps) {
            for j in std::mem::take(&mut st.fallthrough) {
                st.patch(j);
            }
            if c.exprs.is_none() {
                default_start = Some(st.here());
            }
            for j in js {
                st.patch(j);
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
        }
        for j in std::mem::take(&mut st.fallthrough) {
            st.patch(j);
        }
        Self::finish_switch(st, default_jump, default_start, end_jumps);
    }

    /// Ends a (type) switch: the jump taken when no case matched goes to
    /// `default` if there is one, else past the switch, as do the jumps
    /// out of every clause.
    fn finish_switch(
        st: &mut FnState,
        default_jump: usize,
        default_start: Option<u32>,
        mut end_jumps: Vec<usize>,
    ) {
        match default_start {
            Some(d) => {
                if let Op::Jump(t) = &mut st.code[default_jump] {
                    *t = d;
                }
            }
            None => end_jumps.push(default_jump),
        }
        for j in end_jumps {
            st.patch(j);
        }
        Self::pop_breakable(st, None);
    }

    fn type_switch(
        &mut self,
        st: &mut FnState,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tmp = st.temp();
        self.expr(st, x);
        st.op(Op::Store(tmp));
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in c.exprs.iter().flatten() {
                st.op(Op::Load(tmp));
                if super::expr::is_nil_ident(e) {
                    st.op(Op::IsNilIface);
                } else {
                    let t = self.type_of_type(st, e);
                    st.op(Op::TypeIs(t, self.is_iface(t)));
                }
                js.push(st.op(Op::JumpIfTrue(0)));
            }
            body_jumps.push(js);
        }
        let default_jump = st.op(Op::Jump(0));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        let mut default_start = None;
        for (c, js) in clauses.iter().zip(body_jumps) {
            if c.exprs.is_none() {
                default_start = Some(st.here());
            }
            for j in js {
                st.patch(j);
            }
            if bind.is_some() {
                if let Some(&obj) = self.ck.info.clause_vars.get(&(st.file, c.span.lo)) {
                    st.op(Op::Load(tmp));
                    let ty = self.obj_type(obj);
                    let single = c
                        .exprs
                        .as_ref()
                        .is_some_and(|es| es.len() == 1 && !super::expr::is_nil_ident(&es[0]));
                    if single && !self.is_iface(ty) {
                        st.op(Op::IfaceValue);
                    }
                    self.declare_and_store(st, obj);
                }
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
        }
        Self::finish_switch(st, default_jump, default_start, end_jumps);
    }

    fn select(&mut self, st: &mut FnState, clauses: &[ast::CommClause], label: Option<&str>) {
        let mut table = SelectTable {
            cases: Vec::new(),
            has_default: false,
        };
        // Operands in source order, as Go evaluates them on entry.
        let mut case_of_clause: Vec<Option<usize>> = Vec::new();
        for c in clauses {
            let Some(comm) = &c.comm else {
                table.has_default = true;
                case_of_clause.push(None);
                continue;
            };
            case_of_clause.push(Some(table.cases.len()));
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ct = self.type_of(st, chan);
                    let elem = match self.ck.types.under_type(ct) {
                        Type::Chan(_, e) => *e,
                        _ => types::ty::INVALID,
                    };
                    self.expr(st, chan);
                    self.expr_to(st, value, elem);
                    table.cases.push(SelectCase::Send);
                }
                StmtKind::Expr(e) => {
                    self.recv_operand(st, e);
                    table.cases.push(SelectCase::Recv);
                }
                StmtKind::Assign { rhs, .. } => {
                    self.recv_operand(st, &rhs[0]);
                    table.cases.push(SelectCase::Recv);
                }
                _ => {}
            }
        }
        let idx = u32::try_from(self.prog.selects.len()).unwrap_or(0);
        self.prog.selects.push(table);
        st.op(Op::Select(idx));
        let (chosen, val, ok) = (st.temp(), st.temp(), st.temp());
        st.op(Op::Store(ok));
        st.op(Op::Store(val));
        st.op(Op::Store(chosen));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        for (c, case) in clauses.iter().zip(case_of_clause) {
            st.op(Op::Load(chosen));
            let want = case.map_or(-1, |i| i64::try_from(i).unwrap_or(0));
            let k = self.konst(Value::Int(want));
            st.op(Op::Const(k));
            st.op(Op::Cmp(CmpOp::Eq, NumKind::I64));
            let skip = st.op(Op::JumpIfFalse(0));
            if let Some(comm) = &c.comm {
                if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
                    let define = *op == AssignOp::Define;
                    if let Some(v) = lhs.first() {
                        st.op(Op::Load(val));
                        self.select_assign(st, v, define);
                    }
                    if let Some(o) = lhs.get(1) {
                        st.op(Op::Load(ok));
                        self.select_assign(st, o, define);
                    }
                }
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
            st.patch(skip);
        }
        for j in end_jumps {
            st.patch(j);
        }
        Self::pop_breakable(st, None);
    }

    fn recv_operand(&mut self, st: &mut FnState, e: &Expr) {
        if let ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            x,
        } = &crate::compile::expr_strip(e).kind
        {
            self.expr(st, x);
        }
    }

    fn select_assign(&mut self, st: &mut FnState, target: &Expr, define: bool) {
        if define {
            self.define_target(st, target);
        } else {
            let tmp = st.temp();
            st.op(Op::Store(tmp));
            let place = self.place(st, target);
            st.op(Op::Load(tmp));
            self.store(st, &place);
        }
    }
}
