//! PCT, probabilistic concurrency testing (Burckhardt et al., 2010): each
//! goroutine gets a random priority, the highest-priority runnable one
//! always runs, and at `depth - 1` random points the running goroutine
//! drops below all others. A bug that needs `d` ordering constraints is
//! found with probability at least 1/(n·k^(d-1)) per run, for n goroutines
//! and k choices, far better than a random walk for deep bugs.

use super::Strategy;
use crate::execution::Run;
use runtime::GoroutineId;
use runtime::sched::SplitMix;

#[derive(Clone, Debug)]
pub struct Pct {
    depth: u32,
    seed: u64,
    runs: u64,
    rng: SplitMix,
    priorities: Vec<(GoroutineId, u64)>,
    change_points: Vec<u64>,
    choices: u64,
    /// The longest run seen, in goroutine choices (PCT's k).
    longest: u64,
}

impl Pct {
    pub fn new(seed: u64, depth: u32) -> Pct {
        Pct {
            depth: depth.max(1),
            seed,
            runs: 0,
            rng: SplitMix(seed),
            priorities: Vec::new(),
            change_points: Vec::new(),
            choices: 0,
            longest: 16,
        }
    }

    fn priority(&mut self, g: GoroutineId) -> u64 {
        if let Some((_, p)) = self.priorities.iter().find(|(x, _)| *x == g) {
            return *p;
        }
        // Initial priorities sit above every change-point priority.
        let p = u64::from(self.depth) + 1 + (self.rng.next_u64() >> 8);
        self.priorities.push((g, p));
        p
    }
}

impl Strategy for Pct {
    fn name(&self) -> &'static str {
        "pct"
    }

    fn next_run(&mut self) -> bool {
        self.runs += 1;
        self.rng = SplitMix(self.seed ^ self.runs.wrapping_mul(0xE703_7ED1_A0B4_28DB));
        self.priorities.clear();
        self.choices = 0;
        let k = self.longest.max(1);
        self.change_points = (1..self.depth)
            .map(|_| 1 + self.rng.next_u64() % k)
            .collect();
        true
    }

    fn pick_goroutine(&mut self, run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId> {
        self.choices += 1;
        // A goroutine that used up its time slice drops below the others,
        // as Go's scheduler would preempt it.
        if let Some(c) = run
            .current
            .filter(|c| run.slice_used() && runnable.len() > 1 && runnable.contains(c))
        {
            let lowest = self.priorities.iter().map(|(_, p)| *p).min().unwrap_or(0);
            let p = lowest.saturating_sub(1);
            match self.priorities.iter_mut().find(|(g, _)| *g == c) {
                Some(entry) => entry.1 = p,
                None => self.priorities.push((c, p)),
            }
        }
        let best = |s: &mut Pct| {
            runnable
                .iter()
                .copied()
                .max_by_key(|g| (s.priority(*g), *g))
                .unwrap_or(runnable[0])
        };
        let mut pick = best(self);
        if let Some(i) = self.change_points.iter().position(|c| *c == self.choices) {
            let low = u64::from(self.depth) - i as u64 - 1;
            if let Some(entry) = self.priorities.iter_mut().find(|(g, _)| *g == pick) {
                entry.1 = low;
            }
            pick = best(self);
        }
        Some(pick)
    }

    fn pick_case(&mut self, _run: &Run, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        ready[self.rng.below(ready.len())]
    }

    fn pick_rand(&mut self, _run: &Run, _goroutine: GoroutineId, _n: u64) -> u64 {
        self.rng.next_u64()
    }

    fn finished(&mut self, run: &Run) {
        let choices = run
            .kinds
            .iter()
            .filter(|k| **k == crate::execution::ChoiceKind::Goroutine)
            .count() as u64;
        self.longest = self.longest.max(choices);
    }
}
