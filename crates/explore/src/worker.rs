//! One worker of a split search ([`crate::split`]): the program built once,
//! the tasks the coordinator gave it, and the search of the oldest one.
//! Native threads (`gosim explore --jobs N`), the page's Web Workers and
//! the page's fallback on its main thread all drive this same type, so the
//! news a task sends never depends on where it ran.

use crate::split::{News, Root, Task};
use crate::wire::FromWorker;
use crate::{Explorer, Options};
use std::collections::VecDeque;

pub struct Worker {
    build: runtime::Build,
    options: Options,
    /// The program's state at its first choice, where tasks start.
    root: Option<Root>,
    tasks: VecDeque<Task>,
    current: Option<(usize, Explorer)>,
}

impl Worker {
    pub fn new(build: runtime::Build, options: Options) -> Worker {
        let root = Root::of(&build, &options);
        Worker {
            build,
            options,
            root,
            tasks: VecDeque::new(),
            current: None,
        }
    }

    /// Queues a task behind those given before.
    pub fn give(&mut self, task: Task) {
        self.tasks.push_back(task);
    }

    /// How many schedules the task under way has run, as its news.
    pub fn progress(&self) -> Option<FromWorker> {
        let (id, explorer) = self.current.as_ref()?;
        Some((*id, vec![News::Progress(explorer.schedules())]))
    }

    /// Searches the oldest task for about `fuel` units of work, one run at
    /// most. Returns its news since the last call (ending with
    /// [`News::Done`] when the task is over), or `None` with no task left.
    pub fn work(&mut self, fuel: u64) -> Option<FromWorker> {
        if self.current.is_none() {
            let task = self.tasks.pop_front()?;
            let explorer =
                Explorer::for_task(&self.build, &self.options, &task, self.root.as_ref());
            self.current = Some((task.id, explorer));
        }
        let (id, explorer) = self.current.as_mut()?;
        let id = *id;
        if !explorer.run_one_for(fuel) {
            return Some((id, Vec::new()));
        }
        let mut news = explorer.split_news();
        if explorer.is_done() {
            news.push(News::Done(Box::new(explorer.report())));
            self.current = None;
        }
        Some((id, news))
    }
}
