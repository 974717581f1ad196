//! The event stream: what happened, step by step, for the UI's lanes and
//! sequence diagram and for `gosim run --trace`. Recording is off unless
//! asked for, so exploring thousands of schedules pays nothing for it.

use super::{Machine, WaitReason};
use crate::GoroutineId;
use crate::bytecode::{Func, MemoryUse, Op};
use crate::value::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// A goroutine was started (by a `go` statement or a timer).
    Start {
        parent: Option<GoroutineId>,
        func: String,
        prelude: bool,
    },
    Block {
        reason: WaitReason,
    },
    Unblock,
    Exit,
    Send {
        chan: u32,
        value: String,
    },
    Recv {
        chan: u32,
        value: String,
        ok: bool,
    },
    Close {
        chan: u32,
    },
    /// A `select` fired case `case` (`None`: its `default`).
    Select {
        case: Option<usize>,
    },
    /// An operation of the runtime others can observe (a lock, an atomic,
    /// a timer, ...), with the Go function that did it
    /// (`sync.(*Mutex).Lock`, `sync/atomic.AddInt32`).
    Sync {
        op: super::SyncOp,
        func: String,
    },
    TimerFire {
        at_ns: i64,
    },
    /// A read or write of shared memory that was a step of its own: what
    /// it touched (a source span, see `NextOp::Memory`) and the value read
    /// or written (empty when there is no single one, as for `append`).
    Memory {
        write: bool,
        span: Option<(u32, u32)>,
        value: String,
    },
    Panic {
        value: String,
    },
    Recover,
    Output {
        fd: u8,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The scheduling step during which it happened.
    pub(crate) step: u64,
    /// The goroutine it is about (`None`: the runtime's own, such as a
    /// timer firing).
    pub(crate) goroutine: Option<GoroutineId>,
    /// Source line in the learner's file (or the innermost frame), 0 if none.
    pub(crate) line: u32,
    /// It happened inside library code (the prelude): a lock inside
    /// `context`, say, rather than one the learner wrote.
    pub(crate) library: bool,
    pub(crate) kind: EventKind,
}

impl Event {
    pub fn step(&self) -> u64 {
        self.step
    }

    pub fn goroutine(&self) -> Option<GoroutineId> {
        self.goroutine
    }

    pub fn line(&self) -> u32 {
        self.line
    }

    pub fn library(&self) -> bool {
        self.library
    }

    pub fn kind(&self) -> &EventKind {
        &self.kind
    }
}

/// A memory access that begins a step, noted before it runs.
pub(super) struct PendingAccess {
    write: bool,
    span: Option<(u32, u32)>,
    /// What a store writes, read off the stack before it runs.
    stored: Option<String>,
}

impl Machine {
    /// Records an event of the runtime's own (no goroutine did it).
    pub(super) fn emit_runtime(&mut self, kind: EventKind) {
        if !self.record_events || self.nested > 0 {
            return;
        }
        self.events.push(Event {
            step: self.steps,
            goroutine: None,
            line: 0,
            library: false,
            kind,
        });
    }

    /// Records an event about goroutine `id` if recording is on.
    pub(super) fn emit(&mut self, id: GoroutineId, kind: EventKind) {
        if !self.record_events || self.nested > 0 {
            return;
        }
        let gi = self.index_of(id);
        let line = gi.map_or(0, |gi| self.user_position(gi).1);
        let library = gi
            .and_then(|gi| self.goroutines[gi].frames.last())
            .is_some_and(|f| self.prog.funcs[f.func.0 as usize].prelude);
        self.events.push(Event {
            step: self.steps,
            goroutine: Some(id),
            line,
            library,
            kind,
        });
    }

    /// The access `op` (at `pc` of `func`) makes, if goroutine `gi` is about
    /// to run it as a memory event.
    pub(super) fn memory_event_of(
        &self,
        gi: usize,
        op: &Op,
        pc: usize,
        func: &Func,
    ) -> Option<PendingAccess> {
        let write = op.memory_use()? == MemoryUse::Write;
        if !self.is_memory_event(gi, op) {
            return None;
        }
        let single = matches!(
            op,
            Op::StoreCell(_) | Op::StoreCapture(_) | Op::StoreGlobal(_) | Op::StoreInd | Op::MapSet
        );
        let top = self.goroutines[gi].stack.last();
        Some(PendingAccess {
            write,
            span: func.access_span(pc),
            stored: top.filter(|_| single).map(|v| self.brief(v)),
        })
    }

    /// Records a memory access that began the step, now that it ran: a
    /// load's value is on top of the stack (under `ok` for `v, ok :=
    /// m[k]`).
    pub(super) fn emit_memory_event(&mut self, gi: usize, op: &Op, a: PendingAccess) {
        let below = usize::from(matches!(op, Op::MapGet(_, true)));
        let loaded = || {
            let st = &self.goroutines[gi].stack;
            let v = st.len().checked_sub(1 + below).and_then(|i| st.get(i));
            v.map(|v| self.brief(v)).unwrap_or_default()
        };
        let value = match a.stored {
            Some(v) => v,
            None if !a.write && !matches!(op, Op::MapIter | Op::MapNext) => loaded(),
            None => String::new(),
        };
        let id = self.goroutines[gi].id;
        self.emit(
            id,
            EventKind::Memory {
                write: a.write,
                span: a.span,
                value,
            },
        );
    }

    /// A short, side-effect-free rendering of a value for events (no
    /// `String` methods run).
    pub fn brief(&self, v: &Value) -> String {
        match v {
            Value::Nil => "nil".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::format::format_float(*f, b'g', -1, 64),
            Value::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
            Value::Agg(items) if items.is_empty() => "{}".into(),
            Value::Agg(items) => format!(
                "{{{}}}",
                items
                    .iter()
                    .map(|i| self.brief(i))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Value::Iface(i) => self.brief(&i.val),
            Value::Chan(c) => format!("chan#{}", c.0),
            Value::Ptr(_) => "&…".into(),
            Value::Slice(s) => format!("[{} items]", s.len),
            Value::Map(_) => "map[…]".into(),
            Value::Func(_) => "func".into(),
        }
    }
}
