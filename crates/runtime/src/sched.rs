//! The scheduler: every nondeterministic choice a run makes goes through
//! this trait, and nowhere else. Stepping by hand, the default policy,
//! replay and exploration are all implementations of it.

use crate::GoroutineId;

pub trait Scheduler {
    /// Picks the goroutine to step next among `runnable` (ids, ascending;
    /// never empty).
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId;
    /// Picks one of several ready `select` cases; `ready` lists their
    /// indices in source order (at least two).
    fn pick_case(&mut self, goroutine: GoroutineId, ready: &[usize]) -> usize;
    /// Picks a random value in `[0, n)`.
    fn pick_rand(&mut self, goroutine: GoroutineId, n: u64) -> u64;
    /// Picks the order in which a `range` visits a map. A small map has
    /// one order per entry, `n`, each starting at the entry `starts`
    /// names (in answer order); a bigger one has `n == 0`, and any answer
    /// seeds a shuffle (`0`: the order entries were put in). Go's
    /// runtime picks at random, so by default this is a random value.
    fn pick_map_order(
        &mut self,
        goroutine: GoroutineId,
        n: u64,
        starts: &dyn Fn() -> Vec<String>,
    ) -> u64 {
        let _ = starts;
        self.pick_rand(goroutine, n)
    }
}

/// A deterministic default. Seed 0 imitates Go's own habit: the running
/// goroutine keeps running while it can, and when it blocks the newest
/// runnable goroutine goes next (Go's `runnext` slot). Other seeds pick
/// with a seeded generator, still biased towards the current goroutine.
#[derive(Clone, Debug)]
pub struct SeededScheduler {
    rng: SplitMix,
    go_like: bool,
    last: Option<GoroutineId>,
}

impl SeededScheduler {
    pub fn new(seed: u64) -> SeededScheduler {
        SeededScheduler {
            rng: SplitMix(seed),
            go_like: seed == 0,
            last: None,
        }
    }

    fn next(&mut self) -> u64 {
        self.rng.next_u64()
    }
}

/// splitmix64: a tiny deterministic generator, good enough to pick among a
/// few options (the seeded schedulers and strategies share it).
#[derive(Clone, Debug)]
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A value in `[0, n)` (`0` when `n` is `0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

impl Scheduler for SeededScheduler {
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId {
        let pick = if self.go_like {
            match self.last {
                Some(l) if runnable.contains(&l) => l,
                _ => runnable[runnable.len() - 1],
            }
        } else {
            let r = self.next();
            match self.last {
                Some(l) if runnable.contains(&l) && r % 4 != 0 => l,
                _ => runnable[(r % runnable.len() as u64) as usize],
            }
        };
        self.last = Some(pick);
        pick
    }

    fn pick_case(&mut self, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        ready[(self.next() % ready.len() as u64) as usize]
    }

    fn pick_rand(&mut self, _goroutine: GoroutineId, n: u64) -> u64 {
        if n == 0 {
            self.next() >> 1
        } else {
            self.next() % n
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_choices_are_reproducible() {
        let ids: Vec<GoroutineId> = (1..=3).filter_map(GoroutineId::new).collect();
        let run = |seed| {
            let mut s = SeededScheduler::new(seed);
            (0..20).map(|_| s.pick_goroutine(&ids)).collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        assert!(
            run(0).iter().all(|g| g.get() == 3),
            "seed 0 runs the newest goroutine and stays on it"
        );
    }
}
