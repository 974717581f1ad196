//! Panics, deferred calls during unwinding, `recover`, `runtime.Goexit`,
//! and the values of run-time errors.
//!
//! A Go panic (the program's) ends, if nobody recovers it, in a `panic`
//! outcome with Go's report; it is never confused with an internal error
//! of the engine, which ends in an `internal` outcome.

use super::{Machine, PanicRec, Status};
use crate::value::{Iface, Value};
use std::rc::Rc;
use types::{ObjKind, Type, TypeId};

/// Run-time errors, each raised as the value of the runtime type Go uses.
#[derive(Clone, Debug, PartialEq)]
pub enum RtErr {
    NilDeref,
    DivideByZero,
    NegativeShift,
    Index {
        index: i64,
        len: i64,
    },
    /// `slice bounds out of range [...]`: the bracketed part and its tail.
    SliceBounds(String),
    NilMapWrite,
    SendOnClosed,
    CloseClosed,
    CloseNil,
    /// A failed type assertion, with Go's message.
    TypeAssert(String),
    Uncomparable(TypeId),
    Unhashable(TypeId),
    /// The same, found by Go's check of an empty or nil map (whose error,
    /// `maps.unhashableTypeError`, is a plain runtime error here).
    UnhashableEmpty(TypeId),
    MakeSliceLen,
    MakeSliceCap,
    MakeChanSize,
    SliceToArray {
        len: i64,
        array: i64,
    },
    GoNilFunc,
}

impl Machine {
    /// The runtime type `name` (e.g. `boundsError`) from the runtime package.
    fn runtime_type(&self, name: &str) -> Option<TypeId> {
        let pkg = self.checked.packages.iter().find(|p| p.path == "runtime")?;
        let obj = pkg.scope.get(name)?;
        match self.checked.object(*obj).kind {
            ObjKind::TypeName { ty } => Some(ty),
            _ => None,
        }
    }

    fn rt_value(&mut self, type_name: &str, pointer: bool, val: Value) -> Value {
        let Some(ty) = self.runtime_type(type_name) else {
            return val;
        };
        if pointer {
            let Some(pty) = self.checked.types.find(&Type::Pointer(ty)) else {
                never!(self, "the prelude does not mention *runtime.{type_name}");
                return val;
            };
            let p = self.heap.new_cell(val);
            return Value::Iface(Rc::new(Iface {
                ty: pty,
                val: Value::Ptr(p),
            }));
        }
        Value::Iface(Rc::new(Iface { ty, val }))
    }

    pub(super) fn rt_error_value(&mut self, e: RtErr) -> Value {
        let plain = |m: &mut Self, s: &str| m.rt_value("plainError", false, Value::str(s));
        let err_string = |m: &mut Self, s: &str| m.rt_value("errorString", false, Value::str(s));
        let bounds = |m: &mut Self, s: String| {
            m.rt_value("boundsError", false, Value::Agg(Box::new([Value::str(&s)])))
        };
        match e {
            RtErr::NilDeref => {
                err_string(self, "invalid memory address or nil pointer dereference")
            }
            RtErr::DivideByZero => err_string(self, "integer divide by zero"),
            RtErr::NegativeShift => err_string(self, "negative shift amount"),
            RtErr::Index { index, len } => bounds(
                self,
                format!("index out of range [{index}] with length {len}"),
            ),
            RtErr::SliceBounds(s) => bounds(self, format!("slice bounds out of range {s}")),
            RtErr::NilMapWrite => plain(self, "assignment to entry in nil map"),
            RtErr::SendOnClosed => plain(self, "send on closed channel"),
            RtErr::CloseClosed => plain(self, "close of closed channel"),
            RtErr::CloseNil => plain(self, "close of nil channel"),
            RtErr::TypeAssert(msg) => self.rt_value(
                "TypeAssertionError",
                true,
                Value::Agg(Box::new([Value::str(&msg)])),
            ),
            RtErr::Uncomparable(ty) => {
                let t = self.type_name(ty);
                err_string(self, &format!("comparing uncomparable type {t}"))
            }
            RtErr::Unhashable(ty) => {
                let t = self.type_name(ty);
                err_string(self, &format!("hash of unhashable type {t}"))
            }
            RtErr::UnhashableEmpty(ty) => {
                let t = self.type_name(ty);
                plain(self, &format!("hash of unhashable type: {t}"))
            }
            RtErr::MakeSliceLen => err_string(self, "makeslice: len out of range"),
            RtErr::MakeSliceCap => err_string(self, "makeslice: cap out of range"),
            RtErr::MakeChanSize => plain(self, "makechan: size out of range"),
            RtErr::SliceToArray { len, array } => err_string(
                self,
                &format!(
                    "cannot convert slice with length {len} to array or pointer to array with length {array}"
                ),
            ),
            RtErr::GoNilFunc => {
                err_string(self, "invalid memory address or nil pointer dereference")
            }
        }
    }

    pub(super) fn runtime_panic(&mut self, gi: usize, e: RtErr) {
        let v = self.rt_error_value(e);
        self.start_panic_now(gi, v);
    }

    /// `panic(nil)` panics with a `*runtime.PanicNilError` since Go 1.21.
    pub(super) fn panic_nil_error(&mut self) -> Value {
        self.rt_value(
            "PanicNilError",
            true,
            Value::Agg(Box::new([Value::Agg(Box::new([]))])),
        )
    }

    /// The frames of a goroutine as (function, line), innermost first.
    pub fn frames_trace(&self, gi: usize) -> Vec<(crate::value::FuncId, u32)> {
        let g = &self.goroutines[gi];
        g.frames
            .iter()
            .rev()
            .map(|f| {
                let line = self.prog.funcs[f.func.0 as usize].line_before(f.pc);
                (f.func, line)
            })
            .collect()
    }

    pub(super) fn start_panic(&mut self, gi: usize, value: Value) {
        self.start_panic_now(gi, value);
    }

    fn start_panic_now(&mut self, gi: usize, value: Value) {
        let trace = self.frames_trace(gi);
        let g = &mut self.goroutines[gi];
        // Re-panicking with the value just recovered prints as one panic,
        // "[recovered, repanicked]".
        let repanicked = g
            .panics
            .last()
            .is_some_and(|p| p.recovered && p.value == value);
        if repanicked {
            g.panics.pop();
        }
        let id = g.id;
        let depth = g.frames.len().saturating_sub(1);
        let shown = if self.record_events {
            self.brief(&value)
        } else {
            String::new()
        };
        self.goroutines[gi].panics.push(PanicRec {
            value,
            recovered: false,
            repanicked,
            goexit: false,
            trace,
            depth,
        });
        self.emit(id, super::EventKind::Panic { value: shown });
        self.unwind(gi);
    }

    /// `runtime.Goexit`: run the deferred calls, then end the goroutine.
    pub(super) fn goexit(&mut self, gi: usize) {
        let trace = self.frames_trace(gi);
        let depth = self.goroutines[gi].frames.len().saturating_sub(1);
        self.goroutines[gi].panics.push(PanicRec {
            value: Value::Nil,
            recovered: false,
            repanicked: false,
            goexit: true,
            trace,
            depth,
        });
        if self.goroutines[gi].id == crate::GoroutineId::MAIN {
            self.main_goexited = true;
        }
        self.unwind(gi);
    }

    /// Runs the next deferred call of the innermost frame, or discards the
    /// frame and goes on in its caller; with no frames left, the goroutine
    /// dies of its panic.
    pub(super) fn unwind(&mut self, gi: usize) {
        loop {
            let g = &mut self.goroutines[gi];
            let Some(frame) = g.frames.last_mut() else {
                self.die(gi);
                return;
            };
            if let Some(d) = frame.defers.pop() {
                frame.unwinding = true;
                self.invoke_deferred(gi, d);
                return;
            }
            // A panic escaping a nested call (a String method under fmt)
            // stops at the call's floor, where fmt reports it.
            if let Some(&floor) = self.nested_floors.last() {
                if g.frames.len() <= floor + 1 {
                    let Some(value) = g.panics.pop().map(|p| p.value) else {
                        never!(self, "unwinding without a panic");
                        return;
                    };
                    if let Some(f) = g.frames.pop() {
                        g.stack.truncate(f.base as usize);
                    }
                    self.caught = Some(value);
                    return;
                }
            }
            let Some(frame) = g.frames.pop() else {
                continue;
            };
            g.stack.truncate(frame.base as usize);
        }
    }

    /// A deferred call returned normally into the frame that deferred it.
    pub(super) fn after_deferred(&mut self, gi: usize) {
        let g = &mut self.goroutines[gi];
        let at = g.frames.len().saturating_sub(1);
        let Some(frame) = g.frames.last_mut() else {
            return;
        };
        if !frame.unwinding {
            // A normal return running its defers: the frame's pc still
            // points at its Return, which will run the next one.
            return;
        }
        let recovered = g.panics.last().is_some_and(|p| p.recovered && !p.goexit);
        if recovered {
            // The panic is over: the frame returns normally to its caller,
            // as if it had reached its final `return` (every function ends
            // in one). So are the panics it aborted, started in this frame
            // or deeper; one an outer frame recovered before this one
            // panicked again ends when that frame's own deferred call does.
            g.panics.retain(|p| p.depth < at);
            frame.unwinding = false;
            frame.pc = self.prog.funcs[frame.func.0 as usize].code.len() as u32;
            self.do_return(gi);
        } else {
            self.unwind(gi);
        }
    }

    /// `recover()`: only a deferred call made by a panicking frame stops
    /// the panic, and only when it calls recover directly.
    pub(super) fn recover(&mut self, gi: usize) -> Value {
        let g = &mut self.goroutines[gi];
        let n = g.frames.len();
        if n >= 2 && g.frames[n - 1].is_defer && g.frames[n - 2].unwinding {
            if let Some(p) = g.panics.last_mut() {
                if !p.recovered && !p.goexit {
                    p.recovered = true;
                    let v = p.value.clone();
                    let id = g.id;
                    self.emit(id, super::EventKind::Recover);
                    return v;
                }
            }
        }
        Value::Nil
    }

    /// The goroutine ran out of frames while panicking (or Goexit finished).
    /// A panic ends the program at the goroutine's next step: see
    /// [`super::Goroutine::dying`].
    pub(super) fn die(&mut self, gi: usize) {
        let goexit = self.goroutines[gi].panics.last().is_some_and(|p| p.goexit);
        if goexit {
            self.goroutines[gi].panics.clear();
            self.set_status(gi, Status::Exited);
            self.emit(self.goroutines[gi].id, super::EventKind::Exit);
            return;
        }
        if !self.goroutines[gi].dying {
            self.goroutines[gi].dying = true;
            return;
        }
        // Printing may call the value's Error method on this goroutine.
        self.goroutines[gi].dying = false;
        let report = self.panic_report(gi);
        self.write_stderr(report.as_bytes());
        let outcome = super::Outcome::of(super::End::Panic, self);
        self.finish(outcome);
    }

    pub(super) fn stack_overflow(&mut self, gi: usize) {
        let id = self.goroutines[gi].id;
        let text = format!(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine {id} [running]:\n"
        );
        self.fatal_text(&text);
    }

    /// Ends the program with a fatal error report (not recoverable).
    pub(super) fn fatal(&mut self, gi: usize, msg: &str) {
        let mut text = format!("fatal error: {msg}\n\n");
        text.push_str(&self.goroutine_trace(gi, "running"));
        self.fatal_text(&text);
    }

    fn fatal_text(&mut self, text: &str) {
        self.write_stderr(text.as_bytes());
        let outcome = super::Outcome::of(super::End::Fatal, self);
        self.finish(outcome);
    }
}
