//! The race detector: Go's `-race`, judged by happens-before.
//!
//! Every goroutine carries a vector clock ([`clock`]). Synchronisation
//! moves clocks along the edges of Go's memory model: a `go` statement
//! hands the parent's clock to the child; unlocking a mutex stores the
//! holder's clock in the mutex and locking it takes that clock in; a
//! channel send and its receive meet in the buffer slot they share (on an
//! unbuffered channel, both sides take each other's clock); closing
//! stores a clock a receive that sees the channel closed takes in;
//! `WaitGroup.Done` merges into the wait group, `Wait` takes it in; every
//! `sync/atomic` operation acquires and releases its address. Those are
//! the annotations Go's own runtime and `sync` make for ThreadSanitizer,
//! and the prelude's `Once`, `Cond` and `context` get their edges from
//! the mutexes, channels and atomics they are written with.
//!
//! Every memory access of the program's own code goes to the shadow
//! ([`shadow`]), which knows the last write and the reads since of each
//! location with their epochs: an access conflicting with one its clock
//! does not cover is a data race, however long ago the other ran. The
//! report ([`report`]) is Go's, word for word; races of a location or a
//! pair of stacks already reported are not reported again, as
//! ThreadSanitizer suppresses them.
//!
//! The detector lives in the machine (it is part of the state a clone
//! copies) and is off unless asked for: without it, none of this runs.

mod clock;
mod hooks;
mod report;
mod runtime_frames;
mod shadow;

pub(crate) use report::{Frame, Site};
pub use report::{Race, RaceAccess};
pub(crate) use runtime_frames::MapOp;
pub(crate) use shadow::{Place, WHOLE};

use super::Machine;
use super::syncobj::Addr;
use clock::Clock;
use shadow::{Access, Shadow};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The element index of a map's header (what Go's map functions read and
/// write), apart from its entries' slots.
pub(crate) const MAP_HEADER: u32 = u32::MAX - 1;
/// The object number of channels' places (a channel is not a heap
/// object): element `i` is channel `i`.
const CHANNELS: u32 = u32::MAX;
/// Elements of one access listed one by one at most; a bigger range (a
/// huge array copied whole) is checked on its first elements only, so
/// the detector may miss a race there but never invents one.
pub(crate) const MAX_ELEMS: u32 = 1024;

/// A synchronisation object's clock, by what Go annotates.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SyncKey {
    Mutex(Addr),
    /// `RWMutex.readerSem`: `Unlock` stores, `RLock` and `Lock` take in.
    ReaderSem(Addr),
    /// `RWMutex.writerSem`: `RUnlock` merges, `Lock` takes in.
    WriterSem(Addr),
    WaitGroup(Addr),
    Atomic(Addr),
    /// Slot `i` of a buffered channel's ring.
    Slot(u32, u64),
    /// A channel's close.
    Closed(u32),
    /// A timer's start, taken in by whoever its firing reaches.
    Timer(Addr),
}

/// Everything the detector knows. Goroutines are indexed as the machine
/// indexes them (creation order).
#[derive(Clone, Debug, Default)]
pub(crate) struct RaceDetector {
    clocks: Vec<Clock>,
    /// The stack of each goroutine's `go` statement.
    created: Vec<Rc<[Frame]>>,
    sync: BTreeMap<SyncKey, Clock>,
    /// Sends and receives completed on each buffered channel: the slot
    /// the next one uses.
    counts: BTreeMap<u32, (u64, u64)>,
    shadow: Shadow,
    reported_places: BTreeSet<Place>,
    reported_stacks: BTreeSet<(Vec<Frame>, Vec<Frame>)>,
    pub(crate) races: Vec<Race>,
}

impl RaceDetector {
    fn clock_mut(&mut self, g: usize) -> &mut Clock {
        if self.clocks.len() <= g {
            self.clocks.resize_with(g + 1, Clock::default);
        }
        &mut self.clocks[g]
    }

    fn epoch(&self, g: usize) -> u32 {
        self.clocks.get(g).map_or(0, |c| c.get(g))
    }

    fn acquire(&mut self, g: usize, key: &SyncKey) {
        if let Some(c) = self.sync.get(key).cloned() {
            self.clock_mut(g).join(&c);
        }
    }

    /// Stores goroutine `g`'s clock in `key` (Go's `racerelease`), or
    /// merges it in (`racereleasemerge`), and starts `g`'s next epoch.
    fn release(&mut self, g: usize, key: SyncKey, merge: bool) {
        let mine = self.clock_mut(g).clone();
        let slot = self.sync.entry(key).or_default();
        if merge {
            slot.join(&mine);
        } else {
            *slot = mine;
        }
        self.clock_mut(g).tick(g);
    }
}

/// A place of channel `ci` (what a send reads and a close writes).
fn chan_place(ci: usize) -> Place {
    (CHANNELS, ci as u32, Vec::new())
}

impl Machine {
    /// Turns on Go's race detector for this run (`go run -race`): from
    /// now on, synchronisation moves clocks and every memory access of the
    /// program's code is checked. A run without it pays nothing.
    pub fn enable_race_detector(&mut self) {
        let mut r = RaceDetector::default();
        for gi in 0..self.goroutines.len() {
            r.clock_mut(gi).tick(gi);
            r.created.push(Rc::from(Vec::new()));
        }
        self.race = Some(Box::new(r));
        self.heap.race_log.on = true;
    }

    /// The data races found so far, in the order they were reported.
    pub fn races(&self) -> &[Race] {
        self.race.as_deref().map_or(&[], |r| &r.races)
    }

    /// A new goroutine `child` starts: it knows everything its creator
    /// knew (`parent`'s clock at the `go` statement, or the clock of the
    /// timer that fired), with the creator's stack for the report.
    pub(super) fn race_spawned(
        &mut self,
        parent: Option<usize>,
        timer: Option<&Addr>,
        child: usize,
    ) {
        let created: Rc<[Frame]> = match parent {
            Some(p) => self.code_frames(p).into(),
            None => Rc::from(vec![Frame::Runtime {
                func: "time.goFunc",
                file: "time/sleep.go",
                line: 182,
                offset: 0x3d,
            }]),
        };
        let Some(r) = self.race.as_deref_mut() else {
            return;
        };
        let mut c = match parent {
            Some(p) => r.clock_mut(p).clone(),
            None => Clock::default(),
        };
        if let Some(t) = timer {
            if let Some(tc) = r.sync.get(&SyncKey::Timer(t.clone())) {
                c.join(tc);
            }
        }
        c.tick(child);
        *r.clock_mut(child) = c;
        if r.created.len() <= child {
            r.created.resize_with(child + 1, || Rc::from(Vec::new()));
        }
        r.created[child] = created;
        if let Some(p) = parent {
            r.clock_mut(p).tick(p);
        }
    }

    pub(super) fn race_acquire(&mut self, gi: usize, key: SyncKey) {
        if let Some(r) = self.race.as_deref_mut() {
            r.acquire(gi, &key);
        }
    }

    /// Go's `racerelease` (`merge`: `racereleasemerge`).
    pub(super) fn race_release(&mut self, gi: usize, key: SyncKey, merge: bool) {
        if let Some(r) = self.race.as_deref_mut() {
            r.release(gi, key, merge);
        }
    }

    /// An atomic read-modify-write: takes in and merges back (acquire and
    /// release at once).
    pub(super) fn race_acquire_release(&mut self, gi: usize, key: SyncKey) {
        if let Some(r) = self.race.as_deref_mut() {
            r.acquire(gi, &key);
            r.release(gi, key, true);
        }
    }

    /// An unbuffered channel's hand-off between goroutines `a` and `b`:
    /// each knows what the other did before it (Go's `racesync`).
    pub(super) fn race_handoff(&mut self, a: usize, b: usize) {
        if let Some(r) = self.race.as_deref_mut() {
            let mut both = r.clock_mut(a).clone();
            both.join(r.clock_mut(b));
            *r.clock_mut(a) = both.clone();
            *r.clock_mut(b) = both;
            r.clock_mut(a).tick(a);
            r.clock_mut(b).tick(b);
        }
    }

    /// A value goes through the buffer of channel `ci` (capacity `cap`):
    /// goroutine `gi` sends it into the next send slot (`recv` false) or
    /// takes it from the next receive slot, acquiring and releasing the
    /// slot (Go's `racenotify`), so the k-th receive happens before the
    /// (k+cap)-th send completes. `then` is a second goroutine passing
    /// through the same slot (a parked partner the operation completes).
    pub(super) fn race_slot(
        &mut self,
        gi: usize,
        ci: usize,
        cap: usize,
        recv: bool,
        then: Option<usize>,
    ) {
        let Some(r) = self.race.as_deref_mut() else {
            return;
        };
        let counts = r.counts.entry(ci as u32).or_default();
        let n = if recv { counts.1 } else { counts.0 };
        let key = SyncKey::Slot(ci as u32, n % cap.max(1) as u64);
        for g in std::iter::once(gi).chain(then) {
            r.acquire(g, &key);
            r.release(g, key.clone(), false);
        }
        let counts = r.counts.entry(ci as u32).or_default();
        if recv || then.is_some() {
            counts.1 += 1;
        }
        if !recv || then.is_some() {
            counts.0 += 1;
        }
    }

    /// The shared prefix of `race_chan_*`: the stack of goroutine `gi`
    /// under a frame of Go's channel code.
    fn chan_site(&self, gi: usize, func: &'static str, line: u32) -> Vec<Frame> {
        let mut frames = vec![Frame::Runtime {
            func,
            file: "runtime/chan.go",
            line,
            offset: 0,
        }];
        frames.extend(self.code_frames(gi));
        frames
    }

    /// A send on channel `ci` reads the channel (so a close racing with
    /// it is reported).
    pub(super) fn race_chan_send(&mut self, gi: usize, ci: usize) {
        if self.race.is_some() {
            let frames = self.chan_site(gi, "runtime.chansend", 176);
            self.race_access(gi, chan_place(ci), false, false, frames);
        }
    }

    /// Closing channel `ci` writes it and stores the closer's clock.
    pub(super) fn race_chan_close(&mut self, gi: usize, ci: usize) {
        if self.race.is_some() {
            let frames = self.chan_site(gi, "runtime.closechan", 414);
            self.race_access(gi, chan_place(ci), true, false, frames);
            self.race_release(gi, SyncKey::Closed(ci as u32), false);
        }
    }

    /// The stack of goroutine `gi` as a report shows it, innermost first:
    /// Go hides the runtime's entry and method-value wrappers.
    pub(super) fn code_frames(&self, gi: usize) -> Vec<Frame> {
        let g = &self.goroutines[gi];
        let mut frames: Vec<Frame> = g
            .frames
            .iter()
            .rev()
            .filter(|f| {
                let name = &self.prog.funcs[f.func.0 as usize].name;
                name != "runtime.main" && !name.ends_with("-fm")
            })
            .map(|f| Frame::Code {
                func: f.func,
                line: self.prog.funcs[f.func.0 as usize].line_before(f.pc),
                pc: f.pc,
            })
            .collect();
        if let (n @ 1.., Some(super::Creator::Go { func, line, .. })) = (g.wrapper, &g.created_by) {
            frames.push(Frame::Wrapper {
                func: *func,
                n,
                line: *line,
            });
        }
        frames
    }

    /// Checks the accesses the instruction goroutine `gi` just ran made
    /// (the heap's log), if it runs the program's own code.
    pub(super) fn race_instruction_done(&mut self, gi: usize) {
        let log = self.heap.race_log.take();
        if log.is_empty() || !self.in_program_code(gi) {
            return;
        }
        let frames = self.code_frames(gi);
        for (place, write) in log {
            self.race_access(gi, place, write, false, frames.clone());
        }
    }

    /// One memory access of goroutine `gi`: checked against the shadow,
    /// reported if it races.
    pub(super) fn race_access(
        &mut self,
        gi: usize,
        place: Place,
        write: bool,
        atomic: bool,
        frames: Vec<Frame>,
    ) {
        let Some(r) = self.race.as_deref_mut() else {
            return;
        };
        let site = Rc::new(Site {
            frames,
            addr: address(&place),
        });
        let access = Access {
            goroutine: gi,
            clock: r.epoch(gi),
            write,
            atomic,
            site,
        };
        let clock = r.clock_mut(gi).clone();
        let Some(before) = r.shadow.access(place.clone(), access.clone(), &clock) else {
            return;
        };
        let stacks = {
            let (a, b) = (access.site.frames.clone(), before.site.frames.clone());
            if a <= b { (a, b) } else { (b, a) }
        };
        if r.reported_places.contains(&place) || r.reported_stacks.contains(&stacks) {
            return;
        }
        r.reported_places.insert(place);
        r.reported_stacks.insert(stacks);
        let race = self.race_report(&access, &before);
        self.write_stderr(race.text().as_bytes());
        if let Some(r) = self.race.as_deref_mut() {
            r.races.push(race);
        }
    }
}

/// The address a report shows for a place: made up, but the same for the
/// same place and different for different ones in practice.
fn address(place: &Place) -> u64 {
    let (obj, idx, path) = place;
    let mut a = 0x00c0_0001_0000_u64 + (u64::from(*obj) << 12);
    if *obj == CHANNELS {
        a = 0x00c0_0008_0000_u64 + (u64::from(*idx) << 7);
    } else if *idx != WHOLE && *idx != MAP_HEADER {
        a += 0x40 + u64::from(*idx % 256) * 8;
    }
    for p in path {
        a += u64::from(*p % 16) * 8;
    }
    a & 0xffff_ffff_ffff
}
