//! A depth-first search's side of a split search ([`crate::split`]): the
//! search runs one task, the subtree below the task's path, and hands the
//! coordinator what other tasks should do.
//!
//! The first `frozen` choices of the path belong to the coordinator: the
//! task never branches there, and a new answer its race analysis wants at
//! one of them is an escape. Every [`SHED_EVERY`] runs the task also sheds
//! work: the shallowest choice of its own that still has answers to try
//! joins the frozen part, and those answers go out as escapes, so a big
//! subtree is shared out however lopsided the tree is. Both depend only
//! on the task's own runs, never on timing, which keeps the split search
//! deterministic.

use super::tree::{Node, Tree};
use crate::split::{Escape, News, Seed, Task};

/// Runs of a task between two sheddings: fewer, bigger tasks cost less
/// (each starts from the root and sets up its own search) and keep more
/// of the one-thread search's sleep-set pruning; 64 measured best of
/// 16 and 64 on the explore corpus (docs/benchmarks.md).
pub const SHED_EVERY: u64 = 64;

#[derive(Clone, Debug)]
pub struct TaskSide {
    /// Choices (from the root) the coordinator owns.
    frozen: usize,
    /// Choices whose seeds went out in a [`News::Path`].
    sent: usize,
    /// The first report went out: it repeats the task's given path,
    /// whose last choice now knows this task's first step.
    reported: bool,
    runs: u64,
    escapes: Vec<Escape>,
}

impl TaskSide {
    /// The task's side, and the search tree its path starts.
    pub fn new(task: &Task) -> (TaskSide, Tree) {
        let mut tree = Tree::default();
        tree.nodes = task
            .path
            .iter()
            .map(|s| {
                let mut node = Node::new(s.kind, s.options.clone(), s.taken, Vec::new());
                node.sleep = s.sleep.clone();
                node.explored = s.explored.clone();
                for a in &s.done {
                    if !node.done.contains(a) {
                        node.done.push(*a);
                    }
                }
                node
            })
            .collect();
        let side = TaskSide {
            frozen: task.path.len(),
            sent: 0,
            reported: false,
            runs: 0,
            escapes: Vec::new(),
        };
        (side, tree)
    }

    /// After a run (and its race analysis): new answers at frozen choices
    /// go out, and every so often the shallowest choice with work left is
    /// shed.
    pub fn finished(&mut self, tree: &mut Tree) {
        self.runs += 1;
        if self.runs % SHED_EVERY == 0 {
            let shallowest = (self.frozen..tree.nodes.len()).find(|&i| pending(&tree.nodes[i]));
            if let Some(i) = shallowest {
                self.frozen = i + 1;
            }
        }
        for (i, node) in tree.nodes.iter_mut().take(self.frozen).enumerate() {
            for answer in std::mem::take(&mut node.backtrack) {
                if !node.done.contains(&answer) && !node.asleep(answer) {
                    node.done.push(answer);
                    self.escapes.push(Escape { node: i, answer });
                }
            }
        }
    }

    /// What the coordinator has not heard yet: the frozen choices it does
    /// not know (all of them the first time), then the escapes.
    pub fn news(&mut self, tree: &Tree) -> Vec<News> {
        let mut news = Vec::new();
        let from = if self.reported { self.sent } else { 0 };
        if !self.reported || self.sent < self.frozen {
            self.reported = true;
            // An answer escaping now is the coordinator's to count as done.
            let escaping = |i: usize, a: &u64| {
                self.escapes.contains(&Escape {
                    node: i,
                    answer: *a,
                })
            };
            let seeds = tree.nodes[..self.frozen.min(tree.nodes.len())]
                .iter()
                .enumerate()
                .skip(from)
                .map(|(i, n)| Seed {
                    kind: n.kind,
                    options: n.options.clone(),
                    taken: n.taken,
                    done: n.done.iter().filter(|a| !escaping(i, a)).copied().collect(),
                    sleep: n.sleep.clone(),
                    explored: n.explored.clone(),
                });
            news.push(News::Path {
                from,
                seeds: seeds.collect(),
            });
            self.sent = self.frozen;
        }
        if !self.escapes.is_empty() {
            news.push(News::Escapes(std::mem::take(&mut self.escapes)));
        }
        news
    }
}

/// Whether the choice has an answer left to try.
fn pending(node: &Node) -> bool {
    node.backtrack
        .iter()
        .any(|a| !node.done.contains(a) && !node.asleep(*a))
}
