//! One lane per goroutine: where it stands, what it waits for or will do
//! next, and its past events.

use super::{Position, chan_name, frames, position};
use runtime::bytecode::{Op, SelectCase};
use runtime::machine::{Event, EventKind, Machine, Status, WaitReason};
use runtime::value::Value;

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Go's goroutine id (main is 1): what the page numbers lanes by.
    pub id: u32,
    /// The function the goroutine was started with.
    pub entry: String,
    /// Started by library code (the watcher goroutine of
    /// `context.propagateCancel`, a `time.AfterFunc` callback), not by the
    /// learner's `go` statement.
    pub prelude: bool,
    /// The goroutine whose `go` statement started it.
    pub parent: Option<u32>,
    /// The innermost frame in the learner's code.
    pub at: Position,
    /// The innermost frame, when it is library code below `at`.
    pub inner: Option<Position>,
    pub state: LaneState,
    /// What stepping it will do first (runnable goroutines only).
    pub next: Option<NextOp>,
    /// Its events so far, oldest first, without the locks and atomics
    /// library code took on its behalf (they are how `context` works, not
    /// what the learner's program does).
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
pub fn lanes(m: &Machine, events: &[Event]) -> Vec<Lane> {
    m.goroutines
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let mine: Vec<Event> = events
                .iter()
                .filter(|e| e.goroutine == g.id)
                .cloned()
                .collect();
            let (entry, prelude, parent) = started(m, gi, &mine);
            let mut all = frames(m, gi);
            if all.is_empty() {
                all = super::panic_frames(m, gi);
            }
            let at = position(m, gi);
            let inner = all.first().filter(|p| p.prelude && **p != at).cloned();
            let panicked = g.panics.iter().any(|p| !p.recovered)
                && m.outcome
                    .as_ref()
                    .is_some_and(|o| o.kind() == runtime::machine::OutcomeKind::Panic);
            let state = match &g.status {
                _ if panicked => LaneState::Panicked,
                Status::Runnable => LaneState::Runnable,
                Status::Exited => LaneState::Exited,
                Status::Blocked(reason) => LaneState::Blocked(wait(m, gi, *reason)),
            };
            let next = (state == LaneState::Runnable && m.outcome.is_none())
                .then(|| next_op(m, gi, &mine));
            Lane {
                id: g.id,
                entry,
                prelude,
                parent,
                at,
                inner,
                state,
                next,
                events: mine
                    .into_iter()
                    .filter(|e| !(e.library && matches!(e.kind, EventKind::Sync { .. })))
                    .collect(),
            }
        })
        .collect()
}

/// The entry function, whether library code started it, and its parent.
fn started(m: &Machine, gi: usize, events: &[Event]) -> (String, bool, Option<u32>) {
    let from_event = events.iter().find_map(|e| match &e.kind {
        EventKind::Start {
            parent,
            func,
            prelude,
        } => Some((func.clone(), *prelude, *parent)),
        _ => None,
    });
    if let Some(s) = from_event {
        return s;
    }
    if m.goroutines[gi].id == 1 {
        return ("main.main".into(), false, None);
    }
    let bottom = m.goroutines[gi]
        .frames
        .first()
        .map(|f| &m.prog.funcs[f.func.0 as usize]);
    (
        bottom.map_or_else(String::new, |f| f.name.clone()),
        bottom.is_some_and(|f| f.prelude),
        None,
    )
}

fn wait(m: &Machine, gi: usize, reason: WaitReason) -> Wait {
    let id = m.goroutines[gi].id;
    let chan = m
        .chans
        .iter()
        .find(|c| {
            c.recvq
                .iter()
                .chain(c.sendq.iter())
                .any(|w| w.goroutine == id && w.case.is_none())
        })
        .map(|c| chan_name(m, c.id));
    let cases = match reason {
        WaitReason::Select => select_cases(m, gi, true).map_or(0, |c| c.len()),
        _ => 0,
    };
    Wait {
        reason,
        chan,
        cases,
        until_ns: (reason == WaitReason::Sleep)
            .then(|| m.wake_time(id))
            .flatten(),
    }
}

/// The op goroutine `gi`'s innermost frame stands on (`blocked`: the one
/// it blocked on, just before its pc).
fn current_op(m: &Machine, gi: usize, blocked: bool) -> Option<&Op> {
    let f = m.goroutines[gi].frames.last()?;
    let pc = if blocked { f.pc.checked_sub(1)? } else { f.pc };
    m.prog.funcs[f.func.0 as usize].code.get(pc as usize)
}

/// The channels of the `select` a goroutine stands on, with whether each
/// case sends. Before it runs, the operands are on top of its stack.
fn select_cases(m: &Machine, gi: usize, blocked: bool) -> Option<Vec<(bool, Value)>> {
    let Some(Op::Select(t)) = current_op(m, gi, blocked) else {
        return None;
    };
    let table = m.prog.selects.get(*t as usize)?;
    if blocked {
        return Some(
            table
                .cases
                .iter()
                .map(|c| (*c == SelectCase::Send, Value::Nil))
                .collect(),
        );
    }
    let width: usize = table
        .cases
        .iter()
        .map(|c| if *c == SelectCase::Send { 2 } else { 1 })
        .sum();
    let stack = &m.goroutines[gi].stack;
    let mut ops = stack.get(stack.len().checked_sub(width)?..)?.iter();
    table
        .cases
        .iter()
        .map(|c| {
            let ch = ops.next()?.clone();
            if *c == SelectCase::Send {
                ops.next()?;
            }
            Some((*c == SelectCase::Send, ch))
        })
        .collect()
}

/// The channel value `below` slots under the top of goroutine `gi`'s stack.
fn stack_chan(m: &Machine, gi: usize, below: usize) -> String {
    let stack = &m.goroutines[gi].stack;
    match stack
        .len()
        .checked_sub(below + 1)
        .and_then(|i| stack.get(i))
    {
        Some(Value::Chan(c)) => chan_name(m, *c),
        _ => "nil".into(),
    }
}

fn next_op(m: &Machine, gi: usize, events: &[Event]) -> NextOp {
    // main has no start event: it has not started while nothing has run.
    let not_started = if m.goroutines[gi].id == 1 {
        m.steps == 0
    } else {
        events
            .iter()
            .all(|e| matches!(e.kind, EventKind::Start { .. }))
    };
    if not_started {
        return NextOp::Start;
    }
    if m.goroutines[gi].dying {
        return NextOp::Crash;
    }
    let Some(op) = current_op(m, gi, false) else {
        return NextOp::Running;
    };
    match op {
        Op::Send => NextOp::Send(stack_chan(m, gi, 1)),
        Op::Recv(_) => NextOp::Recv(stack_chan(m, gi, 0)),
        Op::Close => NextOp::Close(stack_chan(m, gi, 0)),
        Op::Select(_) => NextOp::Select(
            select_cases(m, gi, false)
                .unwrap_or_default()
                .into_iter()
                .map(|(send, c)| Arm {
                    send,
                    ready: m.case_ready(send, &c),
                    chan: match c {
                        Value::Chan(id) => chan_name(m, id),
                        _ => "nil".into(),
                    },
                })
                .collect(),
        ),
        Op::Go(_) => NextOp::Go,
        Op::Exit => NextOp::Exit,
        Op::CallNative(id, _) => NextOp::Call(
            m.prog
                .natives
                .get(id.0 as usize)
                .cloned()
                .unwrap_or_default(),
        ),
        Op::Call(f, _) => NextOp::Call(m.prog.funcs[f.0 as usize].name.clone()),
        _ => NextOp::Running,
    }
}
