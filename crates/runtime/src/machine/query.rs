//! The machine as other crates see it: what a run has done so far, asked
//! through methods, never through fields. The explorer, the stepper and
//! the page read a machine only here and in [`inspect`](super::inspect),
//! so the machine's layout can change without them.

use super::footprint::Footprint;
use super::{Event, Machine, Outcome, Status, WaitReason};
use crate::GoroutineId;
use crate::sched::Scheduler;

impl Machine {
    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }

    /// Goroutines created so far, main included (ids are `1..=count`).
    pub fn goroutine_count(&self) -> usize {
        self.goroutines.len()
    }

    /// Heap objects allocated so far: with the goroutine count, how big a
    /// copy of this machine is.
    pub fn heap_objects(&self) -> usize {
        self.heap.len()
    }

    /// Instructions executed so far.
    pub fn instructions(&self) -> u64 {
        self.instructions
    }

    /// Scheduling steps taken so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The virtual clock, in nanoseconds since the program started.
    pub fn clock_ns(&self) -> i64 {
        self.timers.now
    }

    /// What the program wrote to standard output so far.
    pub fn stdout(&self) -> Vec<u8> {
        self.stdout.to_vec()
    }

    /// What the program (and the runtime) wrote to standard error so far.
    pub fn stderr(&self) -> Vec<u8> {
        self.stderr.to_vec()
    }

    /// Turns recording of [`Event`]s on or off (off by default: the
    /// explorer never needs them).
    pub fn set_record_events(&mut self, on: bool) {
        self.record_events = on;
    }

    /// The events recorded so far.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Hands over the events recorded so far, keeping none.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Why goroutine `id` is blocked, if it is.
    pub fn wait_reason(&self, id: GoroutineId) -> Option<WaitReason> {
        match self.goroutines.get(self.index_of(id)?)?.status {
            Status::Blocked(reason) => Some(reason),
            Status::Runnable | Status::Exited => None,
        }
    }

    /// Whether goroutine `id` exists and has not returned.
    pub fn is_live(&self, id: GoroutineId) -> bool {
        self.index_of(id)
            .is_some_and(|gi| self.goroutines[gi].status != Status::Exited)
    }

    /// A copy of this machine on which the goroutines that could still run
    /// when it ended can be stepped, to learn what they would have done.
    pub fn probe(&self) -> Probe {
        self.clone().into_probe()
    }

    /// [`Machine::probe`] without the copy, for a machine nobody needs
    /// any more.
    pub fn into_probe(self) -> Probe {
        let mut m = self;
        // The copy is no longer the run that ended: it reports nothing of
        // that ending, and its own only if a probed step ends it again.
        m.outcome = None;
        let _ = m.heap.touches.take();
        Probe { m }
    }
}

/// A copy of an ended machine for looking ahead (see [`Machine::probe`]).
/// It offers stepping and what the explorer observes of a step, nothing
/// else: it is never mistaken for a run of the program.
#[derive(Clone, Debug)]
pub struct Probe {
    m: Machine,
}

impl Probe {
    /// Runs goroutine `id` to its next scheduling point.
    pub fn step(&mut self, id: GoroutineId, sched: &mut dyn Scheduler) {
        self.m.step(id, sched);
    }

    /// Fires the next timer as if goroutines could still run (so one
    /// nobody waits on fires too): what the timers would have done had
    /// the run not ended, or had they gone before the goroutine that
    /// blocked last. False if no timer is set.
    pub fn fire_timer(&mut self) -> bool {
        self.m.fire_next_timer(true)
    }

    /// Tracks and hands over footprints as [`Machine::take_footprint`].
    pub fn take_footprint(&mut self) -> Footprint {
        self.m.take_footprint()
    }

    /// The machine being probed, read-only.
    pub fn machine(&self) -> &Machine {
        &self.m
    }
}
