//! Preemption-bounded search: every schedule with at most `bound`
//! preemptions (switches away from a goroutine that could have gone on).
//! Most concurrency bugs need very few, so a small bound finds them in a
//! space far smaller than all interleavings (Musuvathi and Qadeer, 2007).

use super::tree::{Node, Tree};
use super::{Strategy, keep_current};
use crate::execution::{ChoiceKind, Run};
use runtime::GoroutineId;

#[derive(Clone, Debug)]
pub struct Bounded {
    tree: Tree,
    bound: u32,
    /// The bound kept some schedule from being run.
    pruned: bool,
    sampled: bool,
}

impl Bounded {
    pub fn new(bound: u32) -> Bounded {
        Bounded {
            tree: Tree::default(),
            bound,
            pruned: false,
            sampled: false,
        }
    }
}

impl Strategy for Bounded {
    fn name(&self) -> &'static str {
        "bounded"
    }

    fn next_run(&mut self) -> bool {
        self.tree.next_run()
    }

    fn pick_goroutine(&mut self, run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId> {
        let options = match self.tree.replay_goroutine(runnable) {
            Ok(g) => return Some(g),
            Err(options) => options,
        };
        let current = run.current.filter(|c| runnable.contains(c));
        let allowed: Vec<GoroutineId> = match current {
            // A goroutine that used up its time slice is preempted, as Go's
            // scheduler does: that switch is Go's, not one of the bound's.
            Some(c) if run.slice_used() && runnable.len() > 1 => {
                runnable.iter().copied().filter(|g| *g != c).collect()
            }
            Some(c) if run.preemptions >= self.bound => {
                self.pruned = true;
                vec![c]
            }
            _ => runnable.to_vec(),
        };
        let pick = keep_current(run, &allowed)?;
        let backtrack = allowed.iter().map(|g| u64::from(*g)).collect();
        self.tree.push(Node::new(
            ChoiceKind::Goroutine,
            options,
            u64::from(pick),
            backtrack,
        ));
        Some(pick)
    }

    fn pick_case(&mut self, _run: &Run, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        self.tree.choose_case(ready)
    }

    fn pick_rand(&mut self, _run: &Run, _goroutine: GoroutineId, n: u64) -> u64 {
        self.tree.choose_rand(n, &mut self.sampled)
    }

    fn complete(&self) -> bool {
        self.tree.exhausted && !self.pruned && !self.sampled && !self.tree.diverged
    }
}
