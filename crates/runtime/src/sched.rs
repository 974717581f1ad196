//! The scheduler: every nondeterministic choice a run makes goes through
//! this trait, and nowhere else. Stepping by hand, the default policy,
//! replay and exploration are all implementations of it.

use crate::GoroutineId;

pub trait Scheduler {
    /// Picks the goroutine to step next among `runnable` (ids, ascending;
    /// at least two). The last may be [`GoroutineId::TIMERS`]: picking it
    /// fires the next timer while goroutines could still run.
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
    /// Goroutine `goroutine` just yielded (`runtime.Gosched()` and the
    /// like): Go puts it behind the others, which a scheduler that
    /// imitates Go does too.
    fn yielded(&mut self, goroutine: GoroutineId) {
        let _ = goroutine;
    }
}

/// The goroutines among `choices`, without [`GoroutineId::TIMERS`] unless
/// it is the only choice.
pub fn goroutines_first(choices: &[GoroutineId]) -> &[GoroutineId] {
    match choices {
        [rest @ .., last] if last.is_timers() && !rest.is_empty() => rest,
        _ => choices,
    }
}

/// The goroutine after `g` in `runnable` (ascending), round the end: the
/// one Go's run queue would run after `g` went to its back.
pub fn next_after(runnable: &[GoroutineId], g: GoroutineId) -> GoroutineId {
    runnable
        .iter()
        .copied()
        .find(|r| *r > g && !r.is_timers())
        .unwrap_or(runnable[0])
}

/// A deterministic default. Seed 0 imitates Go's own habit: the running
/// goroutine keeps running while it can, and when it blocks the newest
/// runnable goroutine goes next (Go's `runnext` slot). Other seeds pick
/// with a seeded generator, still biased towards the current goroutine.
/// Neither fires a timer while a goroutine can run: a plain run takes
/// sleeps to be longer than the work around them, as they nearly always
/// are; the explorer tries the rest.
#[derive(Clone, Debug)]
pub struct SeededScheduler {
    rng: SplitMix,
    go_like: bool,
    last: Option<GoroutineId>,
    /// The last goroutine yielded at the end of its step.
    yielded: bool,
    /// Times in a row `last` was kept while another could have gone.
    streak: u32,
}

/// How often in a row the seed-0 scheduler keeps a goroutine running while
/// others wait, before it lets the next one go: Go preempts a goroutine
/// that runs for 10 ms, and hands a mutex to a waiter starved for 1 ms,
/// so a loop that takes and releases a lock cannot shut others out.
const MAX_STREAK: u32 = 1024;

impl SeededScheduler {
    pub fn new(seed: u64) -> SeededScheduler {
        SeededScheduler {
            rng: SplitMix(seed),
            go_like: seed == 0,
            last: None,
            yielded: false,
            streak: 0,
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
        let runnable = goroutines_first(runnable);
        let yielded = std::mem::take(&mut self.yielded);
        let pick = if self.go_like {
            match self.last {
                Some(l) if runnable.contains(&l) && runnable.len() > 1 => {
                    self.streak += 1;
                    if yielded || self.streak >= MAX_STREAK {
                        self.streak = 0;
                        next_after(runnable, l)
                    } else {
                        l
                    }
                }
                Some(l) if runnable.contains(&l) => l,
                _ => {
                    self.streak = 0;
                    runnable[runnable.len() - 1]
                }
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

    fn yielded(&mut self, goroutine: GoroutineId) {
        self.yielded = self.last == Some(goroutine);
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
