//! Replay: answers every question from a recorded schedule. Past its end,
//! or where it does not fit (an edited program asks other questions), the
//! run goes on with the default answers and remembers where it diverged.

use super::{Strategy, keep_current};
use crate::execution::Run;
use crate::schedule::Schedule;
use runtime::GoroutineId;

#[derive(Clone, Debug)]
pub struct Replay {
    schedule: Schedule,
    pos: usize,
    started: bool,
    /// Index of the first choice the schedule could not answer.
    pub diverged_at: Option<usize>,
}

impl Replay {
    pub fn new(schedule: Schedule) -> Replay {
        Replay {
            schedule,
            pos: 0,
            started: false,
            diverged_at: None,
        }
    }

    /// The next recorded answer if `fits` accepts it.
    fn next(&mut self, fits: impl Fn(u64) -> bool) -> Option<u64> {
        let at = self.pos;
        self.pos += 1;
        match self.schedule.choices.get(at) {
            Some(v) if fits(*v) => Some(*v),
            Some(_) => {
                self.diverged_at.get_or_insert(at);
                None
            }
            None => None,
        }
    }
}

impl Strategy for Replay {
    fn name(&self) -> &'static str {
        "replay"
    }

    fn next_run(&mut self) -> bool {
        let first = !self.started;
        self.started = true;
        self.pos = 0;
        first
    }

    fn pick_goroutine(&mut self, run: &Run, runnable: &[GoroutineId]) -> Option<GoroutineId> {
        let recorded = self.next(|v| runnable.iter().any(|g| u64::from(*g) == v));
        recorded
            .and_then(|v| u32::try_from(v).ok())
            .and_then(GoroutineId::new)
            .or_else(|| keep_current(run, runnable))
    }

    fn pick_case(&mut self, _run: &Run, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        self.next(|v| ready.iter().any(|c| *c as u64 == v))
            .map_or(ready[0], |v| v as usize)
    }

    fn pick_rand(&mut self, _run: &Run, _goroutine: GoroutineId, n: u64) -> u64 {
        self.next(|v| n == 0 || v < n).unwrap_or(0)
    }
}
