//! The explorer: runs a program under many schedules to find every
//! distinct outcome, and hands back a replayable schedule for each.
//!
//! A [`Strategy`](strategy::Strategy) answers the engine's scheduler
//! questions; [`execution`] runs one schedule and records its choices and
//! footprints; the DPOR strategy's [`backtrack`] analysis decides what else
//! must be tried; [`outcomes`] groups the results. [`Explorer`] runs in
//! slices of a given number of schedules, so a page can explore between
//! frames and show progress. Like the engine, it reads no clock: callers
//! time it.

#![warn(clippy::unwrap_used)]

pub mod backtrack;
pub mod bench;
mod dependence;
pub mod execution;
pub mod outcomes;
pub mod pool;
pub mod schedule;
pub mod split;
pub mod strategy;
#[cfg(not(target_arch = "wasm32"))]
pub mod threads;
pub mod wire;
pub mod worker;

use execution::{Execution, Run, execute};
pub use outcomes::OutcomeClass;
use outcomes::Outcomes;
use runtime::machine::{Limits, Machine};
use schedule::Schedule;
use strategy::Strategy;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrategyKind {
    Dfs,
    Bounded,
    Random,
    Pct,
}

impl StrategyKind {
    pub fn parse(s: &str) -> Option<StrategyKind> {
        Some(match s {
            "dfs" => StrategyKind::Dfs,
            "bounded" => StrategyKind::Bounded,
            "random" => StrategyKind::Random,
            "pct" => StrategyKind::Pct,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub strategy: StrategyKind,
    /// Partial-order reduction for `dfs` (off: every interleaving).
    pub reduction: bool,
    pub preemption_bound: u32,
    /// PCT's depth `d`.
    pub pct_depth: u32,
    pub max_schedules: u64,
    /// Scheduling steps one run may take before it counts as a `limit`.
    pub max_steps: u64,
    /// Instructions one run may execute before it counts as a `limit`.
    pub max_instructions: u64,
    pub seed: u64,
    /// Goroutines left blocked at exit make an outcome failing.
    pub fail_on_leak: bool,
    /// Go's race detector in every run: each outcome says which data
    /// races its runs had (memory accesses interleave either way).
    pub race: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            strategy: StrategyKind::Dfs,
            reduction: true,
            preemption_bound: 2,
            pct_depth: 3,
            max_schedules: 100_000,
            max_steps: 20_000,
            max_instructions: 50_000_000,
            seed: 0,
            fail_on_leak: false,
            race: false,
        }
    }
}

impl Options {
    /// The options of the page and the course: the defaults with Go's race
    /// detector on, as a learner would run `go run -race`. A program with a
    /// reachable data race must never be called clean there.
    pub fn with_race_detector() -> Options {
        Options {
            race: true,
            ..Options::default()
        }
    }

    /// The engine limits of one run. Replays must use the same ones, or a
    /// `limit` outcome would not reproduce.
    pub fn limits(&self) -> Limits {
        Limits::default()
            .with_max_steps(self.max_steps)
            .with_max_instructions(self.max_instructions)
    }

    /// The machine every run starts from.
    pub fn machine(&self, build: &runtime::Build) -> Machine {
        let mut m = build.machine(self.limits());
        if self.race {
            m.enable_race_detector();
        }
        m
    }

    fn strategy(&self) -> Box<dyn Strategy> {
        match self.strategy {
            StrategyKind::Dfs => Box::new(strategy::Dfs::new(self.reduction)),
            #[cfg(not(target_arch = "wasm32"))]
            StrategyKind::Bounded => Box::new(strategy::Bounded::new(self.preemption_bound)),
            #[cfg(not(target_arch = "wasm32"))]
            StrategyKind::Random => Box::new(strategy::RandomWalk::new(self.seed)),
            #[cfg(not(target_arch = "wasm32"))]
            StrategyKind::Pct => Box::new(strategy::Pct::new(self.seed, self.pct_depth)),
            // The page offers no choice of strategy (see strategy/mod.rs).
            #[cfg(target_arch = "wasm32")]
            _ => Box::new(strategy::Dfs::new(self.reduction)),
        }
    }
}

/// What an exploration found so far.
#[derive(Clone, Debug)]
pub struct Report {
    /// Every schedule of the (reduced) space was run.
    pub complete: bool,
    /// Runs that reached an outcome.
    pub schedules: u64,
    /// Runs the reduction abandoned as repeats of explored ones.
    pub redundant: u64,
    /// Schedules that hit a resource limit (they count in `schedules`).
    pub limited: u64,
    pub strategy: &'static str,
    pub outcomes: Vec<OutcomeClass>,
}

impl Report {
    pub fn failing(&self) -> bool {
        self.outcomes.iter().any(|o| o.failing)
    }
}

/// Runs that hit a resource limit after which a search stops.
pub const MAX_LIMITED_RUNS: u64 = 3;

/// A resumable exploration of one program.
pub struct Explorer {
    base: Machine,
    strategy: Box<dyn Strategy>,
    outcomes: Outcomes,
    max_schedules: u64,
    schedules: u64,
    redundant: u64,
    limited: u64,
    done: bool,
    /// Cut short (by `max_schedules`, or a run that hit a limit) rather
    /// than out of schedules.
    capped: bool,
    /// The previous run, whose beginning a resumed run shares.
    last: Option<Run>,
    /// The run under way, when a slice ended in the middle of it.
    current: Option<Execution>,
}

impl Explorer {
    pub fn new(build: &runtime::Build, options: &Options) -> Explorer {
        Explorer {
            base: options.machine(build),
            strategy: options.strategy(),
            outcomes: Outcomes {
                classes: Vec::new(),
                fail_on_leak: options.fail_on_leak,
            },
            max_schedules: options.max_schedules,
            schedules: 0,
            redundant: 0,
            limited: 0,
            done: false,
            capped: false,
            last: None,
            current: None,
        }
    }

    /// The explorer of one task of a split search (see [`split`]),
    /// starting its runs at the program's first choice when `root` (see
    /// [`split::Root`]) holds it.
    pub fn for_task(
        build: &runtime::Build,
        options: &Options,
        task: &split::Task,
        root: Option<&split::Root>,
    ) -> Explorer {
        let mut e = Explorer::new(build, options);
        let root = root.filter(|_| !task.path.is_empty());
        let snapshot = root.map(|r| r.snapshot.clone());
        e.strategy = Box::new(strategy::Dfs::for_task(options.reduction, task, snapshot));
        e.last = root.map(|r| r.run.clone());
        e
    }

    /// For a task of a split search: what the coordinator must hear since
    /// the last call.
    pub fn split_news(&mut self) -> Vec<split::News> {
        self.strategy.split_news()
    }

    /// Runs up to `budget` more schedules; true once the exploration is
    /// over (space covered, strategy out of ideas, `max_schedules`, or
    /// [`MAX_LIMITED_RUNS`] runs that hit a resource limit).
    pub fn run(&mut self, budget: u64) -> bool {
        let mut finished = 0;
        while finished < budget && !self.done {
            if self.work(&mut { u64::MAX }) {
                finished += 1;
            }
        }
        self.done
    }

    /// Explores until about `fuel` units of work are done (a step costs
    /// its instructions plus the number of runnable goroutines): a
    /// schedule longer than that is cut there and goes on at the next
    /// call, so no call takes long whatever the program does. True once
    /// the exploration is over.
    pub fn run_for(&mut self, mut fuel: u64) -> bool {
        while fuel > 0 && !self.done {
            self.work(&mut fuel);
        }
        self.done
    }

    /// Runs the schedule under way, or the next one, on until it ends or
    /// about `fuel` is spent; true when it ended or the exploration is
    /// over. A split task's news is drained only at these points, after
    /// each run, so what it says never depends on how work was sliced.
    pub fn run_one_for(&mut self, mut fuel: u64) -> bool {
        if self.done {
            return true;
        }
        let ended = self.work(&mut fuel);
        ended || self.done
    }

    /// Schedules run so far (those abandoned as repeats not counted).
    pub fn schedules(&self) -> u64 {
        self.schedules
    }

    /// The exploration is over.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Starts a schedule if none is under way and runs it on until it ends
    /// or `fuel` is spent; true when a schedule was finished.
    fn work(&mut self, fuel: &mut u64) -> bool {
        let mut execution = match self.current.take() {
            Some(e) => e,
            None => match self.start() {
                Some(e) => e,
                None => return false,
            },
        };
        if !execution.go(self.strategy.as_mut(), fuel) {
            self.current = Some(execution);
            return false;
        }
        let (run, _) = execution.finish(self.strategy.as_ref());
        // A run that hit a limit (an endless loop, a goroutine bomb, a long
        // loop in one interleaving) is one outcome, and the search goes on
        // with the others; but it cannot say the space was covered, and
        // after a few such runs it stops, as their siblings tend to repeat
        // them, each as long.
        if run.outcome.as_ref().is_some_and(|o| o.limit().is_some()) {
            self.limited += 1;
            self.capped = true;
            if self.limited >= MAX_LIMITED_RUNS {
                self.done = true;
            }
        }
        self.strategy.finished(&run);
        if run.abandoned {
            self.redundant += 1;
        } else {
            self.schedules += 1;
            self.outcomes.add(&run);
        }
        self.last = Some(run);
        true
    }

    /// The next schedule's execution, from the strategy's kept state or
    /// from the start; `None` when the exploration is over.
    fn start(&mut self) -> Option<Execution> {
        if self.schedules >= self.max_schedules {
            self.capped = true;
            self.done = true;
            return None;
        }
        if !self.strategy.next_run() {
            self.done = true;
            return None;
        }
        let resume = self.strategy.resume_point();
        let strategy = self.strategy.as_ref();
        Some(match (resume, self.last.take()) {
            (Some(at), Some(previous)) => {
                let run = Run::resumed(previous, &at);
                Execution::new(at.machine, run, strategy, false)
            }
            _ => Execution::new(self.base.clone(), Run::default(), strategy, false),
        })
    }

    /// Runs to the end.
    pub fn run_all(&mut self) -> Report {
        while !self.run(1024) {}
        self.report()
    }

    pub fn report(&self) -> Report {
        Report {
            complete: self.done && !self.capped && self.strategy.complete(),
            schedules: self.schedules,
            redundant: self.redundant,
            limited: self.limited,
            strategy: self.strategy.name(),
            outcomes: self.outcomes.classes.clone(),
        }
    }
}

/// One run that followed a recorded schedule.
pub struct Replayed {
    pub run: Run,
    /// What happened, step by step (when asked for).
    pub events: Vec<runtime::machine::Event>,
    /// The first choice the schedule could not answer (the program asks
    /// different questions than the one it was recorded on).
    pub diverged_at: Option<usize>,
}

/// Replays `schedule` on `build`, recording the event stream if asked.
pub fn replay(
    build: &runtime::Build,
    schedule: &Schedule,
    options: &Options,
    record_events: bool,
) -> Replayed {
    let mut strategy = strategy::Replay::new(schedule.clone());
    strategy.next_run();
    let base = options.machine(build);
    let (run, events) = execute(&base, &mut strategy, record_events);
    Replayed {
        run,
        events,
        diverged_at: strategy.diverged_at,
    }
}
