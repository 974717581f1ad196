//! The instruction loop. A goroutine runs until it reaches a scheduling
//! point (after performing the one it was standing at), blocks, exits, or
//! uses up its slice; then the scheduler decides again.

use super::arith::compare;
use super::footprint::{Access, Loc};
use super::{Machine, Status, hot};
use crate::bytecode::Op;
use crate::sched::Scheduler;
use crate::value::{Iface, Value};
use std::rc::Rc;

impl Machine {
    pub(super) fn run_goroutine(&mut self, gi: usize, sched: &mut dyn Scheduler) {
        self.goroutines[gi].started = true;
        self.goroutines[gi].spun = false;
        self.goroutines[gi].just_yielded = false;
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
        // Accesses noted outside any instruction (the engine's own) are
        // nobody's.
        self.heap.race_log.take();
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
            let stops = |m: &Machine| {
                !first
                    && m.nested == 0
                    && (is_visible(&prog, &m.natives, op) || m.is_memory_event(gi, op))
            };
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
            // A memory access that begins the step is the step: the page
            // shows what it read or wrote.
            let access = (first && self.record_events)
                .then(|| self.memory_event_of(gi, op, pc, cur.func))
                .flatten();
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
            if let Some(access) = access {
                self.emit_memory_event(gi, op, access);
            }
            if self.race.is_some() {
                self.race_instruction_done(gi);
            }
            // Every allocation path ends up here: the heap never shrinks,
            // so its object count is the page's memory.
            if self.heap.len() > self.limits.max_heap_objects && self.outcome.is_none() {
                self.finish(super::Outcome::of(
                    super::End::Limit(super::Limit::Memory),
                    self,
                ));
                return;
            }
            // An instruction made of two events (a map write) ran its
            // first: the rest is the goroutine's next step.
            if std::mem::take(&mut self.split) {
                self.set_pc(gi, pc);
                return;
            }
            if budget == 0 && self.nested == 0 {
                return;
            }
        }
    }

    pub(super) fn set_pc(&mut self, gi: usize, pc: usize) {
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
    pub(super) fn peek(&mut self, gi: usize, below: usize) -> Value {
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

    pub(super) fn slot(&mut self, gi: usize, s: u16) -> &mut Value {
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

    pub(super) fn capture(&mut self, gi: usize, i: u16) -> Value {
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
                    _ => never!(self, "field {i} of a value that is not a struct or array"),
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
            Op::Jump(t) => self.jump(gi, *t),
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
            Op::Return => self.do_return(gi),
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
            Op::Bin(..)
            | Op::Neg(..)
            | Op::Not
            | Op::BitNot(..)
            | Op::Cmp(..)
            | Op::EqAny(..)
            | Op::Convert(..)
            | Op::BinLocalConst(..)
            | Op::MinMax(..) => self.exec_arith(gi, op),
            Op::Call(..)
            | Op::CallValue(..)
            | Op::CallIface(..)
            | Op::CallNative(..)
            | Op::MakeClosure(..)
            | Op::Go(..)
            | Op::Defer(..) => self.exec_call(gi, op, sched),
            Op::MakeSlice(..)
            | Op::MakeSliceFrom(..)
            | Op::MakeMap(_)
            | Op::ClearSlice(..)
            | Op::Len(..)
            | Op::Cap(..)
            | Op::Index(..)
            | Op::IndexAddr(..)
            | Op::MapGet(..)
            | Op::MapSet
            | Op::MapDelete
            | Op::ClearMap
            | Op::MapIter
            | Op::MapNext
            | Op::DecodeRune
            | Op::SliceOf(..)
            | Op::Append(..)
            | Op::AppendSlice(_)
            | Op::Copy => self.exec_collection(gi, op, sched),
        }
    }

    pub(super) fn jump(&mut self, gi: usize, t: u32) {
        if let Some(f) = self.g(gi).frames.last_mut() {
            f.pc = t;
        }
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
        .write(b);
        if let Some(g) = self.goroutines.get(gi) {
            let text = String::from_utf8_lossy(b).into_owned();
            self.emit(g.id, super::EventKind::Output { fd, text });
        }
    }
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
