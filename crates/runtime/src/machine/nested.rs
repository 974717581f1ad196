//! Go code run from inside a native: `fmt` calling a value's `String` or
//! `Error` method. Such a call runs to completion on the calling goroutine
//! without scheduling points in between (as if it were one step); a panic
//! inside it is caught and reported the way `fmt` reports it.

use super::Machine;
use crate::GoroutineId;
use crate::format::{self, FmtHost, MethodCall};
use crate::value::{FuncId, ObjId, Ptr, SliceVal, Value};
use types::{TypeId, Types};

/// The machine seen by the formatter, on behalf of goroutine `gi`.
pub struct Host<'m> {
    m: &'m mut Machine,
    gi: usize,
    /// What the formatter met that cannot exist (a pointer to nothing, a
    /// `String` method without its result): reported by [`Host::done`].
    broken: std::cell::Cell<Option<&'static str>>,
}

impl<'m> Host<'m> {
    fn new(m: &'m mut Machine, gi: usize) -> Host<'m> {
        Host {
            m,
            gi,
            broken: std::cell::Cell::new(None),
        }
    }

    fn broke(&self, what: &'static str) {
        self.broken.set(Some(what));
    }

    /// Ends the formatting, reporting what broke, if anything did.
    fn done(self) {
        if let Some(what) = self.broken.get() {
            never!(self.m, "fmt found {what}");
        }
    }
}

impl FmtHost for Host<'_> {
    fn types(&self) -> &Types {
        &self.m.checked.types
    }

    fn load(&self, p: &Ptr) -> Value {
        self.m.heap.load(p).unwrap_or_else(|_| {
            self.broke("a pointer to nothing");
            Value::Nil
        })
    }

    fn slice_elems(&self, s: &SliceVal) -> Vec<Value> {
        self.m.heap.slice_elems(s)
    }

    fn map_entries(&self, m: ObjId) -> Vec<(Value, Value)> {
        match self.m.heap.map(m) {
            Some(m) => m.entries(),
            None => {
                self.broke("a map value that is not a map");
                Vec::new()
            }
        }
    }

    fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> MethodCall {
        let Some(sym) = self.m.prog.method_names.iter().position(|n| n == name) else {
            return MethodCall::Absent;
        };
        let Some(&(f, _)) = self.m.prog.methods.get(&(ty, sym as u32)) else {
            return MethodCall::Absent;
        };
        if !self.m.returns_string(f) {
            return MethodCall::Absent;
        }
        match self.m.call_sync(self.gi, f, vec![v.clone()]) {
            Ok(results) => match results.first() {
                Some(r) => MethodCall::Returned(r.as_bytes().to_vec()),
                None => {
                    self.broke("a String method that returned nothing");
                    MethodCall::Returned(Vec::new())
                }
            },
            Err(text) => MethodCall::Panicked(text),
        }
    }

    fn address(&self, v: &Value) -> u64 {
        let n = match v {
            Value::Ptr(p) => {
                u64::from(p.obj.0) * 64
                    + u64::from(p.idx) * 8
                    + p.sub
                        .as_ref()
                        .map_or(0, |s| s.iter().map(|i| u64::from(*i) * 8).sum())
            }
            Value::Map(m) => u64::from(m.0) * 64,
            Value::Chan(c) => 0x8000_0000 + u64::from(c.0) * 96,
            Value::Func(f) => 0x4000_0000 + u64::from(f.func.0) * 32,
            Value::Slice(s) => u64::from(s.obj.0) * 64 + u64::from(s.off) * 8,
            _ => 0,
        };
        0xc000_010000 + n
    }
}

impl Machine {
    /// Whether a method has the exact shape `func() string` (after its receiver).
    fn returns_string(&self, f: FuncId) -> bool {
        let func = &self.prog.funcs[f.0 as usize];
        func.params == 1 && func.results.len() == 1
    }

    /// Calls `f` with `args` on goroutine `gi` and runs it to completion.
    /// `Err` carries the text of a panic that escaped it.
    pub(super) fn call_sync(
        &mut self,
        gi: usize,
        f: FuncId,
        args: Vec<Value>,
    ) -> Result<Vec<Value>, String> {
        let depth = self.goroutines[gi].frames.len();
        let sp = self.goroutines[gi].stack.len();
        let saved_status = self.goroutines[gi].status.clone();
        let saved_panics = std::mem::take(&mut self.goroutines[gi].panics);
        let argc = args.len();
        self.goroutines[gi].stack.extend(args);
        self.push_frame(gi, f, argc, None, false);
        self.nested += 1;
        self.nested_floors.push(depth);
        let mut sched = NoChoices;
        while self.outcome.is_none()
            && self.goroutines[gi].frames.len() > depth
            && self.goroutines[gi].status == super::Status::Runnable
        {
            if self.caught.is_some() {
                break;
            }
            self.run_goroutine(gi, &mut sched);
        }
        self.nested_floors.pop();
        self.nested -= 1;
        let caught = self.caught.take();
        let blocked = self.goroutines[gi].status != super::Status::Runnable;
        let at = sp.min(self.goroutines[gi].stack.len());
        let results = self.goroutines[gi].stack.split_off(at);
        self.goroutines[gi].frames.truncate(depth);
        self.set_status(gi, saved_status);
        self.goroutines[gi].panics = saved_panics;
        if let Some(v) = caught {
            let text = self.plain_panic_text(gi, &v);
            return Err(text);
        }
        if blocked {
            return Err("a String or Error method blocked (the Dojo runs them as one step)".into());
        }
        Ok(results)
    }

    /// The text `fmt` shows for a value a `String` method panicked with.
    fn plain_panic_text(&mut self, gi: usize, v: &Value) -> String {
        let mut host = Host::new(self, gi);
        let text = match format::panic_value(&mut host, v) {
            format::PanicText::Value(b) | format::PanicText::Fatal(b) => {
                String::from_utf8_lossy(&b).into_owned()
            }
        };
        host.done();
        text
    }

    /// The text after `panic: ` in a panic report.
    pub(super) fn panic_value_text(&mut self, gi: usize, v: &Value) -> String {
        self.plain_panic_text(gi, v)
    }

    pub(super) fn native_format(
        &mut self,
        gi: usize,
        native: super::natives::Native,
        args: &[Value],
    ) -> Vec<u8> {
        use super::natives::Native;
        let (fmt_str, rest) = match native {
            Native::Sprintf => (args.first().map(|f| f.as_bytes().to_vec()), args.get(1)),
            _ => (None, args.first()),
        };
        let items = match rest {
            Some(Value::Slice(s)) => self.heap.slice_elems(s),
            _ => Vec::new(),
        };
        let mut host = Host::new(self, gi);
        let out = match (native, fmt_str) {
            (Native::Sprintf, Some(f)) => format::sprintf(&mut host, &f, &items),
            (Native::Sprintln, _) => format::sprintln(&mut host, &items),
            _ => format::sprint(&mut host, &items),
        };
        host.done();
        out
    }

    pub(super) fn print_builtin_value(&mut self, v: &Value, ty: TypeId) -> String {
        let host = Host::new(self, 0);
        let out = String::from_utf8_lossy(&format::print_value(&host, v, ty)).into_owned();
        host.done();
        out
    }
}

/// Nested calls make no choices: they run as one step of the caller.
struct NoChoices;

impl crate::sched::Scheduler for NoChoices {
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId {
        runnable[0]
    }

    fn pick_case(&mut self, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        ready[0]
    }

    fn pick_rand(&mut self, _goroutine: GoroutineId, _n: u64) -> u64 {
        0
    }
}
