//! Strategies: who answers the scheduler's questions, one module each
//! behind one small trait (the shape of shuttle's schedulers).
//!
//! A strategy sees the run so far ([`Run`]) at every question; the driver
//! tells it when each step ends and when the run ends, and asks it for the
//! next run until it has none left.

mod answers;
// The sampling strategies are the CLI's: the page only ever runs the
// complete search, so their code stays out of its wasm.
#[cfg(not(target_arch = "wasm32"))]
mod bounded;
mod dfs;
#[cfg(not(target_arch = "wasm32"))]
mod pct;
#[cfg(not(target_arch = "wasm32"))]
mod random;
mod replay;
mod task;
mod tree;

pub(crate) use answers::Answers;
#[cfg(not(target_arch = "wasm32"))]
pub use bounded::Bounded;
pub use dfs::Dfs;
#[cfg(not(target_arch = "wasm32"))]
pub use pct::Pct;
#[cfg(not(target_arch = "wasm32"))]
pub use random::RandomWalk;
pub use replay::Replay;

use crate::execution::{Run, Snapshot};
use runtime::GoroutineId;
use runtime::machine::Machine;

pub trait Strategy {
    fn name(&self) -> &'static str;
    /// Prepares the next run; false when there is nothing left to try.
    fn next_run(&mut self) -> bool;
    /// Which of `runnable` (two or more ids, ascending) steps next. `None`
    /// abandons the run: everything it could still do was explored.
    fn pick_goroutine(&mut self, run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId>;
    /// Which of the `ready` select cases (two or more, in source order) fires.
    fn pick_case(&mut self, run: &Run, goroutine: GoroutineId, ready: &[usize]) -> usize;
    /// A random value in `[0, n)` (`n == 0`: any 63-bit value).
    fn pick_rand(&mut self, run: &Run, goroutine: GoroutineId, n: u64) -> u64;
    /// A step ended; it is the last of `run.steps`.
    fn stepped(&mut self, _run: &Run) {}
    /// The run ended (or was abandoned).
    fn finished(&mut self, _run: &Run) {}
    /// The state before a goroutine choice (two or more runnable): a
    /// strategy that backtracks may keep it to start a later run there.
    fn checkpoint(&mut self, _machine: &Machine, _run: &Run) {}
    /// Where the run prepared by `next_run` starts, if not at the
    /// beginning: a kept state, which the previous run went through.
    fn resume_point(&mut self) -> Option<Snapshot> {
        None
    }
    /// Whether the machine should record footprints for this strategy.
    fn wants_footprints(&self) -> bool {
        false
    }
    /// For one task of a split search: what it found since the last call
    /// that the coordinator must hear (see [`crate::split`]).
    fn split_news(&mut self) -> Vec<crate::split::News> {
        Vec::new()
    }
    /// Whether every schedule the strategy stands for was run: true only
    /// for a search that covered its whole (reduced) space.
    fn complete(&self) -> bool {
        false
    }
}

/// Random values are enumerated exhaustively below this bound; above it a
/// search tries the two ends and the middle and does not claim to be
/// complete.
pub const RAND_EXHAUSTIVE: u64 = 8;

/// The values a search tries for a random choice in `[0, n)`, and whether
/// that is all of them.
pub fn rand_options(n: u64) -> (Vec<u64>, bool) {
    if n > 0 && n <= RAND_EXHAUSTIVE {
        ((0..n).collect(), true)
    } else if n == 0 {
        (vec![0, 1 << 62, (1 << 63) - 1], false)
    } else {
        (vec![0, n / 2, n - 1], false)
    }
}

/// The default answer to "who next": the goroutine that ran last if it
/// still can (no preemption), else the first that may. After a yield, the
/// next one round the list goes, as in Go. The timers go only when
/// nobody else may.
pub fn keep_current(run: &Run, allowed: &[GoroutineId]) -> Option<GoroutineId> {
    let goroutines = runtime::sched::goroutines_first(allowed);
    match run.current {
        Some(c) if goroutines.contains(&c) && goroutines.len() > 1 && run.yielded() => {
            Some(runtime::sched::next_after(goroutines, c))
        }
        Some(c) if goroutines.contains(&c) => Some(c),
        _ => goroutines.first().copied(),
    }
}
