//! Instant verification: the explorer run over an edited program, summed
//! up as one verdict the page can show in a badge ("all N interleavings end
//! cleanly", "panics in 3 of N interleavings").

use explore::outcomes::OutcomeClass;
use explore::{Explorer, Options, Report};
use runtime::machine::OutcomeKind;

/// The explorer's options for verifying: exhaustive search, a cap that
/// keeps a lesson-sized program well under half a second.
pub fn options(fail_on_leak: bool) -> Options {
    Options {
        fail_on_leak,
        max_schedules: 20_000,
        ..Options::with_race_detector()
    }
}

/// An exploration the page runs in slices, between frames.
pub struct Verifier {
    explorer: Explorer,
    done: bool,
}

impl Verifier {
    pub fn new(build: &runtime::Build, fail_on_leak: bool) -> Verifier {
        Verifier {
            explorer: Explorer::new(build, &options(fail_on_leak)),
            done: false,
        }
    }

    /// Runs up to `budget` more schedules; true when finished.
    pub fn run(&mut self, budget: u64) -> bool {
        if !self.done {
            self.done = self.explorer.run(budget);
        }
        self.done
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn report(&self) -> Report {
        self.explorer.report()
    }
}

/// What the badge says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every schedule run ended cleanly. `complete`: that was all of them.
    Clean { schedules: u64, complete: bool },
    /// Some schedules fail: how many, of how many, and the first failing
    /// outcome (its schedule replays it). A schedule can both race and
    /// fail otherwise (a race, then a panic): it counts in `racy` and in
    /// `other`.
    Failing {
        failing: u64,
        /// Schedules with a data race.
        racy: u64,
        /// Schedules that fail for another reason: a panic, a fatal
        /// error, a leak, a limit.
        other: u64,
        schedules: u64,
        complete: bool,
        worst: Box<OutcomeClass>,
    },
}

impl Verdict {
    pub fn of(report: &Report) -> Verdict {
        let count = |which: &dyn Fn(&OutcomeClass) -> bool| -> u64 {
            report
                .outcomes
                .iter()
                .filter(|o| which(o))
                .map(|o| o.count)
                .sum()
        };
        let failing = count(&|o| o.failing);
        let racy = count(&|o| !o.races.is_empty());
        let other = count(&|o| o.failing && (o.kind != OutcomeKind::Exit || o.races.is_empty()));
        let worst = report
            .outcomes
            .iter()
            .filter(|o| o.failing)
            .min_by_key(|o| (severity(o), o.preemptions, o.steps))
            .cloned()
            .map(Box::new);
        match worst {
            None => Verdict::Clean {
                schedules: report.schedules,
                complete: report.complete,
            },
            Some(worst) => Verdict::Failing {
                failing,
                racy,
                other,
                schedules: report.schedules,
                complete: report.complete,
                worst,
            },
        }
    }

    pub fn is_clean(&self) -> bool {
        matches!(self, Verdict::Clean { .. })
    }
}

/// Which failure to replay first: panics and fatal errors, then data
/// races, then internal errors, limits and leaks.
fn severity(o: &OutcomeClass) -> u8 {
    match o.kind {
        OutcomeKind::Panic => 0,
        OutcomeKind::Fatal => 1,
        OutcomeKind::Exit if !o.races.is_empty() => 2,
        OutcomeKind::Internal => 3,
        OutcomeKind::Limit => 4,
        OutcomeKind::Exit => 5,
    }
}
