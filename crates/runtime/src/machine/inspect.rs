//! Reading a machine state for display: each goroutine (its role, where it
//! stands, what it will do next or waits for), each channel (`hchan`'s
//! buffer, flag and queues), and read-only access to values, so the page
//! can draw a state without knowing how the machine stores it.
//!
//! Nothing here changes the machine or notes a footprint.

use super::syncop::SyncOp;
use super::{Creator, Machine, Role, Status, WaitReason};
use crate::GoroutineId;
use crate::bytecode::{Op, SelectCase};
use crate::value::{ChanId, FuncId, ObjId, Ptr, Value};

/// Where a goroutine is: its state, as Go's scheduler has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Runnable,
    Blocked(WaitReason),
    Exited,
}

/// The scheduling point a runnable goroutine stands on: what stepping it
/// does first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextOp {
    /// It has not run yet.
    Start,
    /// A send, receive or close (`None`: on a nil channel).
    Send(Option<ChanId>),
    Recv(Option<ChanId>),
    Close(Option<ChanId>),
    /// A `select`, its cases in source order.
    Select(Vec<Arm>),
    /// A `go` statement.
    Go,
    /// An operation of the runtime others can observe (a lock, a timer, an
    /// atomic, a write, ...), with the Go function that performs it.
    Sync {
        op: SyncOp,
        func: String,
    },
    /// `main` returning.
    Exit,
    /// A read or write of memory another goroutine can reach: a step of
    /// its own, so another goroutine can come between a read and a write.
    /// `span`: the source (byte offsets in its file) of what it touches.
    Memory {
        write: bool,
        span: Option<(u32, u32)>,
    },
    /// Preempted in the middle of ordinary code.
    Running,
    /// Its panic has unwound everything: the next step prints it and ends
    /// the program (other goroutines may run first).
    Crash,
}

/// One case of a `select` about to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arm {
    /// Sends on the channel (`None`: a nil channel, never ready).
    Send {
        chan: Option<ChanId>,
        ready: bool,
    },
    Recv {
        chan: Option<ChanId>,
        ready: bool,
    },
}

/// One frame of a goroutine, as the page places it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    func: FuncId,
    line: u32,
}

impl Place {
    pub fn func(&self) -> FuncId {
        self.func
    }

    pub fn line(&self) -> u32 {
        self.line
    }
}

/// A goroutine of a machine, for reading.
#[derive(Clone, Copy)]
pub struct GoroutineRef<'m> {
    m: &'m Machine,
    gi: usize,
}

impl Machine {
    /// Every goroutine that ever existed, by id (main is 1).
    pub fn goroutines(&self) -> impl Iterator<Item = GoroutineRef<'_>> {
        (0..self.goroutines.len()).map(|gi| GoroutineRef { m: self, gi })
    }

    pub fn goroutine(&self, id: GoroutineId) -> Option<GoroutineRef<'_>> {
        self.index_of(id).map(|gi| GoroutineRef { m: self, gi })
    }

    /// Every channel the program made, in order of creation.
    pub fn channels(&self) -> impl Iterator<Item = ChanRef<'_>> {
        self.chans.iter().map(|c| ChanRef { m: self, c })
    }

    pub fn channel(&self, id: ChanId) -> Option<ChanRef<'_>> {
        self.chans
            .get(id.0 as usize)
            .map(|c| ChanRef { m: self, c })
    }

    /// The value a pointer points to (`None`: it points to nothing, which a
    /// Go program cannot make).
    pub fn load(&self, p: &Ptr) -> Option<Value> {
        self.heap.peek(p)
    }

    /// A heap object, for walking the values a program holds.
    pub fn object(&self, id: ObjId) -> Option<&super::Obj> {
        self.heap.get(id)
    }

    /// Every heap object, in order of allocation.
    pub fn objects(&self) -> impl Iterator<Item = &super::Obj> {
        (0..self.heap.len()).filter_map(|i| self.heap.get(ObjId(i as u32)))
    }

    /// Compiled function `f`.
    pub fn func(&self, f: FuncId) -> &crate::bytecode::Func {
        &self.prog.funcs[f.0 as usize]
    }

    /// The program's types, for reading values by their type.
    pub fn types(&self) -> &types::Types {
        &self.checked.types
    }

    /// Whether the program imports the package at `path`, directly or not.
    pub fn has_package(&self, path: &str) -> bool {
        self.checked.packages.iter().any(|p| p.path == path)
    }

    /// The compiled program.
    pub fn program(&self) -> &crate::bytecode::Program {
        &self.prog
    }

    /// The source of file `file` of the program (the learner's or the
    /// prelude's), and the name traces give it.
    pub fn source(&self, file: u32) -> Option<(&str, &str)> {
        let f = self.checked.files.get(file as usize)?;
        Some((f.name.as_str(), f.src.as_str()))
    }
}

impl<'m> GoroutineRef<'m> {
    fn g(&self) -> &'m super::Goroutine {
        &self.m.goroutines[self.gi]
    }

    pub fn id(&self) -> GoroutineId {
        self.g().id
    }

    pub fn role(&self) -> Role {
        self.g().role
    }

    pub fn state(&self) -> State {
        match self.g().status {
            Status::Runnable => State::Runnable,
            Status::Blocked(r) => State::Blocked(r),
            Status::Exited => State::Exited,
        }
    }

    /// The goroutine whose `go` statement started it.
    pub fn parent(&self) -> Option<GoroutineId> {
        match self.g().created_by {
            Some(Creator::Go { parent, .. }) => Some(parent),
            Some(Creator::Timer) | None => None,
        }
    }

    /// The function it was started with (its bottom frame's, while it has
    /// one).
    pub fn entry(&self) -> Option<FuncId> {
        self.g().frames.first().map(|f| f.func)
    }

    /// Its frames, innermost first. A goroutine stopped at a scheduling
    /// point stands on the instruction it will run next; one that is
    /// blocked, on the instruction that blocked it; outer frames, on the
    /// call they are in.
    pub fn frames(&self) -> Vec<Place> {
        let g = self.g();
        let blocked = matches!(g.status, Status::Blocked(_));
        g.frames
            .iter()
            .rev()
            .enumerate()
            .map(|(depth, f)| {
                let func = &self.m.prog.funcs[f.func.0 as usize];
                let line = if depth == 0 && !blocked {
                    func.line_before(f.pc + 1)
                } else {
                    func.line_before(f.pc)
                };
                Place { func: f.func, line }
            })
            .collect()
    }

    /// The frames it had when its last panic started, innermost first
    /// (its own frames are gone once the panic has unwound them).
    pub fn panic_frames(&self) -> Vec<Place> {
        self.g().panics.last().map_or_else(Vec::new, |p| {
            p.trace
                .iter()
                .map(|&(func, line)| Place { func, line })
                .collect()
        })
    }

    /// It panicked, and nothing recovered.
    pub fn panicked(&self) -> bool {
        self.g().panics.iter().any(|p| !p.recovered)
    }

    /// The values on its stack (locals and operands): what it holds.
    pub fn values(&self) -> &'m [Value] {
        &self.g().stack
    }

    /// The variables its entry function captured (a closure's cells).
    pub fn captures(&self) -> &'m [Value] {
        self.g()
            .frames
            .first()
            .and_then(|f| f.closure.as_deref())
            .map_or(&[], |c| &c.captures)
    }

    /// When it wakes from `time.Sleep`, in virtual nanoseconds.
    pub fn wakes_at(&self) -> Option<i64> {
        self.m.wake_time(self.id())
    }

    /// The channel it is parked on by a plain send or receive.
    pub fn parked_on(&self) -> Option<ChanId> {
        let id = self.id();
        self.m
            .chans
            .iter()
            .find(|c| {
                c.recvq
                    .iter()
                    .chain(c.sendq.iter())
                    .any(|w| w.goroutine == id && w.case.is_none())
            })
            .map(|c| c.id)
    }

    /// The number of cases of the `select` it is blocked in.
    pub fn select_cases(&self) -> usize {
        match self.current_op(true) {
            Some(Op::Select(t)) => self
                .m
                .prog
                .selects
                .get(*t as usize)
                .map_or(0, |t| t.cases.len()),
            _ => 0,
        }
    }

    /// The op its innermost frame stands on (`blocked`: the one it blocked
    /// on, just before its pc).
    fn current_op(&self, blocked: bool) -> Option<&'m Op> {
        let f = self.g().frames.last()?;
        let pc = if blocked { f.pc.checked_sub(1)? } else { f.pc };
        self.m.prog.funcs[f.func.0 as usize].code.get(pc as usize)
    }

    /// It stands before locking a mutex it found (or saw) taken, and was
    /// let go to try again: being woken then completed nothing of its.
    pub fn waits_to_lock(&self) -> bool {
        self.g().started && self.m.lock_target(self.gi).is_some()
    }

    /// Its last step ended with a yield: `runtime.Gosched()`, `time.Sleep`
    /// of zero or less, or a `select` that took its `default`. A scheduler
    /// that imitates Go lets another goroutine go next.
    pub fn just_yielded(&self) -> bool {
        self.g().just_yielded
    }

    /// It was let go after spinning (see `spin.rs`) and has not run since.
    pub fn spun(&self) -> bool {
        self.g().spun
    }

    /// What stepping it does first, for a runnable goroutine of a machine
    /// that has not ended (`None` otherwise).
    pub fn next_op(&self) -> Option<NextOp> {
        let g = self.g();
        if g.status != Status::Runnable || self.m.outcome.is_some() {
            return None;
        }
        if !g.started {
            return Some(NextOp::Start);
        }
        if g.dying {
            return Some(NextOp::Crash);
        }
        let Some(op) = self.current_op(false) else {
            return Some(NextOp::Running);
        };
        let operand = |below: usize| -> Option<ChanId> {
            let st = &g.stack;
            match st.len().checked_sub(below + 1).and_then(|i| st.get(i)) {
                Some(Value::Chan(c)) => Some(*c),
                _ => None,
            }
        };
        let sync = |id: Option<crate::bytecode::NativeId>| {
            let id = id.map(|id| id.0 as usize);
            let native = id.and_then(|id| self.m.natives.get(id));
            let name = id.and_then(|id| self.m.prog.natives.get(id));
            match (native.and_then(|n| n.sync_op()), name) {
                (Some(op), Some(func)) => NextOp::Sync {
                    op,
                    func: func.clone(),
                },
                _ => NextOp::Running,
            }
        };
        Some(match op {
            Op::Send => NextOp::Send(operand(1)),
            Op::Recv(_) => NextOp::Recv(operand(0)),
            Op::Close => NextOp::Close(operand(0)),
            Op::Select(t) => NextOp::Select(self.arms(*t as usize)),
            Op::Go(..) => NextOp::Go,
            Op::Exit => NextOp::Exit,
            Op::CallNative(id, _) => sync(Some(*id)),
            Op::Call(f, _) => sync(self.m.prog.funcs[f.0 as usize].native),
            _ => match op.memory_use() {
                Some(how) if self.m.is_memory_event(self.gi, op) => NextOp::Memory {
                    write: how == crate::bytecode::MemoryUse::Write,
                    span: g.frames.last().and_then(|f| {
                        self.m.prog.funcs[f.func.0 as usize].access_span(f.pc as usize)
                    }),
                },
                _ => NextOp::Running,
            },
        })
    }

    /// The cases of the `select` it is about to run, whose operands are on
    /// top of its stack in source order (a channel, then a send's value).
    fn arms(&self, table: usize) -> Vec<Arm> {
        let Some(t) = self.m.prog.selects.get(table) else {
            return Vec::new();
        };
        let width: usize = t
            .cases
            .iter()
            .map(|c| if *c == SelectCase::Send { 2 } else { 1 })
            .sum();
        let st = &self.g().stack;
        let Some(mut ops) = st.len().checked_sub(width).map(|at| st[at..].iter()) else {
            return Vec::new();
        };
        t.cases
            .iter()
            .filter_map(|c| {
                let send = *c == SelectCase::Send;
                let ch = ops.next()?;
                if send {
                    ops.next()?;
                }
                let ready = self.m.case_ready(send, ch);
                let chan = match ch {
                    Value::Chan(id) => Some(*id),
                    _ => None,
                };
                Some(if send {
                    Arm::Send { chan, ready }
                } else {
                    Arm::Recv { chan, ready }
                })
            })
            .collect()
    }
}

/// A channel of a machine, for reading.
#[derive(Clone, Copy)]
pub struct ChanRef<'m> {
    m: &'m Machine,
    c: &'m super::Chan,
}

impl<'m> ChanRef<'m> {
    pub fn id(&self) -> ChanId {
        self.c.id
    }

    pub fn cap(&self) -> usize {
        self.c.cap
    }

    pub fn closed(&self) -> bool {
        self.c.closed
    }

    /// The buffered values, oldest first.
    pub fn buffer(&self) -> impl Iterator<Item = &'m Value> {
        self.c.buf.iter()
    }

    /// Goroutines parked receiving, in queue order.
    pub fn receivers(&self) -> impl Iterator<Item = GoroutineId> + 'm {
        self.c.recvq.iter().map(|w| w.goroutine)
    }

    /// Goroutines parked sending, in queue order, with the values they
    /// offer.
    pub fn senders(&self) -> impl Iterator<Item = (GoroutineId, &'m Value)> {
        self.c.sendq.iter().map(|w| (w.goroutine, &w.value))
    }

    /// Where `make` made it: the function and line (`None` for a timer's
    /// channel, which the runtime makes).
    pub fn origin(&self) -> Option<(FuncId, u32)> {
        self.c.origin
    }

    /// A timer's or ticker's channel.
    pub fn is_timer(&self) -> bool {
        self.m.timers.chans.values().any(|c| *c == self.c.id)
    }

    /// The element type, as Go writes it.
    pub fn elem(&self) -> String {
        self.c
            .elem
            .map_or_else(|| "time.Time".into(), |t| self.m.type_name(t))
    }
}
