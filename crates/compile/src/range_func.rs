//! `for k, v := range seq` where `seq` is a function (Go 1.23 iterators),
//! compiled as Go's compiler rewrites it: the loop body becomes a closure,
//! `yield`, that `seq` calls once per element. The body's `continue` returns
//! true from it, `break` returns false, and a `return` stores its values in
//! cells of the enclosing function, returns false, and is completed after
//! `seq` comes back. A `yield` called again after the body said stop panics
//! as Go does. (`defer` and jumps out of the body to outer labels are
//! rejected by the checker.)

use super::Compiler;
use super::function::{FnState, Var};
use program::value::Value;
use program::{CmpOp, NumKind, Op};
use syntax::ast::{self, Expr, ExprKind};
use types::ObjId;

/// The state a loop body compiled as `yield` shares with the function
/// around the loop, as capture indices of cells.
#[derive(Clone, Debug)]
pub struct RangeBody {
    /// 0 while iterating, 1 after `break` (or the loop's end), 2 after a
    /// `return` with values, 3 after a bare `return`.
    pub next: u16,
    /// The values of a pending `return`, one cell per result.
    pub rets: Vec<u16>,
    /// The result types of the function the loop is in.
    pub result_types: Vec<types::TypeId>,
}

const ITERATING: i64 = 0;
const BROKEN: i64 = 1;
const RETURNING: i64 = 2;
const RETURNING_BARE: i64 = 3;

impl Compiler<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        st: &mut FnState,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let result_types = match &st.range_body {
            Some(r) => r.result_types.clone(),
            None => st.result_types.clone(),
        };
        // The cells shared with the body: `next`, then the pending results.
        let mut hidden = Vec::new();
        let zero = self.konst(Value::Int(0));
        for ty in std::iter::once(None).chain(result_types.iter().map(Some)) {
            let slot = st.temp();
            let z = match ty {
                Some(t) => {
                    let v = self.zero_value(*t);
                    self.konst(v)
                }
                None => zero,
            };
            st.op(Op::NewCell(slot, z));
            let obj = self.hidden_var();
            st.vars.insert(obj, Var::Cell(slot));
            hidden.push((obj, slot));
        }
        self.expr(st, x);
        self.yield_closure(
            st,
            x,
            key,
            value,
            define,
            body,
            label,
            &hidden,
            result_types,
        );
        st.line = self.line_of(st, x.span.lo);
        st.op(Op::CallValue(1));
        // After the iterator: complete a `return` the body began.
        let next = hidden[0].1;
        st.op(Op::LoadCell(next));
        let two = self.konst(Value::Int(RETURNING));
        st.op(Op::Const(two));
        st.op(Op::Cmp(CmpOp::Eq, NumKind::I64));
        let skip = st.op(Op::JumpIfFalse(0));
        for (_, slot) in &hidden[1..] {
            st.op(Op::LoadCell(*slot));
        }
        self.return_values(st, hidden.len() - 1);
        st.patch(skip);
        st.op(Op::LoadCell(next));
        let three = self.konst(Value::Int(RETURNING_BARE));
        st.op(Op::Const(three));
        st.op(Op::Cmp(CmpOp::Eq, NumKind::I64));
        let skip = st.op(Op::JumpIfFalse(0));
        self.return_values(st, 0);
        st.patch(skip);
        // Done with the loop: a later call of `yield` must panic.
        let done = self.konst(Value::Int(BROKEN));
        st.op(Op::Const(done));
        st.op(Op::StoreCell(next));
    }

    /// A fresh key for a cell the compiler adds (never an object of the
    /// checked program: those count up from zero).
    fn hidden_var(&mut self) -> ObjId {
        self.hidden += 1;
        ObjId(u32::MAX - self.hidden)
    }

    /// Builds the `yield` closure for `body` and pushes it.
    #[allow(clippy::too_many_arguments)]
    fn yield_closure(
        &mut self,
        st: &mut FnState,
        x: &Expr,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        body: &ast::Block,
        label: Option<&str>,
        hidden: &[(ObjId, u16)],
        result_types: Vec<types::TypeId>,
    ) {
        st.range_count += 1;
        let name = format!("{}-range{}", st.closure_prefix, st.range_count);
        let file = st.file;
        let mut inner = FnState::new(file, 0, st.prelude);
        inner.closure_prefix = name.clone();
        let empty = ast::FuncType {
            params: Vec::new(),
            results: Vec::new(),
            span: body.open,
        };
        inner.escapes = super::escape::escaping_vars(self.ck, file, body, &empty, None);
        let mut captured: Vec<ObjId> = hidden.iter().map(|(o, _)| *o).collect();
        captured.extend(
            super::escape::range_func_free_vars(self.ck, file, key, value, define, body)
                .into_iter()
                .filter(|o| st.vars.contains_key(o)),
        );
        for obj in &captured {
            if !inner.captures.contains(obj) {
                let idx = self.u16_of(inner.captures.len(), "variables one closure captures");
                inner.captures.push(*obj);
                inner.vars.insert(*obj, Var::Capture(idx));
            }
        }
        inner.range_body = Some(RangeBody {
            next: 0,
            rets: (1..hidden.len())
                .map(|i| self.u16_of(i, "variables one closure captures"))
                .collect(),
            result_types,
        });
        let params = [key, value].into_iter().flatten().count();
        let params = self.u16_of(params, "parameters of one function");
        inner.slots = params;
        inner.line = self.line_of(st, body.open.lo);
        // `yield` after the loop is done panics.
        inner.op(Op::LoadCapture(0));
        let zero = self.konst(Value::Int(ITERATING));
        inner.op(Op::Const(zero));
        inner.op(Op::Cmp(CmpOp::Eq, NumKind::I64));
        let ok = inner.op(Op::JumpIfTrue(0));
        if let Some(f) = self.runtime_func("panicrangestate") {
            inner.op(Op::Call(f, 0));
        }
        inner.patch(ok);
        let result = inner.temp();
        inner.results.push(result);
        inner.result_cells.push(false);
        for (i, e) in [key, value].into_iter().flatten().enumerate() {
            inner.op(Op::Load(self.u16_of(i, "parameters of one function")));
            self.range_var(&mut inner, e, define);
        }
        Self::push_breakable(&mut inner, label, true);
        self.block(&mut inner, body);
        let cont = inner.here();
        let t = self.konst(Value::Bool(true));
        inner.op(Op::Const(t));
        inner.op(Op::Store(result));
        inner.op(Op::Return);
        Self::pop_breakable(&mut inner, Some(cont));
        let one = self.konst(Value::Int(BROKEN));
        inner.op(Op::Const(one));
        inner.op(Op::StoreCapture(0));
        self.return_false(&mut inner);
        let captures = inner.captures.clone();
        let line = self.line_of(st, x.span.lo);
        let f = inner.finish(self, name, line, params);
        let id = self.add_func(f);
        self.make_closure(st, id, &captures);
    }

    /// `return false` from a `yield` closure.
    fn return_false(&mut self, st: &mut FnState) {
        let f = self.konst(Value::Bool(false));
        st.op(Op::Const(f));
        if let Some(&r) = st.results.first() {
            st.op(Op::Store(r));
        }
        st.op(Op::Return);
    }

    /// Returns the `n` values on the stack from the function being
    /// compiled; in a loop body, hands them to the function around it.
    pub(super) fn return_values(&mut self, st: &mut FnState, n: usize) {
        if let Some(r) = st.range_body.clone() {
            for cell in r.rets.iter().take(n).rev() {
                st.op(Op::StoreCapture(*cell));
            }
            let code = if n == 0 { RETURNING_BARE } else { RETURNING };
            let two = self.konst(Value::Int(code));
            st.op(Op::Const(two));
            st.op(Op::StoreCapture(r.next));
            self.return_false(st);
            return;
        }
        let slots = st.results.clone();
        let cells = st.result_cells.clone();
        for (slot, cell) in slots.iter().zip(&cells).take(n).rev() {
            st.op(if *cell {
                Op::StoreCell(*slot)
            } else {
                Op::Store(*slot)
            });
        }
        st.op(Op::Return);
    }

    /// The prelude's `runtime` function `name`, which the compiler calls.
    fn runtime_func(&self, name: &str) -> Option<program::value::FuncId> {
        let pkg = self.ck.packages.iter().find(|p| p.path == "runtime")?;
        self.funcs.get(pkg.scope.get(name)?).copied()
    }

    /// Declares or assigns a loop variable from the value on the stack.
    fn range_var(&mut self, st: &mut FnState, e: &Expr, define: bool) {
        if define && !matches!(&e.kind, ExprKind::Ident(id) if id.name != "_") {
            st.op(Op::Pop);
            return;
        }
        self.range_assign(st, Some(e), define);
    }
}
