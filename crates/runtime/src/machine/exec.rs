//! The instruction loop. A goroutine runs until it reaches a scheduling
//! point (after performing the one it was standing at), blocks, exits, or
//! uses up its slice; then the scheduler decides again.

use super::footprint::{Access, Loc};
use super::{Deferred, Frame, Machine, Status, hot};
use crate::bytecode::{BinOp, CmpOp, NumKind, Op};
use crate::sched::Scheduler;
use crate::value::{Closure, FuncId, Iface, ObjId, SliceVal, Value};
use std::rc::Rc;

/// What one value costs against `Limits::max_memory`, about its size.
const VALUE_BYTES: u64 = 24;
/// Strings from this length on count against `Limits::max_memory`.
const BIG_STRING: u64 = 64 << 10;

impl Machine {
    pub(super) fn run_goroutine(&mut self, gi: usize, sched: &mut dyn Scheduler) {
        self.goroutines[gi].started = true;
        let prog = self.prog.clone();
        let mut first = true;
        let mut budget = self.limits.slice;
        if self.goroutines[gi].dying {
            self.die(gi);
            return;
        }
        if let Some(p) = self.goroutines[gi].pending_panic.take() {
            self.start_panic(gi, p);
        }
        loop {
            if self.outcome.is_some()
                || self.goroutines[gi].status != Status::Runnable
                || self.goroutines[gi].dying
            {
                return;
            }
            // A nested call (a String method under fmt) ends when its own
            // frame returns: the caller's code is not part of it.
            if self
                .nested_floors
                .last()
                .is_some_and(|&floor| self.goroutines[gi].frames.len() <= floor)
            {
                return;
            }
            // The hot instructions run in `hot::run`; it hands back at
            // the first one it cannot run, which the general path runs here.
            let Some(frame) = self.goroutines[gi].frames.last() else {
                self.goroutine_done(gi);
                return;
            };
            let mut cur = hot::Cursor {
                pc: frame.pc as usize,
                base: frame.base as usize,
                func: &prog.funcs[frame.func.0 as usize],
                count: self.instructions,
                budget,
            };
            let bounds = hot::Bounds {
                max_instructions: self.limits.max_instructions,
                max_call_depth: self.limits.max_call_depth,
                min_depth: self.nested_floors.last().map_or(2, |&floor| floor + 2),
                nested: self.nested > 0,
            };
            let stop = hot::run(&mut self.goroutines[gi], &prog, &mut cur, &bounds);
            if cur.count != self.instructions {
                first = false;
            }
            (self.instructions, budget) = (cur.count, cur.budget);
            let pc = cur.pc;
            if let hot::Stop::SliceOver = stop {
                self.set_pc(gi, pc);
                return;
            }
            let Some(op) = cur.func.code.get(pc) else {
                let name = cur.func.name.clone();
                self.set_pc(gi, pc);
                self.internal(&format!("pc {pc} out of range in {name}"));
                return;
            };
            // A scheduling point ends the step before it (unless it is the
            // step's first instruction).
            let stops = |m: &Machine| !first && m.nested == 0 && is_visible(&prog, &m.natives, op);
            self.instructions += 1;
            if self.instructions > self.limits.max_instructions {
                if stops(self) {
                    self.instructions -= 1;
                    self.set_pc(gi, pc);
                    return;
                }
                self.set_pc(gi, pc + 1);
                self.finish(super::Outcome::of(
                    super::End::Limit(super::Limit::Instructions),
                    self,
                ));
                return;
            }
            if stops(self) {
                self.instructions -= 1;
                self.set_pc(gi, pc);
                return;
            }
            first = false;
            budget = budget.saturating_sub(1);
            self.set_pc(gi, pc + 1);
            match op {
                Op::Call(f, argc) if prog.funcs[f.0 as usize].native.is_none() => {
                    self.push_frame(gi, *f, *argc as usize, None, false);
                }
                Op::Return => self.do_return(gi),
                _ => self.exec(gi, op, sched),
            }
            if budget == 0 && self.nested == 0 {
                return;
            }
        }
    }

    fn set_pc(&mut self, gi: usize, pc: usize) {
        if let Some(f) = self.goroutines[gi].frames.last_mut() {
            // Jump targets are u32, so every pc of a function fits one.
            f.pc = pc as u32;
        }
    }

    fn g(&mut self, gi: usize) -> &mut super::Goroutine {
        &mut self.goroutines[gi]
    }

    pub(super) fn push(&mut self, gi: usize, v: Value) {
        self.goroutines[gi].stack.push(v);
    }

    pub(super) fn pop(&mut self, gi: usize) -> Value {
        match self.goroutines[gi].stack.pop() {
            Some(v) => v,
            None => {
                never!(
                    self,
                    "operand stack underflow in goroutine {}",
                    self.goroutines[gi].id
                );
                Value::Nil
            }
        }
    }

    pub(super) fn pop_n(&mut self, gi: usize, n: usize) -> Vec<Value> {
        let len = self.goroutines[gi].stack.len();
        if len < n {
            never!(
                self,
                "operand stack underflow: {n} operands wanted, {len} there"
            );
            return vec![Value::Nil; n];
        }
        self.goroutines[gi].stack.split_off(len - n)
    }

    /// The operand `below` slots under the top of the stack, not popped.
    fn peek(&mut self, gi: usize, below: usize) -> Value {
        let st = &self.goroutines[gi].stack;
        match st.len().checked_sub(1 + below).and_then(|i| st.get(i)) {
            Some(v) => v.clone(),
            None => {
                never!(
                    self,
                    "operand stack underflow: no operand {below} below the top"
                );
                Value::Nil
            }
        }
    }

    fn base(&self, gi: usize) -> usize {
        self.goroutines[gi]
            .frames
            .last()
            .map_or(0, |f| f.base as usize)
    }

    fn slot(&mut self, gi: usize, s: u16) -> &mut Value {
        let i = self.base(gi) + s as usize;
        let st = &mut self.goroutines[gi].stack;
        if st.len() <= i {
            st.resize(i + 1, Value::Nil);
        }
        &mut st[i]
    }

    pub(super) fn konst(&mut self, k: u32) -> Value {
        match self.prog.consts.get(k as usize) {
            Some(v) => v.clone(),
            None => {
                never!(self, "constant {k} is not in the program");
                Value::Nil
            }
        }
    }

    fn capture(&mut self, gi: usize, i: u16) -> Value {
        let found = self.goroutines[gi]
            .frames
            .last()
            .and_then(|f| f.closure.as_ref())
            .and_then(|c| c.captures.get(i as usize).cloned());
        match found {
            Some(v) => v,
            None => {
                never!(
                    self,
                    "capture {i} missing in goroutine {}",
                    self.goroutines[gi].id
                );
                Value::Nil
            }
        }
    }

    /// The cell of package-level variable `g`.
    fn global(&mut self, g: u32) -> Option<crate::value::Ptr> {
        let p = self.globals.get(g as usize).cloned();
        if p.is_none() {
            never!(self, "package variable {g} has no cell");
        }
        p
    }

    /// Reads through a pointer, panicking on nil as Go does.
    pub(super) fn load_ptr(&mut self, gi: usize, p: &Value) -> Option<Value> {
        match p {
            Value::Ptr(p) => match self.heap.load(p) {
                Ok(v) => Some(v),
                Err(_) => {
                    self.runtime_panic(gi, super::panics::RtErr::NilDeref);
                    None
                }
            },
            _ => {
                self.runtime_panic(gi, super::panics::RtErr::NilDeref);
                None
            }
        }
    }

    pub(super) fn store_ptr(&mut self, gi: usize, p: &Value, v: Value) {
        let ok = match p {
            Value::Ptr(p) => self.heap.store(p, v).is_ok(),
            _ => false,
        };
        if !ok {
            self.runtime_panic(gi, super::panics::RtErr::NilDeref);
        }
    }

    /// Counts an allocation of `values` values (the bytes of a string
    /// count as a value each 24); false, with the run ended by the memory
    /// limit, when it would go over.
    pub(super) fn alloc_check(&mut self, values: u64) -> bool {
        self.allocated = self
            .allocated
            .saturating_add(values.saturating_mul(VALUE_BYTES));
        if self.heap.len() >= self.limits.max_heap_objects
            || self.allocated > self.limits.max_memory
        {
            self.finish(super::Outcome::of(
                super::End::Limit(super::Limit::Memory),
                self,
            ));
            return false;
        }
        true
    }

    /// Counts the string `x + y` about to be built, if it is a big one.
    /// Small strings come and go (Go's collector frees them, and nothing
    /// here tracks what is still referenced); only big ones are counted,
    /// for good, so that doubling a string or keeping copies of a big one
    /// ends in the memory limit instead of the page running out.
    fn alloc_string(&mut self, x: &Value, y: &Value) -> bool {
        let bytes = (x.as_bytes().len() + y.as_bytes().len()) as u64;
        bytes < BIG_STRING || self.alloc_check(bytes.div_ceil(VALUE_BYTES))
    }

    fn exec(&mut self, gi: usize, op: &Op, sched: &mut dyn Scheduler) {
        use super::panics::RtErr;
        match op {
            Op::Const(k) => {
                let v = self.konst(*k);
                self.push(gi, v);
            }
            Op::Pop => {
                self.pop(gi);
            }
            Op::Dup => {
                let v = self.peek(gi, 0);
                self.push(gi, v);
            }
            Op::Pick(n) => {
                let v = self.peek(gi, *n as usize);
                self.push(gi, v);
            }
            Op::Load(s) => {
                let v = self.slot(gi, *s).clone();
                self.push(gi, v);
            }
            Op::Store(s) | Op::StoreReturn(s) => {
                let v = self.pop(gi);
                *self.slot(gi, *s) = v;
            }
            Op::LoadCell(s) => {
                let p = self.slot(gi, *s).clone();
                if let Some(v) = self.load_ptr(gi, &p) {
                    self.push(gi, v);
                }
            }
            Op::StoreCell(s) => {
                let v = self.pop(gi);
                let p = self.slot(gi, *s).clone();
                self.store_ptr(gi, &p, v);
            }
            Op::NewCell(s, k) => {
                if !self.alloc_check(1) {
                    return;
                }
                let zero = self.konst(*k);
                let p = self.heap.new_cell(zero);
                *self.slot(gi, *s) = Value::Ptr(p);
            }
            Op::LoadCapture(i) => {
                let p = self.capture(gi, *i);
                if let Some(v) = self.load_ptr(gi, &p) {
                    self.push(gi, v);
                }
            }
            Op::StoreCapture(i) => {
                let v = self.pop(gi);
                let p = self.capture(gi, *i);
                self.store_ptr(gi, &p, v);
            }
            Op::CaptureAddr(i) => {
                let p = self.capture(gi, *i);
                self.push(gi, p);
            }
            Op::LoadGlobal(g) => {
                if let Some(p) = self.global(*g) {
                    if let Some(v) = self.load_ptr(gi, &Value::Ptr(p)) {
                        self.push(gi, v);
                    }
                }
            }
            Op::StoreGlobal(g) => {
                let v = self.pop(gi);
                if let Some(p) = self.global(*g) {
                    self.store_ptr(gi, &Value::Ptr(p), v);
                }
            }
            Op::GlobalAddr(g) => {
                if let Some(p) = self.global(*g) {
                    self.push(gi, Value::Ptr(p));
                }
            }
            Op::Deref => {
                let p = self.pop(gi);
                if let Some(v) = self.load_ptr(gi, &p) {
                    self.push(gi, v);
                }
            }
            Op::StoreInd => {
                let v = self.pop(gi);
                let p = self.pop(gi);
                self.store_ptr(gi, &p, v);
            }
            Op::Alloc => {
                if !self.alloc_check(1) {
                    return;
                }
                let v = self.pop(gi);
                let p = self.heap.new_cell(v);
                self.push(gi, Value::Ptr(p));
            }
            Op::Field(i) => {
                let v = self.pop(gi);
                match v {
                    Value::Agg(items) if (*i as usize) < items.len() => {
                        let f = items.into_vec().swap_remove(*i as usize);
                        self.push(gi, f);
                    }
                    other => never!(self, "field {i} of a value that has none: {other}"),
                }
            }
            Op::FieldAddr(i) => {
                let p = self.pop(gi);
                match p {
                    Value::Ptr(p) => self.push(gi, Value::Ptr(p.child(*i))),
                    _ => self.runtime_panic(gi, RtErr::NilDeref),
                }
            }
            Op::MakeAgg(n) => {
                let items = self.pop_n(gi, *n as usize);
                self.push(gi, Value::Agg(items.into_boxed_slice()));
            }
            Op::Bin(op, kind) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                if *kind == NumKind::Str && !self.alloc_string(&x, &y) {
                    return;
                }
                match arith(*op, *kind, &x, &y) {
                    Ok(v) => self.push(gi, v),
                    Err(e) => self.runtime_panic(gi, e),
                }
            }
            Op::Neg(kind) => {
                let x = self.pop(gi);
                let v = match x {
                    Value::Float(f) => Value::Float(-f),
                    Value::Int(i) => Value::Int(kind.wrap(i.wrapping_neg())),
                    other => other,
                };
                self.push(gi, v);
            }
            Op::Not => {
                let x = self.pop(gi);
                self.push(gi, Value::Bool(!x.as_bool()));
            }
            Op::BitNot(kind) => {
                let x = self.pop(gi);
                self.push(gi, Value::Int(kind.wrap(!x.as_int())));
            }
            Op::Cmp(op, kind) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                self.push(gi, Value::Bool(compare(*op, *kind, &x, &y)));
            }
            Op::EqAny(negate) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                match self.values_equal(&x, &y) {
                    Ok(eq) => self.push(gi, Value::Bool(eq != *negate)),
                    Err(ty) => self.runtime_panic(gi, RtErr::Uncomparable(ty)),
                }
            }
            Op::Convert(c) => {
                let x = self.pop(gi);
                if let Some(v) = self.convert(gi, *c, x) {
                    self.push(gi, v);
                }
            }
            Op::Jump(t) => self.jump(gi, *t),
            Op::BinLocalConst(a, k, bop, kind) => {
                let x = self.slot(gi, *a).clone();
                let y = self.konst(*k);
                if *kind == NumKind::Str && !self.alloc_string(&x, &y) {
                    return;
                }
                match arith(*bop, *kind, &x, &y) {
                    Ok(v) => self.push(gi, v),
                    Err(e) => self.runtime_panic(gi, e),
                }
            }
            Op::JumpUnlessLocalConst(a, k, cmp, kind, t) => {
                let x = self.slot(gi, *a).clone();
                let y = self.konst(*k);
                if !compare(*cmp, *kind, &x, &y) {
                    self.jump(gi, *t);
                }
            }
            Op::JumpIfFalse(t) => {
                if !self.pop(gi).as_bool() {
                    self.jump(gi, *t);
                }
            }
            Op::JumpIfTrue(t) => {
                if self.pop(gi).as_bool() {
                    self.jump(gi, *t);
                }
            }
            Op::Call(f, argc) => self.call_func(gi, *f, *argc as usize, None, sched),
            Op::CallValue(argc) => {
                let argc = *argc as usize;
                let callee = self.peek(gi, argc);
                let st = &mut self.goroutines[gi].stack;
                if let Some(at) = st.len().checked_sub(argc + 1) {
                    st.remove(at);
                }
                match callee {
                    Value::Func(c) => self.call_func(gi, c.func, argc, Some(c), sched),
                    Value::Nil => self.runtime_panic(gi, RtErr::NilDeref),
                    other => never!(self, "call of a value that is not a function: {other}"),
                }
            }
            Op::CallIface(sym, argc) => {
                let argc = *argc as usize;
                let recv = self.peek(gi, argc);
                let iface = match recv {
                    Value::Iface(iface) => iface,
                    Value::Nil => {
                        self.runtime_panic(gi, RtErr::NilDeref);
                        return;
                    }
                    other => {
                        never!(
                            self,
                            "method call on a value that is not an interface: {other}"
                        );
                        return;
                    }
                };
                match self.prog.methods.get(&(iface.ty, *sym)).copied() {
                    Some((f, _)) => {
                        let st = &mut self.goroutines[gi].stack;
                        let at = st.len() - (argc + 1);
                        st[at] = iface.val.clone();
                        self.call_func(gi, f, argc + 1, None, sched);
                    }
                    None => never!(
                        self,
                        "no method {} for {}",
                        self.prog
                            .method_names
                            .get(*sym as usize)
                            .map_or("?", String::as_str),
                        self.type_name(iface.ty)
                    ),
                }
            }
            Op::CallNative(id, argc) => {
                let args = self.pop_n(gi, *argc as usize);
                self.call_native(gi, *id, args, sched);
            }
            Op::MakeClosure(f, n) => {
                let caps = self.pop_n(gi, *n as usize);
                self.push(
                    gi,
                    Value::Func(Rc::new(Closure {
                        func: *f,
                        captures: caps.into_boxed_slice(),
                    })),
                );
            }
            Op::Return => self.do_return(gi),
            Op::Go(argc, role) => self.go_stmt(gi, *argc as usize, *role),
            Op::Defer(argc) => {
                let args = self.pop_n(gi, *argc as usize);
                let func = self.pop(gi);
                match self.goroutines[gi].frames.last_mut() {
                    Some(f) => f.defers.push(Deferred { func, args }),
                    None => never!(self, "defer outside any frame"),
                }
            }
            Op::Panic => {
                let v = self.pop(gi);
                let v = if v.is_nil() {
                    self.panic_nil_error()
                } else {
                    v
                };
                self.start_panic(gi, v);
            }
            Op::Recover => {
                let v = self.recover(gi);
                self.push(gi, v);
            }
            Op::Exit => {
                if self.nested == 0 {
                    self.program_exit(0);
                }
            }
            Op::MakeChan(zero, elem) => {
                let cap = self.pop(gi).as_int();
                if !(0..=1 << 48).contains(&cap) {
                    self.runtime_panic(gi, RtErr::MakeChanSize);
                    return;
                }
                // The buffer fills lazily, but a program may fill it.
                if !self.alloc_check(1 + cap as u64) {
                    return;
                }
                let origin = self.frames_trace(gi).first().copied();
                let made = super::chan::Made {
                    origin,
                    elem: types::TypeId(*elem),
                };
                let zero = self.konst(*zero);
                // In range: checked against 0..=2^48 above.
                let id = self.new_chan(cap as usize, zero, made);
                self.push(gi, Value::Chan(id));
            }
            Op::Send => {
                let v = self.pop(gi);
                let c = self.pop(gi);
                self.chan_send(gi, &c, v);
            }
            Op::Recv(ok) => {
                let c = self.pop(gi);
                self.chan_recv(gi, &c, *ok);
            }
            Op::Close => {
                let c = self.pop(gi);
                self.chan_close(gi, &c);
            }
            Op::Select(t) => self.select(gi, *t as usize, sched),
            Op::MakeSlice(zero) => {
                let cap = self.pop(gi).as_int();
                let len = self.pop(gi).as_int();
                // Go refuses what could never fit in memory (elements of at
                // least a byte: 2^48 on 64-bit); what merely does not fit
                // the simulator's memory is the memory limit below.
                const MAX: i64 = 1 << 48;
                if !(0..=MAX).contains(&len) || cap < len || cap > MAX {
                    self.runtime_panic(
                        gi,
                        if !(0..=MAX).contains(&len) {
                            RtErr::MakeSliceLen
                        } else {
                            RtErr::MakeSliceCap
                        },
                    );
                    return;
                }
                if !self.alloc_check(1 + cap as u64) {
                    return;
                }
                let z = self.konst(*zero);
                let obj = self.heap.new_array(vec![z; cap as usize]);
                self.push(
                    gi,
                    Value::Slice(SliceVal {
                        obj,
                        off: 0,
                        len: len as u32,
                        cap: cap as u32,
                    }),
                );
            }
            Op::MakeSliceFrom(n) => {
                let items = self.pop_n(gi, *n as usize);
                // A composite literal's element count is an instruction's u32.
                let len = items.len() as u32;
                let obj = self.heap.new_array(items);
                self.push(
                    gi,
                    Value::Slice(SliceVal {
                        obj,
                        off: 0,
                        len,
                        cap: len,
                    }),
                );
            }
            Op::MakeMap => {
                if !self.alloc_check(1) {
                    return;
                }
                let id = self
                    .heap
                    .alloc(super::Obj::Map(super::gomap::GoMap::default()));
                self.push(gi, Value::Map(id));
            }
            Op::MinMax(is_max, kind, n) => {
                let mut vals = self.pop_n(gi, *n as usize).into_iter();
                let Some(mut best) = vals.next() else {
                    never!(self, "min or max of no values");
                    return;
                };
                for v in vals {
                    if let (Value::Float(a), Value::Float(b)) = (&best, &v) {
                        if a.is_nan() || b.is_nan() {
                            best = Value::Float(f64::NAN);
                            continue;
                        }
                    }
                    let better = if *is_max {
                        compare(CmpOp::Gt, *kind, &v, &best)
                    } else {
                        compare(CmpOp::Lt, *kind, &v, &best)
                    };
                    if better {
                        best = v;
                    }
                }
                self.push(gi, best);
            }
            Op::ClearSlice(zero) => {
                let s = self.pop(gi);
                if let Value::Slice(s) = s {
                    let z = self.konst(*zero);
                    for i in 0..s.len {
                        self.heap.slice_set(&s, i, z.clone());
                    }
                }
            }
            Op::Len(c) => {
                let x = self.pop(gi);
                let n = self.length(&x, *c, false);
                self.push(gi, Value::Int(n));
            }
            Op::Cap(c) => {
                let x = self.pop(gi);
                let n = self.length(&x, *c, true);
                self.push(gi, Value::Int(n));
            }
            Op::Index(c) => {
                let i = self.pop(gi).as_int();
                let x = self.pop(gi);
                if let Some(v) = self.index(gi, &x, i, *c) {
                    self.push(gi, v);
                }
            }
            Op::IndexAddr(c) => {
                let i = self.pop(gi).as_int();
                let x = self.pop(gi);
                if let Some(p) = self.index_addr(gi, &x, i, *c) {
                    self.push(gi, Value::Ptr(p));
                }
            }
            Op::MapGet(zero, with_ok) => {
                let k = self.pop(gi);
                let m = self.pop(gi);
                // A nil map reads as empty.
                let found = match &m {
                    Value::Map(id) => match self.heap.map(*id) {
                        Some(m) => m.get(&k).cloned(),
                        None => {
                            never!(self, "object {} is not a map", id.0);
                            return;
                        }
                    },
                    _ => None,
                };
                let ok = found.is_some();
                let v = found.unwrap_or_else(|| self.konst(*zero));
                self.push(gi, v);
                if *with_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            Op::MapSet => {
                let v = self.pop(gi);
                let k = self.pop(gi);
                let m = self.pop(gi);
                self.map_set(gi, &m, k, v);
            }
            Op::MapDelete => {
                let k = self.pop(gi);
                let m = self.pop(gi);
                if let Value::Map(id) = m {
                    if let Some(map) = self.heap.map_mut(id) {
                        map.remove(&k);
                    }
                }
            }
            Op::ClearMap => {
                if let Value::Map(id) = self.pop(gi) {
                    if let Some(map) = self.heap.map_mut(id) {
                        map.clear();
                    }
                }
            }
            Op::MapIter => {
                let m = self.pop(gi);
                // Ranging over a nil map visits nothing.
                let (map, keys) = match m {
                    Value::Map(id) => (
                        id,
                        self.heap
                            .map_mut(id)
                            .map(|m| m.range_keys())
                            .unwrap_or_default(),
                    ),
                    _ => (ObjId(u32::MAX), Vec::new()),
                };
                let it = self.heap.alloc(super::Obj::MapIter { map, keys, pos: 0 });
                self.push(gi, Value::Map(it));
            }
            Op::MapNext => {
                let it = self.pop(gi);
                let next = self.map_next(&it);
                match next {
                    Some((k, v)) => {
                        self.push(gi, k);
                        self.push(gi, v);
                        self.push(gi, Value::Bool(true));
                    }
                    None => self.push(gi, Value::Bool(false)),
                }
            }
            Op::DecodeRune => {
                let i = self.pop(gi).as_int();
                let s = self.pop(gi);
                // A range index: never negative.
                let (r, w) = decode_rune(s.as_bytes(), i as usize);
                self.push(gi, Value::Int(r));
                self.push(gi, Value::Int(w));
            }
            Op::SliceOf(c, lo, hi, max) => self.slice_of(gi, *c, *lo, *hi, *max),
            Op::Append(n) => {
                let items = self.pop_n(gi, *n as usize);
                let s = self.pop(gi);
                let v = self.append(&s, items);
                self.push(gi, v);
            }
            Op::AppendSlice => {
                let t = self.pop(gi);
                let s = self.pop(gi);
                let items = match &t {
                    Value::Slice(sv) => self.heap.slice_elems(sv),
                    Value::Str(b) => b.iter().map(|c| Value::Int(i64::from(*c))).collect(),
                    _ => Vec::new(),
                };
                let v = self.append(&s, items);
                self.push(gi, v);
            }
            Op::Copy => {
                let src = self.pop(gi);
                let dst = self.pop(gi);
                let n = self.copy(&dst, &src);
                self.push(gi, Value::Int(n));
            }
            Op::ToIface(ty) => {
                let v = self.pop(gi);
                self.push(gi, Value::Iface(Rc::new(Iface { ty: *ty, val: v })));
            }
            Op::AssertType(ty, src, ok) => {
                let v = self.pop(gi);
                self.assert_type(gi, v, *ty, *src, *ok, false);
            }
            Op::AssertIface(ty, src, ok) => {
                let v = self.pop(gi);
                self.assert_type(gi, v, *ty, *src, *ok, true);
            }
            Op::TypeIs(ty, is_iface) => {
                let v = self.pop(gi);
                let yes = match &v {
                    Value::Iface(i) if *is_iface => self.implements(i.ty, *ty),
                    Value::Iface(i) => i.ty == *ty,
                    _ => false,
                };
                self.push(gi, Value::Bool(yes));
            }
            Op::IsNilIface => {
                let v = self.pop(gi);
                self.push(gi, Value::Bool(v.is_nil()));
            }
            Op::IfaceValue => {
                let v = self.pop(gi);
                let inner = match v {
                    Value::Iface(i) => i.val.clone(),
                    other => other,
                };
                self.push(gi, inner);
            }
            Op::Print(table, newline) => {
                let prog = self.prog.clone();
                let tys = prog
                    .prints
                    .get(*table as usize)
                    .map_or(&[][..], Vec::as_slice);
                let vals = self.pop_n(gi, tys.len());
                let mut out = String::new();
                for (i, (v, t)) in vals.iter().zip(tys).enumerate() {
                    if i > 0 && *newline {
                        out.push(' ');
                    }
                    out.push_str(&self.print_builtin_value(v, *t));
                }
                if *newline {
                    out.push('\n');
                }
                self.write_stderr(out.as_bytes());
            }
        }
    }

    fn jump(&mut self, gi: usize, t: u32) {
        if let Some(f) = self.g(gi).frames.last_mut() {
            f.pc = t;
        }
    }

    /// Calls a compiled function (or a native) with `argc` arguments on the stack.
    pub(super) fn call_func(
        &mut self,
        gi: usize,
        f: FuncId,
        argc: usize,
        closure: Option<Rc<Closure>>,
        sched: &mut dyn Scheduler,
    ) {
        if let Some(id) = self.prog.funcs[f.0 as usize].native {
            let args = self.pop_n(gi, argc);
            self.call_native(gi, id, args, sched);
            return;
        }
        self.push_frame(gi, f, argc, closure, false);
    }

    /// Enters a compiled function whose `argc` arguments are on the stack.
    pub(super) fn push_frame(
        &mut self,
        gi: usize,
        f: FuncId,
        argc: usize,
        closure: Option<Rc<Closure>>,
        is_defer: bool,
    ) {
        let func = &self.prog.funcs[f.0 as usize];
        if func.native.is_some() {
            // The compiler wraps every native used as a value in a forwarder.
            self.internal(&format!("native {} entered as a frame", func.name));
            return;
        }
        if self.goroutines[gi].frames.len() >= self.limits.max_call_depth {
            self.stack_overflow(gi);
            return;
        }
        let slots = func.slots as usize;
        let st = &mut self.goroutines[gi].stack;
        let base = st.len().saturating_sub(argc);
        st.resize(base + slots.max(argc), Value::Nil);
        // The stack is bounded far below 2^32 values by the memory limit.
        let base = base as u32;
        self.goroutines[gi].frames.push(Frame {
            func: f,
            pc: 0,
            base,
            closure,
            defers: Vec::new(),
            is_defer,
            unwinding: false,
        });
    }

    /// Returns from the current frame: run its deferred calls first (one
    /// at a time, coming back here after each), then hand back the results.
    pub(super) fn do_return(&mut self, gi: usize) {
        let Some(frame) = self.goroutines[gi].frames.last_mut() else {
            return;
        };
        if let Some(d) = frame.defers.pop() {
            frame.pc = frame.pc.saturating_sub(1);
            self.invoke_deferred(gi, d);
            return;
        }
        let Some(frame) = self.goroutines[gi].frames.pop() else {
            return;
        };
        let func = &self.prog.funcs[frame.func.0 as usize];
        let base = frame.base as usize;
        // Move the results down to the frame's base, in place: result slots
        // sit above the parameters, so the k-th moves down or stays.
        let n = func.results.len();
        let st = &mut self.goroutines[gi].stack;
        for (k, (slot, cell)) in func.results.iter().zip(&func.result_cells).enumerate() {
            let from = base + *slot as usize;
            if *cell {
                let v = match st.get(from) {
                    Some(Value::Ptr(p)) => self.heap.load(p).ok(),
                    _ => None,
                };
                match (v, st.get_mut(base + k)) {
                    (Some(v), Some(dst)) => *dst = v,
                    _ => {
                        never!(self, "result {k} of {} has no cell", func.name);
                        return;
                    }
                }
            } else if from != base + k && from < st.len() && base + k < st.len() {
                st.swap(base + k, from);
            }
        }
        let keep = if frame.is_defer { base } else { base + n };
        self.goroutines[gi].stack.truncate(keep);
        if frame.is_defer {
            self.after_deferred(gi);
            return;
        }
        // Below a nested call's floor the caller is native code, not a frame.
        if self.goroutines[gi].frames.is_empty() && self.nested_floors.is_empty() {
            self.goroutine_done(gi);
        }
    }

    /// Calls a deferred function on top of the current frame.
    pub(super) fn invoke_deferred(&mut self, gi: usize, d: Deferred) {
        let Value::Func(c) = d.func else {
            self.runtime_panic(gi, super::panics::RtErr::NilDeref);
            return;
        };
        let argc = d.args.len();
        self.goroutines[gi].stack.extend(d.args);
        self.push_frame(gi, c.func, argc, Some(c), true);
    }

    fn go_stmt(&mut self, gi: usize, argc: usize, role: super::Role) {
        self.touch(Loc::Goroutines, Access::Add);
        let args = self.pop_n(gi, argc);
        let callee = self.pop(gi);
        let Value::Func(c) = callee else {
            self.runtime_panic(gi, super::panics::RtErr::GoNilFunc);
            return;
        };
        if self.goroutines.len() >= self.limits.max_goroutines {
            self.finish(super::Outcome::of(
                super::End::Limit(super::Limit::Goroutines),
                self,
            ));
            return;
        }
        let parent = &self.goroutines[gi];
        let created_by = parent.frames.last().map(|f| super::Creator::Go {
            func: f.func,
            line: self.prog.funcs[f.func.0 as usize].line_before(f.pc),
            parent: parent.id,
        });
        let id = self.next_goroutine_id();
        let func = &self.prog.funcs[c.func.0 as usize];
        let start = super::EventKind::Start {
            parent: Some(self.goroutines[gi].id),
            func: func.name.clone(),
            prelude: func.prelude,
        };
        let mut stack = args;
        stack.resize((func.slots as usize).max(stack.len()), Value::Nil);
        self.goroutines.push(super::Goroutine::new(
            id,
            c.func,
            Some(c),
            stack,
            created_by,
            role,
        ));
        self.runnable.push(id);
        self.emit(id, start);
    }

    /// The id the next goroutine gets: Go numbers them from 1 in order of
    /// creation, and `Limits::max_goroutines` keeps them far below 2^32.
    pub(super) fn next_goroutine_id(&self) -> u32 {
        self.goroutines.len() as u32 + 1
    }

    /// A goroutine's last frame returned.
    pub(super) fn goroutine_done(&mut self, gi: usize) {
        self.touch(Loc::Goroutines, Access::Add);
        self.set_status(gi, Status::Exited);
        self.emit(self.goroutines[gi].id, super::EventKind::Exit);
        self.goroutines[gi].stack.clear();
        if self.goroutines[gi].id == 1 && self.nested == 0 {
            // Main returned through the entry function's `Exit`, or Goexit ended it.
            if !self.main_goexited {
                self.program_exit(0);
            }
        }
    }

    /// Ends the program with `os.Exit(code)` (or 0 when main returns). The
    /// status the parent sees is the code's low byte: `os.Exit(-1)` is 255.
    pub(super) fn program_exit(&mut self, code: i64) {
        let outcome = super::Outcome::of(super::End::Exit(i32::from(code as u8)), self);
        self.finish(outcome);
    }

    pub(super) fn internal(&mut self, msg: &str) {
        let outcome = super::Outcome::of(super::End::Internal(msg.to_string()), self);
        self.finish(outcome);
    }

    pub(super) fn write_stdout(&mut self, gi: usize, b: &[u8]) {
        self.write_fd(gi, 1, b);
    }

    pub(super) fn write_stderr(&mut self, b: &[u8]) {
        self.write_fd(usize::MAX, 2, b);
    }

    /// Program output to stderr through `os.Stderr`, attributed to `gi`.
    pub(super) fn write_fd_of(&mut self, gi: usize, b: &[u8]) {
        self.write_fd(gi, 2, b);
    }

    fn write_fd(&mut self, gi: usize, fd: u8, b: &[u8]) {
        self.touch(Loc::Output, Access::Write);
        if self.stdout.len() + self.stderr.len() + b.len() > self.limits.max_output {
            self.finish(super::Outcome::of(
                super::End::Limit(super::Limit::Output),
                self,
            ));
            return;
        }
        if fd == 1 {
            &mut self.stdout
        } else {
            &mut self.stderr
        }
        .extend_from_slice(b);
        if let Some(g) = self.goroutines.get(gi) {
            let text = String::from_utf8_lossy(b).into_owned();
            self.emit(g.id, super::EventKind::Output { fd, text });
        }
    }
}

/// Integer and float arithmetic with Go's wrapping, division and shift rules.
pub fn arith(
    op: BinOp,
    kind: NumKind,
    x: &Value,
    y: &Value,
) -> Result<Value, super::panics::RtErr> {
    use super::panics::RtErr;
    if kind == NumKind::Str {
        let mut s = x.as_bytes().to_vec();
        s.extend_from_slice(y.as_bytes());
        return Ok(Value::bytes(&s));
    }
    if kind.is_float() {
        let (a, b) = (x.as_f64(), y.as_f64());
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => a / b,
            _ => 0.0,
        };
        return Ok(Value::Float(if kind == NumKind::F32 {
            f64::from(r as f32)
        } else {
            r
        }));
    }
    let (a, b) = (x.as_int(), y.as_int());
    let unsigned = kind.is_unsigned();
    let r = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        BinOp::Div | BinOp::Rem if b == 0 => return Err(RtErr::DivideByZero),
        BinOp::Div if unsigned => ((a as u64) / (b as u64)) as i64,
        BinOp::Rem if unsigned => ((a as u64) % (b as u64)) as i64,
        BinOp::Div => a.wrapping_div(b),
        BinOp::Rem => a.wrapping_rem(b),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::AndNot => a & !b,
        BinOp::Shl | BinOp::Shr => {
            if b < 0 {
                return Err(RtErr::NegativeShift);
            }
            let s = b as u64;
            let bits = u64::from(kind.bits());
            if op == BinOp::Shl {
                if s >= bits {
                    0
                } else {
                    a.wrapping_shl(s as u32)
                }
            } else if unsigned {
                if s >= 64 {
                    0
                } else {
                    ((kind.wrap(a) as u64) >> s) as i64
                }
            } else if s >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> s
            }
        }
    };
    Ok(Value::Int(kind.wrap(r)))
}

pub fn compare(op: CmpOp, kind: NumKind, x: &Value, y: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match kind {
        NumKind::Str => Some(x.as_bytes().cmp(y.as_bytes())),
        NumKind::Bool => Some(x.as_bool().cmp(&y.as_bool())),
        k if k.is_float() => x.as_f64().partial_cmp(&y.as_f64()),
        k if k.is_unsigned() => Some((x.as_int() as u64).cmp(&(y.as_int() as u64))),
        _ => Some(x.as_int().cmp(&y.as_int())),
    };
    match (op, ord) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Eq, Some(o)) => o == Ordering::Equal,
        (CmpOp::Ne, Some(o)) => o != Ordering::Equal,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::Le, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (CmpOp::Ge, Some(o)) => o != Ordering::Less,
    }
}

/// Decodes the UTF-8 rune at byte `i` the way `range` over a string does:
/// an invalid byte yields U+FFFD with width 1.
pub fn decode_rune(s: &[u8], i: usize) -> (i64, i64) {
    let rest = s.get(i..).unwrap_or(&[]);
    for w in 1..=4.min(rest.len()) {
        if let Ok(t) = std::str::from_utf8(&rest[..w]) {
            if let Some(c) = t.chars().next() {
                return (i64::from(u32::from(c)), w as i64);
            }
        }
    }
    (0xFFFD, 1)
}

/// Whether an instruction is a scheduling point.
fn is_visible(
    prog: &crate::bytecode::Program,
    natives: &[super::natives::Native],
    op: &Op,
) -> bool {
    let sched_native = |id: &crate::bytecode::NativeId| {
        natives
            .get(id.0 as usize)
            .is_some_and(|n| n.is_sched_point())
    };
    match op {
        Op::Send | Op::Recv(_) | Op::Close | Op::Select(_) | Op::Go(..) | Op::Exit => true,
        Op::CallNative(id, _) => sched_native(id),
        Op::Call(f, _) => prog.funcs[f.0 as usize]
            .native
            .as_ref()
            .is_some_and(sched_native),
        _ => false,
    }
}
