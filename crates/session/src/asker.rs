//! The scheduler a learner's step runs under: answers come from a queue the
//! learner filled; a question the queue cannot answer is written down (so
//! the page can ask it) and answered with the first option meanwhile, and
//! the step is then thrown away.

use runtime::GoroutineId;
use runtime::sched::Scheduler;

/// A question a step asked that the learner has to answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// A `select` with several ready cases: their indices, in source order.
    Case {
        goroutine: GoroutineId,
        ready: Vec<usize>,
    },
    /// A `math/rand` value in `[0, n)` (`n == 0`: any non-negative int63).
    Rand { goroutine: GoroutineId, n: u64 },
    /// The order of a `range` over a map: `starts` names the entry each
    /// of the `n` orders of a small map starts at; a bigger map has
    /// `n == 0`, no names, and any answer picks a shuffle.
    MapOrder {
        goroutine: GoroutineId,
        n: u64,
        starts: Vec<String>,
    },
}

/// Answers from `answers`, in order; records every answer given (the
/// step's part of the schedule) and the first question it had to guess.
pub(crate) struct Asker<'a> {
    pub answers: &'a [u64],
    pub given: Vec<u64>,
    pub unanswered: Option<Question>,
}

impl<'a> Asker<'a> {
    pub fn new(answers: &'a [u64]) -> Asker<'a> {
        Asker {
            answers,
            given: Vec::new(),
            unanswered: None,
        }
    }

    fn next(
        &mut self,
        fits: impl Fn(u64) -> bool,
        question: impl FnOnce() -> Question,
    ) -> Option<u64> {
        let at = self.given.len();
        match self.answers.get(at) {
            Some(v) if fits(*v) => Some(*v),
            _ => {
                self.unanswered.get_or_insert_with(question);
                None
            }
        }
    }
}

impl Scheduler for Asker<'_> {
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId {
        // Only reached when the machine advances by itself (timers), where
        // nobody is asked.
        runnable[0]
    }

    fn pick_case(&mut self, goroutine: GoroutineId, ready: &[usize]) -> usize {
        let pick = self
            .next(
                |v| ready.iter().any(|c| *c as u64 == v),
                || Question::Case {
                    goroutine,
                    ready: ready.to_vec(),
                },
            )
            .map_or(ready[0], |v| v as usize);
        self.given.push(pick as u64);
        pick
    }

    fn pick_rand(&mut self, goroutine: GoroutineId, n: u64) -> u64 {
        let v = self
            .next(|v| n == 0 || v < n, || Question::Rand { goroutine, n })
            .unwrap_or(0);
        self.given.push(v);
        v
    }

    fn pick_map_order(
        &mut self,
        goroutine: GoroutineId,
        n: u64,
        starts: &dyn Fn() -> Vec<String>,
    ) -> u64 {
        let v = self
            .next(
                |v| n == 0 || v < n,
                || Question::MapOrder {
                    goroutine,
                    n,
                    starts: starts(),
                },
            )
            .unwrap_or(0);
        self.given.push(v);
        v
    }
}
