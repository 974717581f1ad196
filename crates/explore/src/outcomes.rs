//! Distinct outcomes: runs grouped by what a user would call "the same
//! result", each with how often it happened and the simplest schedule
//! that leads to it.

use crate::execution::Run;
use crate::schedule::Schedule;
use runtime::machine::{Outcome, OutcomeKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeClass {
    pub kind: OutcomeKind,
    pub exit_code: i32,
    pub stdout: String,
    /// The first line of stderr outside race reports (see
    /// `Outcome::stderr_first_line`).
    pub stderr_first_line: String,
    /// Goroutines still blocked when the program ended.
    pub leaked: usize,
    /// How many schedules led here.
    pub count: u64,
    /// The schedule with the fewest preemptions, then the fewest steps.
    pub schedule: Schedule,
    pub preemptions: u32,
    pub steps: usize,
    /// The full outcome of that schedule (stderr, where goroutines blocked).
    pub example: Outcome,
    /// A bug: a panic, fatal error, limit, internal error, a data race
    /// (with the race detector on), or (when leaks count) a goroutine
    /// left blocked.
    pub failing: bool,
    /// The data races of these runs, as pairs of source locations.
    pub races: Vec<RacePair>,
}

/// Where the two accesses of a data race are: function and line of the
/// later access, then of the earlier one, with whether each writes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RacePair {
    pub access: (String, u32, bool),
    pub previous: (String, u32, bool),
}

/// The races of an outcome, sorted: runs that raced at the same places
/// are alike whatever order the reports came in.
fn race_pairs(o: &Outcome) -> Vec<RacePair> {
    let side = |a: &runtime::machine::RaceAccess| (a.func().to_string(), a.line(), a.is_write());
    let mut pairs: Vec<RacePair> = Vec::new();
    for r in o.races() {
        let pair = RacePair {
            access: side(r.access()),
            previous: side(r.previous()),
        };
        if let Err(at) = pairs.binary_search(&pair) {
            pairs.insert(at, pair);
        }
    }
    pairs
}

impl OutcomeClass {
    /// Outcomes are the same when their kind, exit status, stdout, first
    /// line of stderr and data races are; a normal exit that leaves
    /// goroutines blocked is also told apart from one that does not.
    fn same(&self, o: &Outcome) -> bool {
        self.kind == o.kind()
            && self.exit_code == o.exit_code()
            && self.stdout == o.stdout()
            && self.stderr_first_line == o.stderr_first_line()
            && (o.kind() != OutcomeKind::Exit || (self.leaked > 0) != o.blocked().is_empty())
            && self.races == race_pairs(o)
    }

    /// [`OutcomeClass::same`] between two classes.
    fn same_class(&self, o: &OutcomeClass) -> bool {
        self.kind == o.kind
            && self.exit_code == o.exit_code
            && self.stdout == o.stdout
            && self.stderr_first_line == o.stderr_first_line
            && (o.kind != OutcomeKind::Exit || (self.leaked > 0) == (o.leaked > 0))
            && self.races == o.races
    }
}

#[derive(Clone, Debug, Default)]
pub struct Outcomes {
    pub classes: Vec<OutcomeClass>,
    pub fail_on_leak: bool,
}

impl Outcomes {
    /// Adds the classes another part of the same search found (a task of a
    /// split search), after this part's: counts add up, and each class
    /// keeps the simpler schedule, the one found first on a tie.
    pub fn merge(&mut self, classes: &[OutcomeClass]) {
        for c in classes {
            match self.classes.iter_mut().find(|k| k.same_class(c)) {
                Some(k) => {
                    let count = k.count + c.count;
                    if (c.preemptions, c.steps) < (k.preemptions, k.steps) {
                        *k = c.clone();
                    }
                    k.count = count;
                }
                None => self.classes.push(c.clone()),
            }
        }
    }

    /// Counts a finished run in its class, keeping the simpler schedule.
    pub fn add(&mut self, run: &Run) {
        let Some(o) = &run.outcome else { return };
        let rank = (run.preemptions, run.steps.len());
        if let Some(c) = self.classes.iter_mut().find(|c| c.same(o)) {
            c.count += 1;
            if rank < (c.preemptions, c.steps) {
                c.schedule = Schedule {
                    choices: run.choices.clone(),
                };
                (c.preemptions, c.steps) = rank;
                c.leaked = o.blocked().len();
                c.example = o.clone();
            }
            return;
        }
        self.classes.push(OutcomeClass::of(
            o.clone(),
            Schedule {
                choices: run.choices.clone(),
            },
            (run.preemptions, run.steps.len()),
            self.fail_on_leak,
        ));
    }
}

impl OutcomeClass {
    /// The class of one run's outcome `example`, reached by `schedule`
    /// with `(preemptions, steps)`; counted once.
    pub fn of(
        example: Outcome,
        schedule: Schedule,
        (preemptions, steps): (u32, usize),
        fail_on_leak: bool,
    ) -> OutcomeClass {
        let o = &example;
        let leaked = o.blocked().len();
        OutcomeClass {
            kind: o.kind(),
            exit_code: o.exit_code(),
            stdout: o.stdout().to_string(),
            stderr_first_line: o.stderr_first_line().to_string(),
            leaked,
            count: 1,
            failing: o.kind() != OutcomeKind::Exit
                || !o.races().is_empty()
                || (fail_on_leak && leaked > 0),
            races: race_pairs(o),
            schedule,
            preemptions,
            steps,
            example,
        }
    }
}
