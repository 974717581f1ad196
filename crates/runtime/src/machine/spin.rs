//! Goroutines that spin: a loop that polls (`runtime.Gosched()`,
//! `time.Sleep(0)`, a `select` with a `default`, an atomic load) until
//! another goroutine changes something. In Go such a loop ends because
//! time passes while it spins and the other goroutine gets to run; in a
//! model checker it would spin until the step limit, in every schedule.
//!
//! A goroutine whose state (frames, stack, the mutexes it holds) comes
//! back to what it was at an earlier step, while nothing in the program
//! changed in between (no write to memory, channels, timers or goroutines
//! by anyone, no scheduler choice: each of these moves the change count),
//! is in a loop whose every further iteration is the same no-op. It is
//! parked until something changes, which only drops repetitions of that
//! no-op: every outcome stays reachable. If nothing else can ever change anything, the spinners are
//! let go for good and run into the step limit, as the real program would
//! spin forever.

use super::{EventKind, Machine, Status, WaitReason};
use crate::value::Value;

/// Yields (`runtime.Gosched()`, `time.Sleep` of zero or less, a `select`
/// that took its `default`) a goroutine makes in a row, without blocking,
/// after which the clock moves on to the next timer, which fires: time
/// passes while a goroutine polls, even one whose state never repeats
/// (it counts its polls), so a loop that polls until a timer fires ends
/// as it does in Go. It is a fact of the goroutine's own history, so the
/// explorer's reduction sees the firing as part of that step.
const YIELDS_PER_TICK: u32 = 64;

/// The most states of one goroutine remembered between two changes: a
/// longer loop, or a computation that never repeats, is simply not
/// recognised.
const MAX_SEEN: usize = 16;

/// What a goroutine's state was at its step boundaries since the program
/// last changed.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpinWatch {
    epoch: u64,
    seen: Vec<Sig>,
}

/// A goroutine's own state at a step boundary.
#[derive(Clone, Debug, PartialEq)]
struct Sig {
    /// Per frame: function, pc, stack base, deferred calls, closure.
    frames: Vec<(u32, u32, u32, usize, usize)>,
    stack: Vec<Value>,
    mutexes_held: usize,
}

impl Machine {
    /// Counts changes to anything a goroutine can observe (see
    /// [`super::footprint::TouchLog::epoch`]).
    pub(super) fn epoch(&self) -> u64 {
        self.heap.touches.epoch()
    }

    /// At the end of a step of goroutine `gi`: parks it if it came back to
    /// a state it had since the last change.
    pub(super) fn watch_spin(&mut self, gi: usize) {
        if self.spin_off || self.outcome.is_some() {
            return;
        }
        let epoch = self.epoch();
        let g = &self.goroutines[gi];
        let plain = g.status == Status::Runnable
            && g.panics.is_empty()
            && g.pending_panic.is_none()
            && !g.dying
            && g.map_write.is_none();
        let fresh = g.spin.as_ref().is_none_or(|w| w.epoch != epoch);
        if !plain || fresh {
            // A change (or a choice) starts a new watch; the state right
            // after it is not remembered, so goroutines that change
            // something every step cost nothing here.
            self.goroutines[gi].spin = Some(Box::new(SpinWatch {
                epoch,
                seen: Vec::new(),
            }));
            return;
        }
        if g.spin.as_ref().is_some_and(|w| w.seen.len() >= MAX_SEEN) {
            return;
        }
        let sig = self.sig(gi);
        let Some(watch) = self.goroutines[gi].spin.as_deref_mut() else {
            return;
        };
        if watch.seen.contains(&sig) {
            self.goroutines[gi].spin = None;
            self.park_spinner(gi);
        } else {
            watch.seen.push(sig);
        }
    }

    fn sig(&self, gi: usize) -> Sig {
        let g = &self.goroutines[gi];
        let me = g.id;
        Sig {
            frames: g
                .frames
                .iter()
                .map(|f| {
                    (
                        f.func.0,
                        f.pc,
                        f.base,
                        f.defers.len(),
                        f.closure
                            .as_ref()
                            .map_or(0, |c| std::rc::Rc::as_ptr(c) as usize),
                    )
                })
                .collect(),
            stack: g.stack.clone(),
            mutexes_held: self
                .sync
                .mutexes
                .values()
                .filter(|m| m.holder == Some(me))
                .count(),
        }
    }

    fn park_spinner(&mut self, gi: usize) {
        let id = self.goroutines[gi].id;
        self.set_status(gi, Status::Blocked(WaitReason::Spinning));
        self.spinners.push(id);
        // Parking changed a status, which counts as a change: remember
        // the count after it.
        self.spin_epoch = self.epoch();
        self.emit(
            id,
            EventKind::Block {
                reason: WaitReason::Spinning,
            },
        );
    }

    /// After any step: spinners go on once something changed.
    pub(super) fn wake_spinners(&mut self) {
        if self.spinners.is_empty() || self.epoch() == self.spin_epoch {
            return;
        }
        self.release_spinners();
    }

    /// Nothing can run and no timer can fire: nothing will ever change
    /// again, so spinners spin on (into the step limit, as Go would spin
    /// forever). True if there were any.
    pub(super) fn spinners_spin_forever(&mut self) -> bool {
        if self.spinners.is_empty() {
            return false;
        }
        self.spin_off = true;
        self.release_spinners();
        true
    }

    fn release_spinners(&mut self) {
        for id in std::mem::take(&mut self.spinners) {
            if let Some(gi) = self.index_of(id) {
                if self.goroutines[gi].status == Status::Blocked(WaitReason::Spinning) {
                    self.goroutines[gi].spun = true;
                    self.set_status(gi, Status::Runnable);
                }
            }
        }
    }

    /// Goroutine `gi` yields: see [`YIELDS_PER_TICK`].
    pub(super) fn yielded(&mut self, gi: usize) {
        let g = &mut self.goroutines[gi];
        g.just_yielded = true;
        g.yields = g.yields.wrapping_add(1);
        if g.yields % YIELDS_PER_TICK == 0 {
            self.fire_next_timer(true);
        }
    }
}
