//! The virtual clock and timers. The clock only moves when a timer fires,
//! straight to its moment, so a program that sleeps an hour ends at once.
//! When a timer may fire is the [`TimeModel`]'s business: in Go's model
//! any step may take long enough for the next timer to come due, so
//! firing it is one more choice beside the runnable goroutines (the
//! [`GoroutineId::TIMERS`] pseudo-goroutine); in `testing/synctest`'s
//! bubble, only when no goroutine can run. Either way timers fire in the
//! order of their moments, and timers due at the same instant fire
//! together, so what they wake runs in every order.

use super::footprint::{Access, Loc};
use super::sorted_map::SortedMap;
use super::syncobj::Addr;
use super::{Machine, Status, WaitReason};
use crate::GoroutineId;
use crate::value::{ChanId, Value};

/// Unix second of the virtual clock's start: 2009-11-10 23:00:00 UTC.
pub const START_UNIX: i64 = 1_257_894_000;

/// When the clock may move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeModel {
    /// As a real program sees it: a step of a goroutine can take any
    /// time, so the earliest timer may fire between any two steps, while
    /// other goroutines could still run. A 1 ns `time.AfterFunc` can land
    /// between two calls of a busy goroutine, and a `time.Sleep` does not
    /// order anything.
    #[default]
    Go,
    /// `testing/synctest`'s bubble: time moves only when every goroutine
    /// is blocked, so a sleep outlasts all the work that can be done
    /// before it. A program asks for it with a `//dojo:synctest` line.
    Bubble,
}

#[derive(Clone, Debug)]
pub enum Fire {
    /// `time.Sleep` of a goroutine.
    Wake(GoroutineId),
    /// A timer or ticker delivering on its channel.
    Chan {
        key: Addr,
        chan: ChanId,
        period: i64,
    },
    /// `time.AfterFunc`: start a goroutine running the function.
    Func { key: Addr, func: Value },
}

#[derive(Clone, Debug, Default)]
pub struct Timers {
    /// Nanoseconds since the program started.
    pub(crate) now: i64,
    seq: u64,
    pub(crate) queue: SortedMap<(i64, u64), Fire>,
    /// Armed timers by key, with their queue position.
    pub(crate) armed: SortedMap<Addr, (i64, u64)>,
    /// Timers' channels by key (kept after firing, for stop and reset).
    pub(crate) chans: SortedMap<Addr, ChanId>,
    /// `AfterFunc` functions that already fired, for `Reset`.
    pub(crate) fired: SortedMap<Addr, Value>,
}

impl Timers {
    pub fn schedule(&mut self, delay: i64, fire: Fire) -> (i64, u64) {
        self.seq += 1;
        let at = (self.now.saturating_add(delay.max(0)), self.seq);
        if let Fire::Chan { key, .. } | Fire::Func { key, .. } = &fire {
            self.armed.insert(key.clone(), at);
        }
        self.queue.insert(at, fire);
        at
    }
}

impl Machine {
    /// When sleeping goroutine `id` wakes, in virtual nanoseconds.
    pub fn wake_time(&self, id: GoroutineId) -> Option<i64> {
        self.timers
            .queue
            .iter()
            .find(|(_, f)| matches!(f, Fire::Wake(g) if *g == id))
            .map(|((at, _), _)| *at)
    }

    pub(super) fn sleep(&mut self, gi: usize, d: i64) {
        if d <= 0 {
            self.yielded(gi);
            return;
        }
        self.touch(Loc::Timers, Access::Write);
        let id = self.goroutines[gi].id;
        self.timers.schedule(d, Fire::Wake(id));
        self.set_status(gi, Status::Blocked(WaitReason::Sleep));
        self.emit(
            id,
            super::EventKind::Block {
                reason: WaitReason::Sleep,
            },
        );
    }

    pub(super) fn start_timer(
        &mut self,
        key: Addr,
        d: i64,
        period: i64,
        chan: Option<ChanId>,
        func: Option<Value>,
    ) {
        self.touch(Loc::Timers, Access::Write);
        self.stop_timer(&key);
        match (chan, func) {
            (Some(c), _) => {
                self.timers.chans.insert(key.clone(), c);
                self.timers.schedule(
                    d,
                    Fire::Chan {
                        key,
                        chan: c,
                        period,
                    },
                );
            }
            (None, Some(f)) => {
                self.timers.schedule(d, Fire::Func { key, func: f });
            }
            (None, None) => {}
        }
    }

    /// Disarms a timer and drops its undelivered value; true if either existed.
    pub(super) fn stop_timer(&mut self, key: &Addr) -> bool {
        self.touch(Loc::Timers, Access::Write);
        let mut was = false;
        if let Some(at) = self.timers.armed.remove(key) {
            was = self.timers.queue.remove(&at).is_some();
        }
        if let Some(c) = self.timers.chans.get(key).copied() {
            self.heap.touches.bump();
            if let Some(ch) = self.chans.get_mut(c.0 as usize).map(std::rc::Rc::make_mut) {
                was |= ch.timer_value.take().is_some();
            }
        }
        was
    }

    pub(super) fn reset_timer(&mut self, key: Addr, d: i64, period: i64) -> bool {
        self.touch(Loc::Timers, Access::Write);
        let func = self.timers.queue.values().find_map(|f| match f {
            Fire::Func { key: k, func } if *k == key => Some(func.clone()),
            _ => None,
        });
        let was = self.stop_timer(&key);
        if let Some(c) = self.timers.chans.get(&key).copied() {
            self.timers.schedule(
                d,
                Fire::Chan {
                    key,
                    chan: c,
                    period,
                },
            );
        } else if let Some(f) = func.or_else(|| self.timers.fired_funcs_get(&key)) {
            self.timers.schedule(d, Fire::Func { key, func: f });
        }
        was
    }

    /// When the timer that would fire next goes off, if firing it now is
    /// a choice beside runnable goroutines (Go's time model only).
    pub fn early_timer_ns(&self) -> Option<i64> {
        if self.runnable.is_empty() || !self.timers_offered() {
            return None;
        }
        self.timers
            .queue
            .iter()
            .find(|(_, f)| self.fire_matters(f, true))
            .map(|((at, _), _)| *at)
    }

    /// Whether firing a timer is a choice now (see [`TimeModel`]).
    pub(super) fn timers_offered(&self) -> bool {
        let others_run = !self.runnable.is_empty();
        if others_run && self.time_model == TimeModel::Bubble {
            return false;
        }
        self.timers
            .queue
            .values()
            .any(|f| self.fire_matters(f, others_run))
    }

    /// Whether any timer is set (the pending step of the timers when a run
    /// ends, see `Probe::fire_timer`).
    pub fn has_timers(&self) -> bool {
        self.timers.queue.iter().next().is_some()
    }

    /// Whether firing `fire` changes anything a goroutine can see. A
    /// channel timer nobody waits on matters only while goroutines run
    /// (`others_run`): one of them may poll the channel, unless a value
    /// already waits there (Go drops the ticks a reader misses).
    fn fire_matters(&self, fire: &Fire, others_run: bool) -> bool {
        match fire {
            Fire::Wake(_) | Fire::Func { .. } => true,
            Fire::Chan { chan, .. } => self
                .chans
                .get(chan.0 as usize)
                .is_some_and(|c| !c.recvq.is_empty() || (others_run && c.timer_value.is_none())),
        }
    }

    /// The step of [`GoroutineId::TIMERS`]: the clock moves to the earliest
    /// timer that matters, which fires. False if there is none. A timer
    /// nobody waits on matters when `others_run` (see
    /// [`Machine::fire_matters`]).
    ///
    /// As in Go since 1.23, a timer's channel is only sent to when someone
    /// receives: a channel timer nobody is waiting on cannot wake anyone,
    /// so when nobody can run it does not keep the program alive (a ticker
    /// nobody reads does not hide a deadlock). Such timers that come due
    /// before the one that fires leave their value in the channel, and a
    /// ticker among them moves on to its first tick after that moment (the
    /// ticks in between would have been dropped anyway).
    pub(super) fn fire_next_timer(&mut self, others_run: bool) -> bool {
        let Some((&at, _)) = self
            .timers
            .queue
            .iter()
            .find(|(_, f)| self.fire_matters(f, others_run))
        else {
            return false;
        };
        // The queue and the clock change: every other use of time (a
        // sleep, a new timer, `time.Now`) is ordered with this firing.
        self.touch(Loc::Timers, Access::Write);
        let idle: Vec<(i64, u64)> = self
            .timers
            .queue
            .keys()
            .take_while(|&&k| k < at)
            .copied()
            .collect();
        for due in idle {
            if let Some(Fire::Chan { key, chan, period }) = self.timers.queue.remove(&due) {
                self.timers.armed.remove(&key);
                self.timers.now = self.timers.now.max(due.0);
                let t = self.time_value();
                self.timer_deliver(chan.0 as usize, t);
                if period > 0 {
                    let ticks = (at.0 - due.0) / period + 1;
                    let next = due.0.saturating_add(ticks.saturating_mul(period));
                    let delay = next - self.timers.now;
                    self.timers
                        .schedule(delay, Fire::Chan { key, chan, period });
                }
            }
        }
        let Some(fire) = self.timers.queue.remove(&at) else {
            return false;
        };
        self.timers.now = self.timers.now.max(at.0);
        self.emit_runtime(super::EventKind::TimerFire {
            at_ns: self.timers.now,
        });
        self.fire(fire);
        // Timers due at the same instant fire together, so what they wake
        // can run in any order (Go runs every expired timer of a P at
        // once, and sleeps begun in one virtual instant end in one).
        loop {
            let next = self.timers.queue.keys().next().copied();
            let Some(next) = next.filter(|n| n.0 == at.0) else {
                break;
            };
            if let Some(fire) = self.timers.queue.remove(&next) {
                self.fire(fire);
            }
        }
        true
    }

    fn fire(&mut self, fire: Fire) {
        match fire {
            Fire::Wake(id) => {
                if let Some(gi) = self.index_of(id) {
                    if self.goroutines[gi].status == Status::Blocked(WaitReason::Sleep) {
                        self.make_runnable(id);
                    }
                }
            }
            Fire::Chan { key, chan, period } => {
                self.timers.armed.remove(&key);
                let t = self.time_value();
                self.timer_deliver(chan.0 as usize, t);
                if period > 0 {
                    self.timers
                        .schedule(period, Fire::Chan { key, chan, period });
                }
            }
            Fire::Func { key, func } => {
                self.timers.armed.remove(&key);
                self.timers.remember_func(key.clone(), func.clone());
                let before = self.goroutines.len();
                self.spawn_timer_func(func);
                if self.goroutines.len() > before {
                    self.race_spawned(None, Some(&key), before);
                }
            }
        }
    }

    /// The `time.Time` of the current instant, as `time.Now()` returns it.
    pub(super) fn time_value(&self) -> Value {
        const UNIX_TO_WALL: i64 = 2_682_288_000;
        let sec = START_UNIX + self.timers.now / 1_000_000_000;
        let nsec = self.timers.now % 1_000_000_000;
        let wall = (1u64 << 63) | (((sec + UNIX_TO_WALL) as u64) << 30) | nsec as u64;
        // `time.Local` when the program has it; a nil location is UTC, as
        // in Go.
        let local = self
            .prog
            .time_local
            .and_then(|g| self.globals.get(g as usize))
            .and_then(|p| self.heap.load(p).ok())
            .unwrap_or(Value::Nil);
        Value::Agg(Box::new([
            Value::Int(wall as i64),
            Value::Int(self.timers.now + 1),
            local,
        ]))
    }

    /// `(sec, nsec, mono)` for the `time.now` native.
    pub(super) fn now_parts(&self) -> (i64, i64, i64) {
        let n = self.timers.now;
        (START_UNIX + n / 1_000_000_000, n % 1_000_000_000, n + 1)
    }
}

impl Timers {
    fn remember_func(&mut self, key: Addr, func: Value) {
        self.fired.insert(key, func);
    }

    fn fired_funcs_get(&self, key: &Addr) -> Option<Value> {
        self.fired.get(key).cloned()
    }
}
