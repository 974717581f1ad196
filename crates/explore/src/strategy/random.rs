//! Seeded random walks: every choice uniformly at random. Cheap and
//! unbiased, and never complete; the explorer stops it after a number of
//! runs.

use super::Strategy;
use crate::execution::Run;
use runtime::GoroutineId;
use runtime::sched::SplitMix;

#[derive(Clone, Debug)]
pub struct RandomWalk {
    seed: u64,
    runs: u64,
    rng: SplitMix,
}

impl RandomWalk {
    pub fn new(seed: u64) -> RandomWalk {
        RandomWalk {
            seed,
            runs: 0,
            rng: SplitMix(seed),
        }
    }
}

impl Strategy for RandomWalk {
    fn name(&self) -> &'static str {
        "random"
    }

    fn next_run(&mut self) -> bool {
        self.runs += 1;
        self.rng = SplitMix(self.seed ^ self.runs.wrapping_mul(0xA076_1D64_78BD_642F));
        true
    }

    fn pick_goroutine(&mut self, _run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId> {
        Some(runnable[self.rng.below(runnable.len())])
    }

    fn pick_case(&mut self, _run: &Run, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        ready[self.rng.below(ready.len())]
    }

    fn pick_rand(&mut self, _run: &Run, _goroutine: GoroutineId, _n: u64) -> u64 {
        self.rng.next_u64()
    }
}
