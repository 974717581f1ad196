//! The coordinator's side of a split search over workers it talks to by
//! messages (the page's Web Workers, or its one in-thread worker): which
//! tasks wait, which worker runs what, and the [`Coordinator`] that commits
//! their news. Transport-free, so the page's glue only carries bytes.

use crate::split::{Coordinator, News, Task};
use crate::wire::FromWorker;
use crate::{Options, Report};
use std::collections::VecDeque;

pub struct Pool {
    coordinator: Coordinator,
    /// Tasks made and not yet handed out, oldest first.
    waiting: VecDeque<Task>,
    /// Whether each worker has a task under way.
    busy: Vec<bool>,
    /// Schedules run so far by tasks not yet committed, by task.
    running: Vec<(usize, u64)>,
}

impl Pool {
    /// A search with `workers` workers (one at least).
    pub fn new(options: &Options, workers: usize) -> Pool {
        let (coordinator, first) = Coordinator::new(options);
        Pool {
            coordinator,
            waiting: VecDeque::from([first]),
            busy: vec![false; workers.max(1)],
            running: Vec::new(),
        }
    }

    pub fn workers(&self) -> usize {
        self.busy.len()
    }

    /// Worker `w` has a task under way.
    pub fn busy(&self, w: usize) -> bool {
        self.busy.get(w).copied().unwrap_or(false)
    }

    /// The tasks to hand out now, one to each idle worker, oldest first:
    /// the task whose news the coordinator commits next is always running.
    pub fn assign(&mut self) -> Vec<(usize, Task)> {
        let mut out = Vec::new();
        for (worker, busy) in self.busy.iter_mut().enumerate() {
            if self.coordinator.finished() {
                break;
            }
            if !*busy && let Some(task) = self.waiting.pop_front() {
                *busy = true;
                out.push((worker, task));
            }
        }
        out
    }

    /// Takes what `worker` said about one of its tasks.
    pub fn receive(&mut self, worker: usize, (id, news): FromWorker) {
        for n in news {
            match n {
                News::Progress(schedules) => {
                    match self.running.iter_mut().find(|(t, _)| *t == id) {
                        Some((_, known)) => *known = schedules,
                        None => self.running.push((id, schedules)),
                    }
                    continue;
                }
                News::Done(_) => {
                    self.running.retain(|(t, _)| *t != id);
                    if let Some(busy) = self.busy.get_mut(worker) {
                        *busy = false;
                    }
                }
                News::Path { .. } | News::Escapes(_) => {}
            }
            let made = self.coordinator.receive(id, n);
            self.waiting.extend(made);
        }
    }

    /// Every task is committed, or the search stopped early.
    pub fn finished(&self) -> bool {
        self.coordinator.finished()
    }

    /// What the search found. While it goes on, the count of schedules
    /// also holds those of tasks not committed yet, so progress moves
    /// with the work done, not only as tasks are committed.
    pub fn report(&self) -> Report {
        let mut report = self.coordinator.report();
        if !self.finished() {
            report.schedules += self.running.iter().map(|(_, n)| n).sum::<u64>();
        }
        report
    }
}

/// The split search run to its end on this thread by one worker: the
/// report the page and `gosim explore` give, for a caller without threads
/// or Web Workers (the course's checks).
pub fn search(build: &runtime::Build, options: &Options) -> Report {
    let mut pool = Pool::new(options, 1);
    let mut worker = crate::worker::Worker::new(build.clone(), options.clone());
    while !pool.finished() {
        for (_, task) in pool.assign() {
            worker.give(task);
        }
        match worker.work(u64::MAX) {
            Some(said) => pool.receive(0, said),
            // Idle with the search unfinished cannot happen (the task the
            // coordinator waits for is always handed out).
            None => break,
        }
    }
    pool.report()
}
