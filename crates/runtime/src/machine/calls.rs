//! Calls and goroutines: entering a function, returning from it (deferred
//! calls first), `defer`, `go`, and a goroutine's end, which ends the
//! program when it is `main`'s.

use super::footprint::{Access, Loc};
use super::{Deferred, Frame, Machine, Status};
use crate::GoroutineId;
use crate::bytecode::Op;
use crate::sched::Scheduler;
use crate::value::{Closure, FuncId, Value};
use std::rc::Rc;

impl Machine {
    pub(super) fn exec_call(&mut self, gi: usize, op: &Op, sched: &mut dyn Scheduler) {
        use super::panics::RtErr;
        if matches!(op, Op::Call(..) | Op::CallNative(..) | Op::CallIface(..))
            && self.wait_at_lock_call(gi)
        {
            return;
        }
        match op {
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
                    _ => never!(self, "call of a value that is not a function"),
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
                    _ => {
                        never!(self, "method call on a value that is not an interface");
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
            Op::Go(argc, role, wrapper) => self.go_stmt(gi, *argc as usize, *role, *wrapper),
            Op::Defer(argc) => {
                let args = self.pop_n(gi, *argc as usize);
                let func = self.pop(gi);
                match self.goroutines[gi].frames.last_mut() {
                    Some(f) => f.defers.push(Deferred { func, args }),
                    None => never!(self, "defer outside any frame"),
                }
            }
            _ => never!(self, "exec_call given another instruction"),
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

    fn go_stmt(&mut self, gi: usize, argc: usize, role: super::Role, wrapper: u16) {
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
        let mut g = super::Goroutine::new(id, c.func, Some(c), stack, created_by, role);
        g.wrapper = wrapper;
        self.add_goroutine(g);
        self.race_spawned(Some(gi), None, self.goroutines.len() - 1);
        self.emit(id, start);
    }

    /// The id the next goroutine gets: Go numbers them from 1 in order of
    /// creation, and `Limits::max_goroutines` keeps them far below 2^32.
    pub(super) fn next_goroutine_id(&self) -> GoroutineId {
        GoroutineId::nth(self.goroutines.len())
    }

    /// A goroutine's last frame returned.
    pub(super) fn goroutine_done(&mut self, gi: usize) {
        self.touch(Loc::Goroutines, Access::Add);
        self.set_status(gi, Status::Exited);
        self.emit(self.goroutines[gi].id, super::EventKind::Exit);
        self.goroutines[gi].stack.clear();
        if self.goroutines[gi].id == GoroutineId::MAIN && self.nested == 0 {
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
}
