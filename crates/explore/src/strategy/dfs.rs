//! Exhaustive depth-first search with partial-order reduction: source-set
//! DPOR (Abdulla et al., 2014) with sleep sets.
//!
//! The first run takes the default choice everywhere. When a run ends, the
//! race analysis finds pairs of dependent steps of different goroutines
//! that could have happened the other way round, and adds a goroutine that
//! starts the reversed order to the choice before the first of them. Sleep
//! sets stop a run from repeating, in another order, steps whose every
//! continuation was already explored. Without reduction (`reduce: false`)
//! every runnable goroutine is tried at every choice.

use super::task::TaskSide;
use super::tree::{Node, Tree};
use super::{Strategy, keep_current};
use crate::backtrack;
use crate::execution::{ChoiceKind, Effect, Run, Snapshot};
use crate::split::{News, Task};
use runtime::GoroutineId;
use runtime::machine::Machine;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct Dfs {
    tree: Tree,
    reduce: bool,
    /// The sleep set at the current point of the current run.
    sleep: Vec<(GoroutineId, Effect)>,
    /// Some random choice was sampled, not enumerated, or a run had too
    /// many goroutines to probe or analyse.
    sampled: bool,
    /// The state before the goroutine choice about to be made, if it is a
    /// new one (it goes into the new node).
    checkpoint: Option<Rc<Snapshot>>,
    /// Steps of the current run at its latest kept state (where it resumed,
    /// or the last snapshot taken).
    kept: usize,
    /// Happens-before clocks of the last run's steps, kept for the steps
    /// the next run shares with it.
    clocks: backtrack::Clocks,
    /// Set when the search is one task of a split search.
    split: Option<TaskSide>,
}

impl Dfs {
    pub fn new(reduce: bool) -> Dfs {
        Dfs {
            tree: Tree::default(),
            reduce,
            sleep: Vec::new(),
            sampled: false,
            checkpoint: None,
            kept: 0,
            clocks: backtrack::Clocks::default(),
            split: None,
        }
    }

    /// The search below `task`'s path, as one task of a split search;
    /// `root` is the state at the path's first choice, if known, which
    /// the task's runs start from instead of the program's start.
    pub fn for_task(reduce: bool, task: &Task, root: Option<Rc<Snapshot>>) -> Dfs {
        let (side, mut tree) = TaskSide::new(task);
        if let Some(first) = tree.nodes.first_mut() {
            first.snapshot = root;
        }
        Dfs {
            tree,
            split: Some(side),
            ..Dfs::new(reduce)
        }
    }

    /// The race analysis of a finished run: backtracks where it calls for
    /// them.
    fn analyse(&mut self, run: &Run) {
        // The race analysis keeps a vector clock per step with an entry per
        // goroutine: past a few hundred goroutines it would cost more time
        // and memory than a page has, so such a run adds no backtracks and
        // the search says it is not exhaustive. So does a run whose pending
        // goroutines were too many to probe.
        let goroutines = run.steps.iter().map(|s| s.lane()).max().unwrap_or(0);
        if run.unprobed || goroutines > MAX_ANALYSED_GOROUTINES {
            self.sampled = true;
        } else {
            self.add_backtracks(run);
        }
    }

    fn add_backtracks(&mut self, run: &Run) {
        let nodes = &self.tree.nodes;
        let settled = |n: usize| nodes.get(n).is_none_or(Node::settled);
        for b in backtrack::backtracks(&mut self.clocks, run, settled) {
            let Some(node) = self.tree.nodes.get_mut(b.node) else {
                continue;
            };
            if node.kind != ChoiceKind::Goroutine
                || b.initials.iter().any(|g| node.covers(u64::from(*g)))
            {
                continue;
            }
            let pick = if b.initials.contains(&b.preferred) {
                b.preferred
            } else {
                b.initials[0]
            };
            if node.options.contains(u64::from(pick)) {
                node.backtrack.push(u64::from(pick));
            } else {
                // The reversal starts with a goroutine not runnable here,
                // which the analysis should rule out; stay sound anyway.
                let all: Vec<u64> = node.options.iter().filter(|g| !node.covers(*g)).collect();
                node.backtrack.extend(all);
            }
        }
    }
}

impl Strategy for Dfs {
    fn name(&self) -> &'static str {
        if self.reduce { "dfs" } else { "dfs-unreduced" }
    }

    fn next_run(&mut self) -> bool {
        self.sleep.clear();
        self.kept = 0;
        self.tree.next_run()
    }

    fn pick_goroutine(&mut self, run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId> {
        let options = match self.tree.replay_goroutine(runnable) {
            Ok(g) => return Some(g),
            Err(options) => options,
        };
        let pick = if self.sleep.is_empty() {
            keep_current(run, runnable)?
        } else {
            let awake: Vec<GoroutineId> = runnable
                .iter()
                .copied()
                .filter(|g| !self.sleep.iter().any(|(s, _)| s == g))
                .collect();
            keep_current(run, &awake)?
        };
        let backtrack = if self.reduce {
            vec![u64::from(pick)]
        } else {
            options.iter().collect()
        };
        let mut node = Node::new(ChoiceKind::Goroutine, options, u64::from(pick), backtrack);
        node.sleep = self.sleep.clone();
        node.snapshot = self.checkpoint.take();
        self.tree.push(node);
        Some(pick)
    }

    fn pick_case(&mut self, _run: &Run, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        self.tree.choose_case(ready)
    }

    fn pick_rand(&mut self, _run: &Run, _goroutine: GoroutineId, n: u64) -> u64 {
        self.tree.choose_rand(n, &mut self.sampled)
    }

    fn stepped(&mut self, run: &Run) {
        if !self.reduce {
            return;
        }
        let Some(step) = run.steps.last() else {
            return;
        };
        match step.node.and_then(|i| self.tree.nodes.get_mut(i)) {
            Some(node) => {
                let Some(g) = step.goroutine else { return };
                node.explored_step(g, &step.effect);
                self.sleep = node
                    .sleep
                    .iter()
                    .chain(&node.explored)
                    .filter(|(h, e)| *h != g && !e.depends_on(&step.effect))
                    .cloned()
                    .collect();
            }
            None => self.sleep.retain(|(_, e)| !e.depends_on(&step.effect)),
        }
    }

    fn checkpoint(&mut self, machine: &Machine, run: &Run) {
        // The first choice always keeps its state: what comes before it
        // (package initialisation, main up to its first `go`) is one
        // goroutine's, often long and few steps, and no run need repeat it.
        let first = self.tree.nodes.is_empty();
        let due = first || run.steps.len() >= self.kept + snapshot_stride(machine);
        self.checkpoint = (due && self.tree.at_frontier()).then(|| {
            self.kept = run.steps.len();
            Rc::new(Snapshot {
                machine: machine.clone(),
                steps: run.steps.len(),
                choices: run.choices.len(),
                current: run.current,
                preemptions: run.preemptions,
            })
        });
    }

    fn resume_point(&mut self) -> Option<Snapshot> {
        let (at, snapshot) = self.tree.resume()?;
        self.sleep = self.tree.nodes[at].sleep.clone();
        self.kept = snapshot.steps;
        Some((*snapshot).clone())
    }

    fn finished(&mut self, run: &Run) {
        if self.reduce {
            self.analyse(run);
        }
        if let Some(side) = &mut self.split {
            side.finished(&mut self.tree);
        }
    }

    fn split_news(&mut self) -> Vec<News> {
        match &mut self.split {
            Some(side) => side.news(&self.tree),
            None => Vec::new(),
        }
    }

    /// Unreduced too: its runs then carry the same facts as reduced ones,
    /// so the two searches can be compared run for run.
    fn wants_footprints(&self) -> bool {
        true
    }

    fn complete(&self) -> bool {
        self.tree.exhausted && !self.sampled && !self.tree.diverged
    }
}

/// The most goroutines a run may start for the race analysis to look at it.
const MAX_ANALYSED_GOROUTINES: usize = 512;

/// Steps between two kept states. Copying a machine costs about as much
/// as running a step per few goroutines or objects it holds, and a run
/// that resumes from a kept state reruns the steps since then: keeping
/// one every `weight / 2` steps balances the two, so a schedule costs a
/// small multiple of a plain run whatever the machine's size (keeping one
/// before every choice made a hundred goroutines' run 30 times dearer).
fn snapshot_stride(m: &Machine) -> usize {
    let weight = m.goroutine_count() + m.heap_objects() / 8;
    1 + weight / 2
}
