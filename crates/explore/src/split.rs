//! The exhaustive search split into tasks, so that several workers (threads
//! natively, Web Workers in a page) can share it, with a result that does
//! not depend on how many there are or how fast each one is.
//!
//! A *task* is the subtree below a path of choices. Its worker runs the
//! usual DPOR search there ([`crate::strategy::Dfs`]), except that the
//! choices of its path, and those it sheds as it goes, are never branched
//! locally: an answer the race analysis or a shed choice still has to try
//! there is an *escape*, sent to the coordinator, which turns each new one
//! into a new task (the path to that choice, the escaped answer, and what
//! is known there: the sleep set and the first steps of answers tried).
//! How a task sheds is in `strategy/task.rs`.
//!
//! Determinism comes from the order of commits, not of arrivals: the
//! coordinator takes a task's messages (its shallow path, its escapes in
//! the order found, its result) only once every earlier task is fully
//! committed, and numbers new tasks in commit order. What a task explores
//! depends only on what was committed before it was made, so the set of
//! tasks, each task's runs, and the merged outcomes (counts, and each
//! outcome's representative schedule, earliest task first on ties) are the
//! same for one worker or sixteen. Workers run later tasks while an
//! earlier one is still going; their messages wait their turn.

use crate::execution::{ChoiceKind, Effect, Run, Snapshot};
use crate::outcomes::Outcomes;
use crate::strategy::Answers;
use crate::{MAX_LIMITED_RUNS, Options, Report};
use runtime::GoroutineId;

/// The program's state at its first choice, and the run up to it: what
/// comes before (package initialisation, `main` up to its first `go`) is
/// the same in every schedule, so a worker runs it once and every task
/// it takes starts there, exactly as if it had run from the start.
pub struct Root {
    pub(crate) run: Run,
    pub(crate) snapshot: std::rc::Rc<Snapshot>,
}

impl Root {
    /// The root of `build`'s schedules, unless a choice other than which
    /// goroutine runs (a select case, a random value) comes first.
    pub fn of(build: &runtime::Build, options: &Options) -> Option<Root> {
        let mut first = FirstChoice(None);
        crate::execution::execute(&options.machine(build), &mut first, false);
        first.0.filter(|r| r.run.choices.is_empty())
    }
}

/// A strategy that stops the run at its first goroutine choice and keeps
/// the state there.
struct FirstChoice(Option<Root>);

impl crate::strategy::Strategy for FirstChoice {
    fn name(&self) -> &'static str {
        "first-choice"
    }
    fn next_run(&mut self) -> bool {
        true
    }
    fn pick_goroutine(&mut self, _: &Run, _: &[GoroutineId]) -> Option<GoroutineId> {
        None
    }
    fn pick_case(&mut self, _: &Run, _: GoroutineId, _: &[usize]) -> usize {
        0
    }
    fn pick_rand(&mut self, _: &Run, _: GoroutineId, _: u64) -> u64 {
        0
    }
    fn checkpoint(&mut self, machine: &runtime::machine::Machine, run: &Run) {
        self.0.get_or_insert_with(|| Root {
            run: run.clone(),
            snapshot: std::rc::Rc::new(Snapshot {
                machine: machine.clone(),
                steps: run.steps.len(),
                choices: run.choices.len(),
                current: run.current,
                preemptions: run.preemptions,
            }),
        });
    }
    /// The steps before the first choice carry their footprints, as in
    /// every run of the search.
    fn wants_footprints(&self) -> bool {
        true
    }
}

/// A choice on a task's path, as the worker's search tree needs it.
#[derive(Clone, Debug)]
pub struct Seed {
    pub(crate) kind: ChoiceKind,
    pub(crate) options: Answers,
    pub(crate) taken: u64,
    /// Answers tried or being tried here (by this task or others).
    pub(crate) done: Vec<u64>,
    /// Goroutines asleep on arrival at the choice.
    pub(crate) sleep: Vec<(GoroutineId, Effect)>,
    /// The first step of each answer tried here so far.
    pub(crate) explored: Vec<(GoroutineId, Effect)>,
}

/// One piece of the search: everything below `path`.
#[derive(Clone, Debug)]
pub struct Task {
    pub id: usize,
    pub path: Vec<Seed>,
}

/// Answer `answer` at choice `node` of the task's path (its index from the
/// root) should be tried too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escape {
    pub node: usize,
    pub answer: u64,
}

/// What a task's search tells the coordinator, in the order it happens.
#[derive(Clone, Debug)]
pub enum News {
    /// The choices of the task's path from index `from` on that the
    /// coordinator now owns: all of its given path after the first run
    /// (what the last of them learnt), then each choice it sheds.
    Path {
        from: usize,
        seeds: Vec<Seed>,
    },
    Escapes(Vec<Escape>),
    /// How many schedules the task has run so far. Only for the progress a
    /// page shows while the search goes on: it commits nothing.
    Progress(u64),
    /// The task is over; its outcomes and counts.
    Done(Box<Report>),
}

/// A search whose tasks' paths reach this many choices in all makes no
/// more tasks: the task being committed when it trips runs to its end
/// (shedding nothing more) and the search stops there, as at its schedule
/// budget. Each task carries its whole path, which the coordinator copies
/// when it makes the task: a program whose schedules are long (a polling
/// loop) and branch everywhere would otherwise make tasks faster than they
/// run, each thousands of choices long, until the page ran out of memory.
/// Counted at commits, so where a search stops does not depend on the
/// workers either.
pub const MAX_MADE_CHOICES: usize = 200_000;

/// A choice above the split depth, as every task so far saw it.
#[derive(Clone, Debug)]
struct Shared {
    kind: ChoiceKind,
    options: Answers,
    sleep: Vec<(GoroutineId, Effect)>,
    explored: Vec<(GoroutineId, Effect)>,
    /// Answers some task tries.
    done: Vec<u64>,
}

impl Shared {
    fn covers(&self, answer: u64) -> bool {
        self.done.contains(&answer) || self.sleep.iter().any(|(g, _)| u64::from(*g) == answer)
    }
}

/// Shallow choices by the answers of the choices before them, as a tree:
/// every prefix of a path is found in one walk down it, one step per
/// choice (a map keyed by whole prefixes cost a comparison of prefixes
/// per step, which made deep paths quadratic).
#[derive(Default)]
struct Choices {
    /// Node 0 is the empty prefix.
    nodes: Vec<ChoiceNode>,
}

#[derive(Default)]
struct ChoiceNode {
    shared: Option<Shared>,
    /// The node after each answer given here.
    next: Vec<(u64, usize)>,
}

impl Choices {
    /// The nodes of `answers[..0]`, `answers[..1]`, … `answers[..]`,
    /// made where missing.
    fn walk(&mut self, answers: &[u64]) -> Vec<usize> {
        if self.nodes.is_empty() {
            self.nodes.push(ChoiceNode::default());
        }
        let mut at = 0;
        let mut ids = vec![0];
        for &a in answers {
            at = match self.nodes[at].next.iter().find(|(b, _)| *b == a) {
                Some(&(_, n)) => n,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(ChoiceNode::default());
                    self.nodes[at].next.push((a, n));
                    n
                }
            };
            ids.push(at);
        }
        ids
    }

    /// The shared choice of each prefix of `answers`, as [`Choices::walk`]
    /// orders them, if every one is known.
    fn known(&self, answers: &[u64]) -> Option<Vec<&Shared>> {
        let mut at = 0;
        let mut found = vec![self.nodes.first()?.shared.as_ref()?];
        for &a in answers {
            at = self.nodes[at].next.iter().find(|(b, _)| *b == a)?.1;
            found.push(self.nodes[at].shared.as_ref()?);
        }
        Some(found)
    }
}

/// The coordinator: hands out tasks and commits their news in task order.
pub struct Coordinator {
    shared: Choices,
    /// Each task's path answers (its prefix until its shallow path is in).
    paths: Vec<Vec<u64>>,
    /// News that arrived before its task's turn, per task.
    waiting: Vec<Vec<News>>,
    /// The task whose news is committed now; all before it are done.
    head: usize,
    outcomes: Outcomes,
    schedules: u64,
    redundant: u64,
    limited: u64,
    complete: bool,
    /// Stopped early (schedule budget, too many runs hit a limit, or too
    /// many choices on the paths of tasks): no task is made any more, and
    /// the search is over once the task it stopped at is committed.
    capped: bool,
    /// The task that was being committed when the search was capped: its
    /// result still counts (the whole search so far, for the first task).
    cap_task: usize,
    /// [`MAX_MADE_CHOICES`], lowered in tests.
    max_made_choices: usize,
    max_schedules: u64,
    /// Choices on the paths of every task made so far.
    made_choices: usize,
    strategy: &'static str,
}

impl Coordinator {
    /// The coordinator and the first task, the whole tree.
    pub fn new(options: &Options) -> (Coordinator, Task) {
        let c = Coordinator {
            shared: Choices::default(),
            paths: vec![Vec::new()],
            waiting: vec![Vec::new()],
            head: 0,
            outcomes: Outcomes {
                classes: Vec::new(),
                fail_on_leak: options.fail_on_leak,
            },
            schedules: 0,
            redundant: 0,
            limited: 0,
            complete: true,
            capped: false,
            cap_task: 0,
            max_made_choices: MAX_MADE_CHOICES,
            max_schedules: options.max_schedules,
            made_choices: 0,
            strategy: if options.reduction {
                "dfs"
            } else {
                "dfs-unreduced"
            },
        };
        (
            c,
            Task {
                id: 0,
                path: Vec::new(),
            },
        )
    }

    /// Takes news of task `id`; returns the tasks that committing made.
    /// News of a task comes in the order the task sent it.
    pub fn receive(&mut self, id: usize, news: News) -> Vec<Task> {
        if let Some(w) = self.waiting.get_mut(id) {
            w.push(news);
        }
        let mut made = Vec::new();
        while !self.finished() {
            let queue = std::mem::take(&mut self.waiting[self.head]);
            let mut ended = false;
            for news in queue {
                ended |= self.commit(news, &mut made);
            }
            if !ended {
                break;
            }
            self.head += 1;
        }
        made
    }

    /// Every task is committed, or the search stopped early and the task
    /// it stopped at is committed.
    pub fn finished(&self) -> bool {
        (self.capped && self.head > self.cap_task) || self.head >= self.paths.len()
    }

    /// Stops the search at the task being committed (see [`Coordinator::capped`]).
    fn cap(&mut self) {
        if !self.capped {
            self.capped = true;
            self.cap_task = self.head;
        }
    }

    /// Tasks before this one are committed: a worker may drop any task
    /// below it, and every task from it on is still needed.
    pub fn head(&self) -> usize {
        self.head
    }

    /// What the search found, so far or in the end.
    pub fn report(&self) -> Report {
        Report {
            complete: self.complete && !self.capped && self.head >= self.paths.len(),
            schedules: self.schedules,
            redundant: self.redundant,
            limited: self.limited,
            strategy: self.strategy,
            outcomes: self.outcomes.classes.clone(),
        }
    }

    /// Commits one piece of the head task's news; true when it was the last.
    fn commit(&mut self, news: News, made: &mut Vec<Task>) -> bool {
        let task = self.head;
        match news {
            News::Path { from, seeds } => {
                let path = &mut self.paths[task];
                path.truncate(from);
                path.extend(seeds.iter().map(|s| s.taken));
                let ids = self.shared.walk(&self.paths[task]);
                for (seed, id) in seeds.into_iter().zip(&ids[from..]) {
                    let node = &mut self.shared.nodes[*id].shared;
                    match node {
                        Some(node) => {
                            merge_explored(&mut node.explored, &seed.explored);
                            for a in seed.done {
                                if !node.done.contains(&a) {
                                    node.done.push(a);
                                }
                            }
                        }
                        None => {
                            *node = Some(Shared {
                                kind: seed.kind,
                                options: seed.options,
                                sleep: seed.sleep,
                                explored: seed.explored,
                                done: seed.done,
                            });
                        }
                    }
                }
                false
            }
            News::Escapes(escapes) => {
                for e in escapes {
                    if let Some(t) = self.escape(task, e) {
                        made.push(t);
                    }
                }
                false
            }
            News::Progress(_) => false,
            News::Done(report) => {
                self.outcomes.merge(&report.outcomes);
                self.schedules += report.schedules;
                self.redundant += report.redundant;
                self.limited += report.limited;
                self.complete &= report.complete;
                if self.schedules >= self.max_schedules || self.limited >= MAX_LIMITED_RUNS {
                    self.cap();
                }
                true
            }
        }
    }

    /// The task an escape of `task` calls for, unless some task already
    /// tries that answer there.
    fn escape(&mut self, task: usize, e: Escape) -> Option<Task> {
        if self.capped {
            return None;
        }
        let answers = self.paths.get(task)?.get(..e.node)?.to_vec();
        let ids = self.shared.walk(&answers);
        let node = self.shared.nodes[*ids.last()?].shared.as_mut()?;
        if node.covers(e.answer) || !node.options.contains(e.answer) {
            return None;
        }
        node.done.push(e.answer);
        let known = self.shared.known(&answers)?;
        let path: Vec<Seed> = known
            .iter()
            .enumerate()
            .map(|(i, s)| Seed {
                kind: s.kind,
                options: s.options.clone(),
                taken: answers.get(i).copied().unwrap_or(e.answer),
                done: s.done.clone(),
                sleep: s.sleep.clone(),
                explored: s.explored.clone(),
            })
            .collect();
        self.made_choices += path.len();
        if self.made_choices > self.max_made_choices {
            self.cap();
            return None;
        }
        let id = self.paths.len();
        self.paths.push(path.iter().map(|s| s.taken).collect());
        self.waiting.push(Vec::new());
        Some(Task { id, path })
    }
}

fn merge_explored(into: &mut Vec<(GoroutineId, Effect)>, from: &[(GoroutineId, Effect)]) {
    for (g, e) in from {
        match into.iter_mut().find(|(h, _)| h == g) {
            Some((_, known)) => *known = known.union(e),
            None => into.push((*g, e.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::Worker;

    const PROGRAM: &str = r#"package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { c <- i }()
	}
	fmt.Println(<-c, <-c, <-c)
}
"#;

    /// Runs the split search on one in-process worker, as the page's
    /// fallback does, with the made-choices cap at `cap`.
    fn search(cap: usize) -> Report {
        let build = runtime::build(PROGRAM).unwrap();
        let options = Options::default();
        let (mut coordinator, first) = Coordinator::new(&options);
        coordinator.max_made_choices = cap;
        let mut worker = Worker::new(build, options);
        worker.give(first);
        while !coordinator.finished() {
            let Some((id, news)) = worker.work(u64::MAX) else {
                break;
            };
            for n in news {
                for task in coordinator.receive(id, n) {
                    worker.give(task);
                }
            }
        }
        coordinator.report()
    }

    #[test]
    fn a_search_capped_by_its_tasks_paths_keeps_what_it_found() {
        let whole = search(MAX_MADE_CHOICES);
        assert!(whole.complete);
        let capped = search(4);
        assert!(!capped.complete);
        // The first task's work counts, whatever it had shed: before, a
        // cap tripped while it ran threw the whole search away.
        assert!(capped.schedules > 0 && capped.schedules < whole.schedules);
        assert!(!capped.outcomes.is_empty());
        assert_eq!(search(4).schedules, capped.schedules, "deterministic");
    }
}
