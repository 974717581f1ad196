//! The machine's side of Go's race detector (the `race` crate): turning
//! what goroutines do into its calls — a `go` statement, each
//! synchronisation, each memory access of the program's own code — and a
//! race it finds into Go's report, written to stderr at once as Go does.
//!
//! The detector lives in the machine (it is part of the state a clone
//! copies) and is off unless asked for: without it, none of this runs but
//! a test of an `Option`.

mod hooks;
mod report;

pub(crate) use ::race::{Frame, MAX_ELEMS, MapOp, Place, SyncKey, WHOLE};
pub(crate) use report::REPORT_RULE;
pub use report::{Race, RaceAccess};

use super::Machine;
use ::race::Detector;
use std::rc::Rc;

/// The detector and what it reported so far.
#[derive(Clone, Debug)]
pub(crate) struct RaceRun {
    detector: Detector,
    races: Vec<Race>,
}

impl Machine {
    /// Turns on Go's race detector for this run (`go run -race`): from
    /// now on, synchronisation moves clocks and every memory access of the
    /// program's code is checked. A run without it pays nothing.
    pub fn enable_race_detector(&mut self) {
        self.race = Some(Box::new(RaceRun {
            detector: Detector::new(self.goroutines.len()),
            races: Vec::new(),
        }));
        self.heap.race_log.on = true;
    }

    /// The data races found so far, in the order they were reported.
    pub fn races(&self) -> &[Race] {
        self.race.as_deref().map_or(&[], |r| &r.races)
    }

    fn detector(&mut self) -> Option<&mut Detector> {
        self.race.as_deref_mut().map(|r| &mut r.detector)
    }

    /// A new goroutine `child` starts: created by goroutine `parent`'s
    /// `go` statement, or by the timer `timer` firing (Go's `time.goFunc`).
    pub(super) fn race_spawned(
        &mut self,
        parent: Option<usize>,
        timer: Option<&::race::Addr>,
        child: usize,
    ) {
        if self.race.is_none() {
            return;
        }
        let created: Rc<[Frame]> = match parent {
            Some(p) => self.code_frames(p).into(),
            None => Rc::from(vec![Frame::Runtime {
                func: "time.goFunc",
                file: "time/sleep.go",
                line: 182,
                offset: 0x3d,
            }]),
        };
        if let Some(d) = self.detector() {
            d.spawned(parent, timer, child, created);
        }
    }

    pub(super) fn race_acquire(&mut self, gi: usize, key: SyncKey) {
        if let Some(d) = self.detector() {
            d.acquire(gi, &key);
        }
    }

    /// Go's `racerelease` (`merge`: `racereleasemerge`).
    pub(super) fn race_release(&mut self, gi: usize, key: SyncKey, merge: bool) {
        if let Some(d) = self.detector() {
            d.release(gi, key, merge);
        }
    }

    /// An atomic read-modify-write: acquire and release at once.
    pub(super) fn race_acquire_release(&mut self, gi: usize, key: SyncKey) {
        if let Some(d) = self.detector() {
            d.acquire_release(gi, key);
        }
    }

    /// An unbuffered channel's hand-off between goroutines `a` and `b`.
    pub(super) fn race_handoff(&mut self, a: usize, b: usize) {
        if let Some(d) = self.detector() {
            d.handoff(a, b);
        }
    }

    /// A value through the buffer of channel `ci` (see `Detector::slot`).
    pub(super) fn race_slot(
        &mut self,
        gi: usize,
        ci: usize,
        cap: usize,
        recv: bool,
        then: Option<usize>,
    ) {
        if let Some(d) = self.detector() {
            d.slot(gi, ci as u32, cap, recv, then);
        }
    }

    /// The stack of goroutine `gi` under a frame of Go's channel code.
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
            self.race_access(
                gi,
                ::race::chan_place(ci as u32),
                false,
                false,
                frames.into(),
            );
        }
    }

    /// Closing channel `ci` writes it and stores the closer's clock.
    pub(super) fn race_chan_close(&mut self, gi: usize, ci: usize) {
        if self.race.is_some() {
            let frames = self.chan_site(gi, "runtime.closechan", 414);
            self.race_access(
                gi,
                ::race::chan_place(ci as u32),
                true,
                false,
                frames.into(),
            );
            self.race_release(gi, SyncKey::Closed(ci as u32), false);
        }
    }

    /// The stack of goroutine `gi` as a report shows it, innermost first:
    /// Go hides the runtime's entry and method-value wrappers, and shows
    /// the `gowrapN` wrapper its `go` statement ran the call through.
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
    /// (the heap's log), if it runs the program's own code: the prelude's
    /// accesses are ordered by its own synchronisation (Go's libraries are
    /// race-free), whose edges the detector sees all the same.
    pub(super) fn race_instruction_done(&mut self, gi: usize) {
        let log = self.heap.race_log.take();
        let alone = self.race.as_deref().is_none_or(|r| r.detector.alone());
        if log.is_empty() || alone || !self.in_program_code(gi) {
            return;
        }
        let frames: Rc<[Frame]> = self.code_frames(gi).into();
        for (place, write) in log {
            self.race_access(gi, place, write, false, frames.clone());
        }
    }

    /// One memory access of goroutine `gi`: checked, and reported if it
    /// races.
    pub(super) fn race_access(
        &mut self,
        gi: usize,
        place: Place,
        write: bool,
        atomic: bool,
        frames: Rc<[Frame]>,
    ) {
        let Some((now, before)) = self
            .detector()
            .and_then(|d| d.access(gi, place, write, atomic, frames))
        else {
            return;
        };
        let race = self.race_report(&now, &before);
        self.write_stderr(race.text().as_bytes());
        if let Some(r) = self.race.as_deref_mut() {
            r.races.push(race);
        }
    }
}
