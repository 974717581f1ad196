//! One lane per goroutine: where it stands, what it waits for or will do
//! next, and its past events.

use super::{Position, access_text, chan_name, frames, position};
use crate::summary::Summary;
use runtime::GoroutineId;
use runtime::machine::{self as rt, Event, GoroutineRef, Machine, Role, State, WaitReason};
use runtime::value::ChanId;

/// Events a lane keeps: the page shows them all, and a run thousands of
/// steps long must not make every step slower.
pub const LANE_EVENTS: usize = 500;

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Go's goroutine id (main is 1): what the page numbers lanes by.
    pub id: GoroutineId,
    /// The function the goroutine was started with.
    pub entry: String,
    /// Started by library code (the watcher goroutine of
    /// `context.propagateCancel`, a `time.AfterFunc` callback), not by the
    /// learner's `go` statement.
    pub prelude: bool,
    /// The goroutine whose `go` statement started it.
    pub parent: Option<GoroutineId>,
    /// The innermost frame in the learner's code.
    pub at: Position,
    /// The innermost frame, when it is library code below `at`.
    pub inner: Option<Position>,
    pub state: LaneState,
    /// What stepping it will do first (runnable goroutines only).
    pub next: Option<NextOp>,
    /// Its last [`LANE_EVENTS`] events, oldest first, without the locks
    /// and atomics library code took on its behalf (they are how
    /// `context` works, not what the learner's program does).
    pub events: Vec<Event>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LaneState {
    Runnable,
    Blocked(Wait),
    Exited,
    /// Its panic ended the program.
    Panicked,
}

/// Why and on what a goroutine is blocked.
#[derive(Clone, Debug, PartialEq)]
pub struct Wait {
    pub reason: WaitReason,
    /// The channel, for a channel operation.
    pub chan: Option<String>,
    /// Number of cases, for a `select`.
    pub cases: usize,
    /// When a sleeping goroutine wakes (virtual nanoseconds).
    pub until_ns: Option<i64>,
}

/// The scheduling point a runnable goroutine stands on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextOp {
    /// Not started yet.
    Start,
    Send(String),
    Recv(String),
    Close(String),
    /// A `select`: its cases in source order.
    Select(Vec<Arm>),
    /// A `go` statement.
    Go,
    /// A call into the runtime (a lock, a timer, an atomic, ...), by name.
    Call(String),
    /// `main` returning.
    Exit,
    /// A read or write of memory another goroutine can reach, with the
    /// source text of what it touches (`counter`, `c.hits`, `m[k]`).
    Read(String),
    Write(String),
    /// Preempted in the middle of ordinary code.
    Running,
    /// Its panic has unwound everything: the next step prints it and ends
    /// the program (other goroutines may run first).
    Crash,
}

/// One case of a `select` about to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arm {
    pub send: bool,
    pub chan: String,
    /// It could proceed now.
    pub ready: bool,
}

/// The lanes of every goroutine that ever existed, by id.
pub fn lanes(m: &Machine, summary: &Summary) -> Vec<Lane> {
    m.goroutines()
        .map(|g| {
            let trail = summary.trail(g.id());
            let all = frames(m, &g);
            let at = position(m, &g);
            let inner = all.first().filter(|p| p.prelude && **p != at).cloned();
            let panicked = g.panicked()
                && m.outcome()
                    .is_some_and(|o| o.kind() == runtime::machine::OutcomeKind::Panic);
            let state = match g.state() {
                _ if panicked => LaneState::Panicked,
                State::Runnable => LaneState::Runnable,
                State::Exited => LaneState::Exited,
                State::Blocked(reason) => LaneState::Blocked(wait(m, &g, reason)),
            };
            Lane {
                id: g.id(),
                entry: entry(m, &g, trail.and_then(|t| t.entry.clone())),
                prelude: !matches!(g.role(), Role::Main | Role::Program),
                parent: g.parent(),
                at,
                inner,
                state,
                next: g.next_op().map(|op| next_op(m, &g, op)),
                events: trail.map_or_else(Vec::new, |t| {
                    t.events.last(LANE_EVENTS).into_iter().cloned().collect()
                }),
            }
        })
        .collect()
}

/// The function the goroutine was started with, as its start event named
/// it (`time.goFunc` for an `AfterFunc` callback, as Go's traces do).
fn entry(m: &Machine, g: &GoroutineRef<'_>, from_event: Option<String>) -> String {
    match (from_event, g.role(), g.entry()) {
        (Some(func), _, _) => func,
        (None, Role::Main, _) => "main.main".into(),
        (None, _, Some(f)) => m.func(f).name().to_string(),
        (None, _, None) => String::new(),
    }
}

fn wait(m: &Machine, g: &GoroutineRef<'_>, reason: WaitReason) -> Wait {
    Wait {
        reason,
        chan: g.parked_on().map(|c| chan_name(m, c)),
        cases: if reason == WaitReason::Select {
            g.select_cases()
        } else {
            0
        },
        until_ns: (reason == WaitReason::Sleep)
            .then(|| g.wakes_at())
            .flatten(),
    }
}

/// A channel's name, or `nil` for a nil channel.
fn named(m: &Machine, c: Option<ChanId>) -> String {
    c.map_or_else(|| "nil".into(), |c| chan_name(m, c))
}

fn next_op(m: &Machine, g: &GoroutineRef<'_>, op: rt::NextOp) -> NextOp {
    match op {
        rt::NextOp::Memory { write, span } => {
            // A memory event is always in the function on top of the stack.
            let file = g.frames().first().map(|p| m.func(p.func()).file());
            let src = file.and_then(|f| m.source(f)).map(|(_, src)| src);
            let what = src.map(|src| access_text(src, span)).unwrap_or_default();
            if write {
                NextOp::Write(what)
            } else {
                NextOp::Read(what)
            }
        }
        rt::NextOp::Start => NextOp::Start,
        rt::NextOp::Send(c) => NextOp::Send(named(m, c)),
        rt::NextOp::Recv(c) => NextOp::Recv(named(m, c)),
        rt::NextOp::Close(c) => NextOp::Close(named(m, c)),
        rt::NextOp::Select(arms) => NextOp::Select(
            arms.into_iter()
                .map(|arm| match arm {
                    rt::Arm::Send { chan, ready } => Arm {
                        send: true,
                        chan: named(m, chan),
                        ready,
                    },
                    rt::Arm::Recv { chan, ready } => Arm {
                        send: false,
                        chan: named(m, chan),
                        ready,
                    },
                })
                .collect(),
        ),
        rt::NextOp::Go => NextOp::Go,
        rt::NextOp::Sync { func, .. } => NextOp::Call(func),
        rt::NextOp::Exit => NextOp::Exit,
        rt::NextOp::Running => NextOp::Running,
        rt::NextOp::Crash => NextOp::Crash,
    }
}
