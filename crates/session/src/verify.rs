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
        ..Options::default()
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
    /// outcome (its schedule replays it).
    Failing {
        failing: u64,
        schedules: u64,
        complete: bool,
        worst: Box<OutcomeClass>,
    },
}

impl Verdict {
    pub fn of(report: &Report) -> Verdict {
        let failing: u64 = report
            .outcomes
            .iter()
            .filter(|o| o.failing)
            .map(|o| o.count)
            .sum();
        let worst = report
            .outcomes
            .iter()
            .filter(|o| o.failing)
            .min_by_key(|o| (severity(o.kind), o.preemptions, o.steps))
            .cloned()
            .map(Box::new);
        match worst {
            None => Verdict::Clean {
                schedules: report.schedules,
                complete: report.complete,
            },
            Some(worst) => Verdict::Failing {
                failing,
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

/// Which failure to show first: panics and fatal errors before leaks and
/// limits.
fn severity(kind: OutcomeKind) -> u8 {
    match kind {
        OutcomeKind::Panic => 0,
        OutcomeKind::Fatal => 1,
        OutcomeKind::Internal => 2,
        OutcomeKind::Limit => 3,
        OutcomeKind::Exit => 4,
    }
}
