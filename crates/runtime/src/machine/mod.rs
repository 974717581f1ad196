//! The machine: the whole state of a running program as plain data —
//! goroutines (each with its own value stack and frames), the heap,
//! channels, sync objects, timers and the virtual clock — and the loop
//! that advances it one scheduling step at a time.
//!
//! **Everything nondeterministic is asked of the [`Scheduler`].** The
//! machine never reads a clock or a random source, so a run is a pure
//! function of the program and the scheduler's answers.

mod arith;
mod calls;
mod chan;
mod collections;
mod exec;
mod footprint;
mod gomap;
mod growslice;
mod heap;
mod hot;
mod inspect;
mod mutex;
mod natives;
mod nested;
mod ops;
mod panics;
mod query;
mod race;
mod report;
mod shared;
mod sorted_map;
mod spin;
mod syncobj;
mod syncop;
mod timers;
mod trace;
mod valuenatives;

pub use chan::Chan;
pub use footprint::{ANY, Access, Footprint, Loc, Touch};
pub use heap::{Heap, Obj};
pub use inspect::{Arm, ChanRef, GoroutineRef, NextOp, Place, State};
pub use natives::Native;
pub use program::Role;
pub use query::Probe;
pub use race::{Race, RaceAccess};
pub use report::{Blocked, End, INTERNAL_NOTE, Limit, Outcome, OutcomeKind};
pub use syncop::SyncOp;
pub use timers::TimeModel;
pub use trace::{Event, EventKind};

use crate::GoroutineId;
use crate::bytecode::Program;
use crate::sched::Scheduler;
use crate::value::{Closure, FuncId, Ptr, Value};
use std::fmt;
use std::rc::Rc;
use types::Checked;

/// Why a goroutine is blocked, named as Go names it in tracebacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    ChanReceiveNil,
    ChanSendNil,
    Select,
    SelectNoCases,
    MutexLock,
    RWMutexLock,
    RWMutexRLock,
    WaitGroupWait,
    CondWait,
    Sleep,
    /// Not Go's: a goroutine in a loop that can only repeat itself until
    /// another one changes something (see `spin.rs`). Go would show it as
    /// runnable; it never appears in Go's output.
    Spinning,
}

impl fmt::Display for WaitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNil => "chan receive (nil chan)",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::CondWait => "sync.Cond.Wait",
            WaitReason::Sleep => "sleep",
            WaitReason::Spinning => "spinning",
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Runnable,
    Blocked(WaitReason),
    Exited,
}

/// A deferred call: the function value and its arguments, evaluated when
/// the `defer` statement ran.
#[derive(Clone, Debug)]
pub struct Deferred {
    pub(crate) func: Value,
    pub(crate) args: Vec<Value>,
}

#[derive(Clone, Debug)]
pub struct Frame {
    pub(crate) func: FuncId,
    pub(crate) pc: u32,
    /// Index of slot 0 in the goroutine's value stack.
    pub(crate) base: u32,
    pub(crate) closure: Option<Rc<Closure>>,
    pub(crate) defers: Vec<Deferred>,
    /// This frame runs a deferred call (so `recover` may apply).
    pub(crate) is_defer: bool,
    /// A panic is unwinding through this frame, running its defers.
    pub(crate) unwinding: bool,
}

/// Who started a goroutine, for `created by` lines.
#[derive(Clone, Debug, PartialEq)]
pub enum Creator {
    /// A `go` statement: the function it was in, its line, the goroutine.
    Go {
        func: FuncId,
        line: u32,
        parent: GoroutineId,
    },
    /// A `time.AfterFunc` timer (Go shows `time.goFunc`).
    Timer,
}

/// One panic of a goroutine's chain, oldest first.
#[derive(Clone, Debug)]
pub struct PanicRec {
    pub(crate) value: Value,
    pub(crate) recovered: bool,
    pub(crate) repanicked: bool,
    /// `runtime.Goexit` unwinds like a panic that cannot be recovered.
    pub(crate) goexit: bool,
    /// Frames of the goroutine when the panic started, for the report.
    pub(crate) trace: Vec<(FuncId, u32)>,
    /// Index of the frame it started in: a recovery that lets frame `i`
    /// return normally ends every panic started at `i` or deeper.
    pub(crate) depth: usize,
}

#[derive(Clone, Debug)]
pub struct Goroutine {
    /// Go's goroutine id: main is 1.
    pub(crate) id: GoroutineId,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) status: Status,
    pub(crate) created_by: Option<Creator>,
    pub(crate) panics: Vec<PanicRec>,
    /// A panic to raise when the goroutine next runs (a blocked send whose
    /// channel was closed).
    pub(crate) pending_panic: Option<Value>,
    /// Channels where this goroutine has waiters queued by a `select`.
    pub(crate) select_chans: Vec<crate::value::ChanId>,
    /// Its panic has unwound every frame: Go prints it and exits the
    /// program, but other goroutines (woken by its deferred calls) may run
    /// first, so that is the goroutine's next step, not this one.
    pub(crate) dying: bool,
    pub(crate) role: Role,
    /// It has been stepped at least once.
    pub(crate) started: bool,
    /// It is between the two halves of a write to this shared map.
    pub(crate) map_write: Option<crate::value::ObjId>,
    /// `N` when Go starts it through the wrapper `<creator>.gowrapN`
    /// (see `Op::Go`), which its stacks show under its function.
    pub(crate) wrapper: u16,
    /// Its states since the program last changed (see `spin.rs`).
    pub(crate) spin: Option<Box<spin::SpinWatch>>,
    /// It was let go after spinning and has not run since: nothing it
    /// waited for caused that.
    pub(crate) spun: bool,
    /// Yields since it last blocked, and whether its last step ended with
    /// one (see `spin.rs`).
    pub(crate) yields: u32,
    pub(crate) just_yielded: bool,
}

impl Goroutine {
    /// A goroutine about to run `func` (a closure's code, with its cells)
    /// on `stack`, which holds its arguments.
    fn new(
        id: GoroutineId,
        func: FuncId,
        closure: Option<Rc<Closure>>,
        stack: Vec<Value>,
        created_by: Option<Creator>,
        role: Role,
    ) -> Goroutine {
        Goroutine {
            id,
            stack,
            frames: vec![Frame {
                func,
                pc: 0,
                base: 0,
                closure,
                defers: Vec::new(),
                is_defer: false,
                unwinding: false,
            }],
            status: Status::Runnable,
            created_by,
            panics: Vec::new(),
            pending_panic: None,
            select_chans: Vec::new(),
            dying: false,
            role,
            started: false,
            map_write: None,
            wrapper: 0,
            spin: None,
            spun: false,
            yields: 0,
            just_yielded: false,
        }
    }
}

/// Resource limits; hitting one ends the run with a `limit` outcome.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Instructions executed in total.
    pub(crate) max_instructions: u64,
    /// Scheduling steps in total.
    pub(crate) max_steps: u64,
    /// Instructions one goroutine may run before it is preempted.
    pub(crate) slice: u32,
    pub(crate) max_goroutines: usize,
    pub(crate) max_heap_objects: usize,
    /// Bytes the program may allocate in all (slices, arrays, maps,
    /// channel buffers, strings it builds), counted roughly and never given
    /// back: a page must not run out of memory whatever the program does.
    pub(crate) max_memory: u64,
    pub(crate) max_call_depth: usize,
    pub(crate) max_output: usize,
}

/// Limits are set from the defaults: `Limits::default().with_max_steps(n)`.
impl Limits {
    pub fn with_max_instructions(self, n: u64) -> Limits {
        Limits {
            max_instructions: n,
            ..self
        }
    }

    pub fn with_max_steps(self, n: u64) -> Limits {
        Limits {
            max_steps: n,
            ..self
        }
    }

    pub fn with_slice(self, instructions: u32) -> Limits {
        Limits {
            slice: instructions,
            ..self
        }
    }

    pub fn with_max_goroutines(self, n: usize) -> Limits {
        Limits {
            max_goroutines: n,
            ..self
        }
    }

    pub fn with_max_heap_objects(self, n: usize) -> Limits {
        Limits {
            max_heap_objects: n,
            ..self
        }
    }

    pub fn with_max_memory(self, bytes: u64) -> Limits {
        Limits {
            max_memory: bytes,
            ..self
        }
    }

    pub fn with_max_call_depth(self, frames: usize) -> Limits {
        Limits {
            max_call_depth: frames,
            ..self
        }
    }

    pub fn with_max_output(self, bytes: usize) -> Limits {
        Limits {
            max_output: bytes,
            ..self
        }
    }

    pub fn max_steps(&self) -> u64 {
        self.max_steps
    }

    pub fn max_instructions(&self) -> u64 {
        self.max_instructions
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_instructions: 500_000_000,
            max_steps: 10_000_000,
            slice: 10_000,
            max_goroutines: 100_000,
            max_heap_objects: 8_000_000,
            max_memory: 256 << 20,
            max_call_depth: 10_000,
            max_output: 1 << 20,
        }
    }
}

#[derive(Clone)]
pub struct Machine {
    pub(crate) checked: Rc<Checked>,
    pub(crate) prog: Rc<Program>,
    pub(crate) limits: Limits,
    pub(crate) heap: Heap,
    /// Shared between clones of the machine until one of them changes a
    /// channel.
    pub(crate) chans: Vec<Rc<Chan>>,
    pub(crate) goroutines: Vec<Goroutine>,
    /// The cells of package-level variables (fixed once the machine
    /// exists, so shared by its clones).
    pub(crate) globals: Rc<[Ptr]>,
    pub(crate) stdout: program::chunked::Output,
    pub(crate) stderr: program::chunked::Output,
    pub(crate) timers: timers::Timers,
    pub(crate) time_model: TimeModel,
    /// Goroutines parked as spinners, and the change count when they were.
    pub(crate) spinners: Vec<GoroutineId>,
    pub(crate) spin_epoch: u64,
    /// Nothing will change any more: spinners are not parked again.
    pub(crate) spin_off: bool,
    pub(crate) sync: syncobj::SyncObjects,
    /// The program's natives, resolved once per build and shared.
    pub(crate) natives: Rc<[Native]>,
    pub(crate) outcome: Option<Outcome>,
    pub(crate) instructions: u64,
    pub(crate) steps: u64,
    /// Bytes allocated so far, roughly (see `Limits::max_memory`).
    pub(crate) allocated: u64,
    /// `runtime.Goexit` ended main: the program ends when nothing can run.
    pub(crate) main_goexited: bool,
    /// Nesting of Go calls made from natives (a `String` method under `fmt`).
    pub(crate) nested: usize,
    /// Frame depths where nested calls started: a panic stops there.
    pub(crate) nested_floors: Vec<usize>,
    /// A panic caught at a nested call's floor.
    pub(crate) caught: Option<Value>,
    /// Whether to record [`Event`]s (the UI and `--trace` want them, the
    /// explorer does not).
    pub(crate) record_events: bool,
    pub(crate) events: Vec<Event>,
    /// Channels the current step changed, for the debug check of their
    /// invariants.
    #[cfg(debug_assertions)]
    changed_chans: Vec<usize>,
    /// Goroutines that exist (started and not returned): while there is
    /// one, no memory access can race and none is a scheduling point.
    live: usize,
    /// The instruction just run was the first half of two events (see
    /// `shared.rs`): the step ends and the goroutine runs it again.
    split: bool,
    /// Ids of runnable goroutines, ascending; kept in step with every
    /// status change by [`Machine::set_status`].
    runnable: Vec<GoroutineId>,
    /// Go's race detector, when the run asked for it
    /// ([`Machine::enable_race_detector`]).
    race: Option<Box<race::RaceRun>>,
}

impl fmt::Debug for Machine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Machine")
            .field("goroutines", &self.goroutines.len())
            .field("steps", &self.steps)
            .finish()
    }
}

impl Machine {
    pub fn new(
        checked: Rc<Checked>,
        prog: Rc<Program>,
        natives: Rc<[Native]>,
        limits: Limits,
    ) -> Machine {
        let mut heap = Heap::default();
        let globals: Rc<[Ptr]> = prog
            .global_zeros
            .iter()
            .map(|k| heap.new_cell(prog.consts[*k as usize].clone()))
            .collect();
        // Every goroutine can reach a package-level variable.
        for g in globals.iter() {
            heap.share(&Value::Ptr(g.clone()));
        }
        let main = Goroutine::new(
            GoroutineId::MAIN,
            prog.entry,
            None,
            Vec::new(),
            None,
            Role::Main,
        );
        let mut m = Machine {
            checked,
            prog,
            limits,
            heap,
            chans: Vec::new(),
            goroutines: vec![main],
            globals,
            stdout: program::chunked::Output::default(),
            stderr: program::chunked::Output::default(),
            timers: timers::Timers::default(),
            time_model: TimeModel::Go,
            spinners: Vec::new(),
            spin_epoch: 0,
            spin_off: false,
            sync: syncobj::SyncObjects::default(),
            natives,
            outcome: None,
            instructions: 0,
            steps: 0,
            allocated: 0,
            main_goexited: false,
            nested: 0,
            nested_floors: Vec::new(),
            caught: None,
            record_events: false,
            events: Vec::new(),
            #[cfg(debug_assertions)]
            changed_chans: Vec::new(),
            live: 1,
            split: false,
            runnable: vec![GoroutineId::MAIN],
            race: None,
        };
        let slots = m.prog.funcs[m.prog.entry.0 as usize].slots;
        m.goroutines[0].stack.resize(slots as usize, Value::Nil);
        m
    }

    /// Turns footprint tracking on or off (the explorer's reduction needs
    /// it; nothing else does).
    pub fn track_footprints(&mut self, on: bool) {
        self.heap.touches.on = on;
    }

    /// What the steps since the last call touched.
    pub fn take_footprint(&mut self) -> Footprint {
        self.heap.touches.take()
    }

    /// Notes that the step made a channel, if tracking is on.
    pub(crate) fn touch_made(&self, loc: Loc) {
        self.heap.touches.made(loc);
    }

    /// Notes a touch of a shared location, if tracking is on.
    pub(crate) fn touch(&self, loc: Loc, access: Access) {
        self.heap.touches.note(loc, access);
    }

    /// Ids of the goroutines that can take a step, ascending.
    pub fn runnable(&self) -> &[GoroutineId] {
        &self.runnable
    }

    /// What the scheduler may pick now: the runnable goroutines and, when
    /// a timer could fire, [`GoroutineId::TIMERS`] (last, as it sorts
    /// after every goroutine). Empty when the program cannot go on.
    pub fn choices(&self) -> Vec<GoroutineId> {
        let mut all = Vec::with_capacity(self.runnable.len() + 1);
        all.extend_from_slice(&self.runnable);
        if self.timers_offered() {
            all.push(GoroutineId::TIMERS);
        }
        all
    }

    /// Whether `id` can be stepped now: a runnable goroutine, or the
    /// timers when one could fire.
    pub fn can_step(&self, id: GoroutineId) -> bool {
        if id.is_timers() {
            self.timers_offered()
        } else {
            self.runnable.binary_search(&id).is_ok()
        }
    }

    pub fn time_model(&self) -> TimeModel {
        self.time_model
    }

    /// Chooses when timers may fire; set before the first step.
    pub fn set_time_model(&mut self, model: TimeModel) {
        self.time_model = model;
    }

    /// Changes a goroutine's status, keeping the runnable list current.
    pub(crate) fn set_status(&mut self, gi: usize, status: Status) {
        let Some(g) = self.goroutines.get_mut(gi) else {
            return;
        };
        let (was, now) = (g.status == Status::Runnable, status == Status::Runnable);
        self.heap.touches.bump();
        if !now {
            g.yields = 0;
        }
        if status == Status::Exited && g.status != Status::Exited {
            self.live -= 1;
        }
        g.status = status;
        let id = g.id;
        if was != now {
            match (self.runnable.binary_search(&id), now) {
                (Err(at), true) => self.runnable.insert(at, id),
                (Ok(at), false) => {
                    self.runnable.remove(at);
                }
                _ => {}
            }
        }
    }

    /// Lets the scheduler pick and step goroutines until the program ends.
    pub fn run(&mut self, sched: &mut dyn Scheduler) -> Outcome {
        loop {
            if let Some(outcome) = &self.outcome {
                return outcome.clone();
            }
            self.advance(sched);
        }
    }

    /// One scheduling step: the end if nothing can go on, otherwise a
    /// step of what the scheduler picks among [`Machine::choices`] (asked
    /// only when there are two or more).
    pub fn advance(&mut self, sched: &mut dyn Scheduler) {
        if self.outcome.is_some() {
            return;
        }
        let choices = self.choices();
        let g = match choices.as_slice() {
            [] => {
                if !self.spinners_spin_forever() {
                    self.end_without_runnable();
                }
                return;
            }
            [only] => *only,
            _ => sched.pick_goroutine(&choices),
        };
        if !choices.contains(&g) {
            never!(self, "the scheduler picked goroutine {g}, which cannot run");
            return;
        }
        self.step(g, sched);
    }

    /// Runs goroutine `id` to its next scheduling point.
    pub fn step(&mut self, id: GoroutineId, sched: &mut dyn Scheduler) {
        if self.outcome.is_some() {
            return;
        }
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            self.finish(Outcome::of(End::Limit(Limit::Steps), self));
            return;
        }
        if id.is_timers() {
            if self.timers_offered() {
                self.fire_next_timer(!self.runnable.is_empty());
            }
            self.wake_spinners();
            #[cfg(debug_assertions)]
            self.check_changed_chans();
            return;
        }
        let Some(gi) = self.index_of(id) else { return };
        if self.goroutines[gi].status != Status::Runnable {
            return;
        }
        self.run_goroutine(gi, sched);
        if self.outcome.is_none() && self.goroutines[gi].status == Status::Runnable {
            self.wait_if_lock_taken(gi);
        }
        self.watch_spin(gi);
        self.wake_spinners();
        if self.goroutines[gi].just_yielded {
            sched.yielded(id);
        }
        #[cfg(debug_assertions)]
        self.check_changed_chans();
    }

    pub(crate) fn index_of(&self, id: GoroutineId) -> Option<usize> {
        let i = id.index();
        (self.goroutines.get(i)?.id == id).then_some(i)
    }

    /// Ends the run with `outcome` (the first end wins). A program that
    /// would exit with status 0 after the race detector reported races
    /// says how many and exits with status 66, as Go's does.
    pub fn finish(&mut self, outcome: Outcome) {
        if self.outcome.is_some() {
            return;
        }
        let races = self.races().len();
        self.outcome = Some(if races > 0 && *outcome.end() == End::Exit(0) {
            // Past the output limit too: this line is the runtime's.
            self.stderr
                .write(format!("Found {races} data race(s)\n").as_bytes());
            Outcome::of(End::Exit(66), self)
        } else {
            outcome
        });
    }

    /// Number of goroutines that exist (started and not returned), as
    /// `runtime.NumGoroutine` counts.
    pub fn live_goroutines(&self) -> usize {
        self.goroutines
            .iter()
            .filter(|g| g.status != Status::Exited)
            .count()
    }

    pub fn type_name(&self, ty: types::TypeId) -> String {
        types::TypeString::new(&self.checked.types).qualified(ty)
    }
}
