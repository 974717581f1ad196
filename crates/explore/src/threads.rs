//! The split search ([`crate::split`]) on native threads: `gosim explore
//! --jobs N`. Each worker compiles the program itself (a machine is not
//! shared between threads) and runs tasks lowest-numbered first; the
//! calling thread is the coordinator.

use crate::split::{Coordinator, News, Task};
use crate::worker::Worker;
use crate::{Options, Report};
use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// Tasks waiting for a worker, and whether the search is over.
#[derive(Default)]
struct Queue {
    tasks: VecDeque<Task>,
    over: bool,
}

/// Explores the program `src` (file `name`) with `jobs` workers. The
/// report is the same whatever `jobs` is.
pub fn explore(name: &str, src: &str, options: &Options, jobs: usize) -> Report {
    let (mut coordinator, first) = Coordinator::new(options);
    let queue = Mutex::new(Queue {
        tasks: VecDeque::from([first]),
        over: false,
    });
    let ready = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, News)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let (queue, ready) = (&queue, &ready);
            scope.spawn(move || work(name, src, options, queue, ready, &tx));
        }
        drop(tx);
        while !coordinator.finished() {
            // Every worker gone (a program that failed to build) ends it.
            let Ok((id, news)) = rx.recv() else { break };
            let made = coordinator.receive(id, news);
            if !made.is_empty() {
                lock(&queue).tasks.extend(made);
                ready.notify_all();
            }
        }
        lock(&queue).over = true;
        ready.notify_all();
    });
    coordinator.report()
}

fn lock(queue: &Mutex<Queue>) -> std::sync::MutexGuard<'_, Queue> {
    queue
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A worker: takes tasks until the search is over, sending their news.
fn work(
    name: &str,
    src: &str,
    options: &Options,
    queue: &Mutex<Queue>,
    ready: &Condvar,
    tx: &mpsc::Sender<(usize, News)>,
) {
    let Ok(build) = runtime::build_file(name, src) else {
        return;
    };
    let mut worker = Worker::new(build, options.clone());
    loop {
        let task = {
            let mut q = lock(queue);
            loop {
                if q.over {
                    return;
                }
                if let Some(t) = q.tasks.pop_front() {
                    break t;
                }
                q = ready
                    .wait(q)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
        };
        worker.give(task);
        while let Some((id, news)) = worker.work(u64::MAX) {
            for n in news {
                if tx.send((id, n)).is_err() {
                    return;
                }
            }
            if lock(queue).over {
                return;
            }
        }
    }
}
