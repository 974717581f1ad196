//! The event stream: what happened, step by step, for the UI's lanes and
//! sequence diagram and for `gosim run --trace`. Recording is off unless
//! asked for, so exploring thousands of schedules pays nothing for it.

use super::{Machine, WaitReason};
use crate::GoroutineId;
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

impl Machine {
    /// Records an event about goroutine `id` if recording is on.
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

    /// A short, side-effect-free rendering of a value for events (no
    /// `String` methods run).
    pub fn brief(&self, v: &Value) -> String {
        match v {
            Value::Nil => "nil".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
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
