//! The search tree of the depth-first strategies: the choices of the
//! current run, each with the options still to try there. Runs replay the
//! tree's path and extend it; a new run backtracks to the deepest choice
//! with an option left.

use super::answers::Answers;
use crate::execution::{ChoiceKind, Effect, Snapshot};
use runtime::GoroutineId;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct Node {
    pub kind: ChoiceKind,
    /// Everything that could be answered here (runnable ids, ready case
    /// indices, random values).
    pub options: Answers,
    pub taken: u64,
    /// Answers to try here.
    pub backtrack: Vec<u64>,
    /// Answers tried or being tried.
    pub done: Vec<u64>,
    /// Goroutines asleep on arrival: their next step was explored from an
    /// earlier state and nothing since then depends on it.
    pub sleep: Vec<(GoroutineId, Effect)>,
    /// The step each goroutine tried here took (all variants together).
    pub explored: Vec<(GoroutineId, Effect)>,
    /// The state before this choice (goroutine choices only).
    pub snapshot: Option<Rc<Snapshot>>,
}

impl Node {
    pub fn new(kind: ChoiceKind, options: Answers, taken: u64, backtrack: Vec<u64>) -> Node {
        Node {
            kind,
            options,
            taken,
            backtrack,
            done: vec![taken],
            sleep: Vec::new(),
            explored: Vec::new(),
            snapshot: None,
        }
    }

    pub fn asleep(&self, g: u64) -> bool {
        self.sleep.iter().any(|(s, _)| u64::from(*s) == g)
    }

    /// Whether `g` is or will be tried here (or is asleep, which means it
    /// was tried from an earlier state).
    pub fn covers(&self, g: u64) -> bool {
        self.done.contains(&g) || self.backtrack.contains(&g) || self.asleep(g)
    }

    /// Whether every option here is tried, being tried or asleep. More
    /// options than the three lists hold settles it at once, which
    /// matters when a hundred goroutines could go at every choice.
    pub fn settled(&self) -> bool {
        let listed = self.done.len() + self.backtrack.len() + self.sleep.len();
        self.options.len() <= listed as u64 && self.options.iter().all(|g| self.covers(g))
    }

    /// Adds the step goroutine `g` took here to what was explored.
    pub fn explored_step(&mut self, g: GoroutineId, effect: &Effect) {
        match self.explored.iter_mut().find(|(e, _)| *e == g) {
            Some((_, known)) => *known = known.union(effect),
            None => self.explored.push((g, effect.clone())),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// Index of the next choice of the current run.
    pos: usize,
    started: bool,
    /// A run did not ask the questions its replayed path recorded: the
    /// engine was not deterministic, so the search cannot be trusted.
    pub diverged: bool,
    /// Every option everywhere was tried.
    pub exhausted: bool,
}

impl Tree {
    /// Moves to the next run; false when every option everywhere was tried.
    pub fn next_run(&mut self) -> bool {
        self.pos = 0;
        if !self.started {
            self.started = true;
            return true;
        }
        while let Some(node) = self.nodes.last_mut() {
            let next = node
                .backtrack
                .iter()
                .copied()
                .find(|v| !node.done.contains(v) && !node.asleep(*v));
            if let Some(v) = next {
                node.taken = v;
                node.done.push(v);
                return true;
            }
            self.nodes.pop();
        }
        self.exhausted = true;
        false
    }

    /// The recorded answer, while the run is still on the tree's path.
    pub fn replay(&mut self, kind: ChoiceKind, options: &Answers) -> Option<u64> {
        let node = self.nodes.get(self.pos)?;
        if node.kind != kind || node.options != *options {
            self.diverged = true;
            self.nodes.truncate(self.pos);
            return None;
        }
        self.pos += 1;
        Some(node.taken)
    }

    /// The recorded goroutine while the run is on the path; otherwise the
    /// options of the new choice to make.
    pub fn replay_goroutine(&mut self, runnable: &[GoroutineId]) -> Result<GoroutineId, Answers> {
        let options = Answers::of(runnable.iter().map(|g| u64::from(*g)));
        // The path only holds answers that were among the options.
        let recorded = self
            .replay(ChoiceKind::Goroutine, &options)
            .and_then(|g| u32::try_from(g).ok())
            .and_then(GoroutineId::new);
        recorded.ok_or(options)
    }

    /// Whether the next choice of the run is a new one (off the path).
    pub fn at_frontier(&self) -> bool {
        self.pos == self.nodes.len()
    }

    /// Makes the current run start at the deepest kept state at or before
    /// the choice `next_run` moved to, and returns that state's node.
    pub fn resume(&mut self) -> Option<(usize, Rc<Snapshot>)> {
        let last = self.nodes.len().checked_sub(1)?;
        let (at, node) = self.nodes[..=last]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, n)| n.snapshot.is_some())?;
        let snapshot = node.snapshot.clone()?;
        self.pos = at;
        Some((at, snapshot))
    }

    /// Extends the path with a new choice and returns its answer.
    pub fn push(&mut self, node: Node) -> u64 {
        let taken = node.taken;
        self.nodes.push(node);
        self.pos += 1;
        taken
    }

    /// A `select` with several ready cases: every one is tried.
    pub fn choose_case(&mut self, ready: &[usize]) -> usize {
        let options = ready.iter().map(|c| *c as u64).collect();
        self.choose_all(ChoiceKind::Case, options) as usize
    }

    /// A random value in `[0, n)`: every one is tried when there are few,
    /// else a sample (and the search can no longer claim completeness,
    /// which `sampled` records).
    pub fn choose_rand(&mut self, n: u64, sampled: &mut bool) -> u64 {
        let (options, all) = super::rand_options(n);
        *sampled |= !all;
        self.choose_all(ChoiceKind::Rand, options)
    }

    /// A choice whose every option is tried.
    fn choose_all(&mut self, kind: ChoiceKind, options: Vec<u64>) -> u64 {
        if let Some(v) = self.replay(kind, &Answers::of(options.iter().copied())) {
            return v;
        }
        let first = options.first().copied().unwrap_or(0);
        self.push(Node::new(
            kind,
            Answers::of(options.iter().copied()),
            first,
            options,
        ))
    }
}
