//! The split search's messages as bytes ([`runtime::wire`]): what the
//! page's coordinator and its Web Workers say to each other. Each worker is
//! its own wasm instance, so a task, the news of its search and the
//! outcomes it found must survive the trip exactly, or the merged report
//! would depend on which worker ran what.

use crate::execution::{ChoiceKind, Effect};
use crate::outcomes::OutcomeClass;
use crate::schedule::Schedule;
use crate::split::{Escape, News, Seed, Task};
use crate::strategy::Answers;
use crate::{Options, Report, StrategyKind};
pub use runtime::wire::{Codec, Wire, decode, encode};
use runtime::wire::{tag, variant};

/// What the coordinator tells a worker.
#[derive(Clone, Debug)]
pub enum ToWorker {
    /// The learner's program (`prog.go`), the prelude packages it needs
    /// (folder, then its files' names and sources), and the search's
    /// options.
    Start {
        source: String,
        packages: Vec<(String, Vec<(String, String)>)>,
        options: Options,
    },
    /// A task to run after those already given.
    Run(Task),
}

/// What a worker tells the coordinator: news of one task, in order.
pub type FromWorker = (usize, Vec<News>);

impl Wire for ToWorker {
    fn blank() -> ToWorker {
        ToWorker::Run(Task::blank())
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let now = match self {
            ToWorker::Start { .. } => 0,
            ToWorker::Run(_) => 1,
        };
        let Some(t) = tag(c, now, 2) else { return };
        if c.decoding() && t == 0 {
            *self = ToWorker::Start {
                source: String::new(),
                packages: Vec::new(),
                options: Options::default(),
            };
        }
        match self {
            ToWorker::Start {
                source,
                packages,
                options,
            } => {
                source.wire(c);
                packages.wire(c);
                options.wire(c);
            }
            ToWorker::Run(task) => task.wire(c),
        }
    }
}

const STRATEGIES: [StrategyKind; 4] = [
    StrategyKind::Dfs,
    StrategyKind::Bounded,
    StrategyKind::Random,
    StrategyKind::Pct,
];

impl Wire for Options {
    fn blank() -> Options {
        Options::default()
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        variant(&mut self.strategy, &STRATEGIES, c);
        self.reduction.wire(c);
        self.preemption_bound.wire(c);
        self.pct_depth.wire(c);
        self.max_schedules.wire(c);
        self.max_steps.wire(c);
        self.max_instructions.wire(c);
        self.seed.wire(c);
        self.fail_on_leak.wire(c);
        self.race.wire(c);
    }
}

const CHOICES: [ChoiceKind; 3] = [ChoiceKind::Goroutine, ChoiceKind::Case, ChoiceKind::Rand];

impl Wire for Effect {
    fn blank() -> Effect {
        Effect {
            footprint: Wire::blank(),
            ends: false,
            observable: false,
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.footprint.wire(c);
        self.ends.wire(c);
        self.observable.wire(c);
    }
}

impl Wire for Seed {
    fn blank() -> Seed {
        Seed {
            kind: ChoiceKind::Goroutine,
            options: Answers::default(),
            taken: 0,
            done: Vec::new(),
            sleep: Vec::new(),
            explored: Vec::new(),
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        variant(&mut self.kind, &CHOICES, c);
        self.options.runs.wire(c);
        self.taken.wire(c);
        self.done.wire(c);
        self.sleep.wire(c);
        self.explored.wire(c);
    }
}

impl Wire for Task {
    fn blank() -> Task {
        Task {
            id: 0,
            path: Vec::new(),
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.id.wire(c);
        self.path.wire(c);
    }
}

impl Wire for Escape {
    fn blank() -> Escape {
        Escape { node: 0, answer: 0 }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.node.wire(c);
        self.answer.wire(c);
    }
}

impl Wire for News {
    fn blank() -> News {
        News::Escapes(Vec::new())
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let now = match self {
            News::Path { .. } => 0,
            News::Escapes(_) => 1,
            News::Progress(_) => 2,
            News::Done(_) => 3,
        };
        let Some(t) = tag(c, now, 4) else { return };
        if c.decoding() {
            *self = match t {
                0 => News::Path {
                    from: 0,
                    seeds: Vec::new(),
                },
                1 => News::Escapes(Vec::new()),
                2 => News::Progress(0),
                _ => News::Done(Box::new(Report::blank())),
            };
        }
        match self {
            News::Path { from, seeds } => {
                from.wire(c);
                seeds.wire(c);
            }
            News::Escapes(escapes) => escapes.wire(c),
            News::Progress(n) => n.wire(c),
            News::Done(report) => report.wire(c),
        }
    }
}

/// A task's report: the split search's own strategy names only.
impl Wire for Report {
    fn blank() -> Report {
        Report {
            complete: false,
            schedules: 0,
            redundant: 0,
            limited: 0,
            strategy: "dfs",
            outcomes: Vec::new(),
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.complete.wire(c);
        self.schedules.wire(c);
        self.redundant.wire(c);
        self.limited.wire(c);
        let mut reduced = self.strategy == "dfs";
        reduced.wire(c);
        self.strategy = if reduced { "dfs" } else { "dfs-unreduced" };
        self.outcomes.wire(c);
    }
}

/// What the rest of a class follows from (see [`OutcomeClass::of`]) goes
/// as it is; the rest is worked out again on arrival.
impl Wire for OutcomeClass {
    fn blank() -> OutcomeClass {
        OutcomeClass::of(Wire::blank(), Schedule::default(), (0, 0), false)
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.example.wire(c);
        self.schedule.choices.wire(c);
        self.preemptions.wire(c);
        self.steps.wire(c);
        self.count.wire(c);
        self.failing.wire(c);
        if c.decoding() {
            let (count, failing) = (self.count, self.failing);
            *self = OutcomeClass::of(
                std::mem::replace(&mut self.example, Wire::blank()),
                std::mem::take(&mut self.schedule),
                (self.preemptions, self.steps),
                false,
            );
            (self.count, self.failing) = (count, failing);
        }
    }
}
