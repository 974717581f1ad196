//! The explorer behind the page: verification after every build and the
//! Explore button both run the split search ([`explore::pool`]) and report
//! progress through the reducer until done, or until their build is
//! replaced or the learner cancels (the returned handle is dropped).
//!
//! In the browser the search runs in Web Workers, as many as the machine
//! has cores ([`crate::workers`]), so the page's main thread only commits
//! their news and renders. Where no worker can start (a browser without
//! module workers, a Content-Security-Policy that forbids them) or one
//! fails, the search runs on the main thread instead, in slices of about a
//! frame. The report does not depend on who ran which task, nor on how
//! many workers there were.

use crate::platform;
use crate::state::Action;
use explore::Options;
use explore::pool::Pool;
use explore::worker::Worker;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::Callback;

/// Milliseconds of exploring per slice on the main thread: the page stays
/// responsive.
const SLICE_MS: f64 = 12.0;
/// Progress is reported at most this often: each report renders the page
/// again, which would otherwise eat into the search.
const REPORT_EVERY_MS: f64 = 150.0;
/// Work (about one instruction each) between two looks at the clock:
/// about a millisecond in the browser, so a slice overruns its time by
/// little even when one schedule runs for millions of instructions.
const FUEL: u64 = 100_000;

type Reports = Callback<(Rc<explore::Report>, bool)>;

/// One search: the pool, and its workers: the Web Workers, or, without
/// them, the main thread's own (the pool's only worker).
pub(crate) struct Search {
    pool: Pool,
    here: Option<Worker>,
    /// What a search that starts again on the main thread needs.
    #[cfg(target_arch = "wasm32")]
    build: runtime::Build,
    #[cfg(target_arch = "wasm32")]
    options: Options,
    /// A slice of the main thread's work is scheduled.
    scheduled: bool,
    report: Reports,
    reported: f64,
    /// Set when the handle is dropped: nothing runs or reports after.
    stop: Rc<Cell<bool>>,
    over: bool,
    #[cfg(target_arch = "wasm32")]
    pub(crate) web: crate::workers::Web,
}

pub(crate) type Shared = Rc<RefCell<Search>>;

/// Stops the search when dropped.
pub struct Running {
    search: Shared,
}

impl Drop for Running {
    fn drop(&mut self) {
        let Ok(mut s) = self.search.try_borrow_mut() else {
            return;
        };
        s.stop.set(true);
        s.over = true;
        #[cfg(target_arch = "wasm32")]
        {
            let s = &mut *s;
            s.web.end(&s.pool);
        }
    }
}

/// Explores `build` (compiled from `source`) with `options`, reporting
/// through `report` (`report(progress, done)`) until done or the handle is
/// dropped.
pub fn explore(source: &str, build: &runtime::Build, options: Options, report: Reports) -> Running {
    #[cfg(target_arch = "wasm32")]
    let web = crate::workers::Web::start(source, &options);
    #[cfg(target_arch = "wasm32")]
    let workers = web.len();
    #[cfg(not(target_arch = "wasm32"))]
    let (workers, _) = (0, source);
    let search = Rc::new(RefCell::new(Search {
        pool: Pool::new(&options, workers),
        here: (workers == 0).then(|| Worker::new(build.clone(), options.clone())),
        #[cfg(target_arch = "wasm32")]
        build: build.clone(),
        #[cfg(target_arch = "wasm32")]
        options,
        scheduled: false,
        report,
        reported: platform::now_ms(),
        stop: Rc::new(Cell::new(false)),
        over: false,
        #[cfg(target_arch = "wasm32")]
        web,
    }));
    #[cfg(target_arch = "wasm32")]
    crate::workers::listen(&search);
    hand_out(&search);
    #[cfg(not(target_arch = "wasm32"))]
    while search.borrow().scheduled {
        slice(&search);
    }
    Running { search }
}

/// Hands out the tasks the pool has for idle workers: posted to the Web
/// Workers, or run on the main thread by a slice (scheduled now).
pub(crate) fn hand_out(search: &Shared) {
    let mut s = search.borrow_mut();
    let mut here = false;
    for (w, task) in s.pool.assign() {
        match s.here.as_mut() {
            Some(worker) => {
                worker.give(task);
                here = true;
            }
            #[cfg(target_arch = "wasm32")]
            None => s.web.post_task(w, task),
            // Natively there are no Web Workers: the main thread's own
            // worker is always there.
            #[cfg(not(target_arch = "wasm32"))]
            None => drop((w, task)),
        }
    }
    let due = here && !s.scheduled;
    s.scheduled |= due;
    drop(s);
    if due {
        schedule(search);
    }
}

/// Runs a slice of the main thread's work soon. Off the browser (tests)
/// [`explore`] runs the slices itself, to the end.
fn schedule(search: &Shared) {
    #[cfg(target_arch = "wasm32")]
    {
        let search = search.clone();
        gloo_timers::callback::Timeout::new(0, move || slice(&search)).forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = search;
}

/// The main thread's worker's task for about [`SLICE_MS`].
fn slice(search: &Shared) {
    let mut s = search.borrow_mut();
    s.scheduled = false;
    if s.over {
        return;
    }
    let start = platform::now_ms();
    let mut more = false;
    // Off the browser (tests) there is no clock: run to the end at once.
    while let Some(said) = s.here.as_mut().and_then(|w| w.work(FUEL)) {
        s.pool.receive(0, said);
        if s.pool.finished() {
            break;
        }
        if platform::is_browser() && platform::now_ms() - start >= SLICE_MS {
            more = true;
            break;
        }
    }
    s.scheduled |= more;
    drop(s);
    after_news(search);
    if more {
        schedule(search);
    }
}

/// A Web Worker's news (worker `w` of the pool).
#[cfg(target_arch = "wasm32")]
pub(crate) fn heard(search: &Shared, w: usize, said: explore::wire::FromWorker) {
    {
        let mut s = search.borrow_mut();
        if s.over {
            return;
        }
        s.pool.receive(w, said);
    }
    after_news(search);
}

/// After news: new tasks go out; the end, or progress now and then, is
/// reported.
fn after_news(search: &Shared) {
    hand_out(search);
    let mut s = search.borrow_mut();
    if s.over {
        return;
    }
    let done = s.pool.finished();
    let now = platform::now_ms();
    if !done && now - s.reported < REPORT_EVERY_MS {
        return;
    }
    s.reported = now;
    if done {
        s.over = true;
        #[cfg(target_arch = "wasm32")]
        {
            let s = &mut *s;
            s.web.end(&s.pool);
        }
    } else if let Some(progress) = s.here.as_ref().and_then(Worker::progress) {
        s.pool.receive(0, progress);
    }
    let progress = (Rc::new(s.pool.report()), done);
    let (report, stop) = (s.report.clone(), s.stop.clone());
    drop(s);
    emit(report, stop, progress);
}

/// Reports outside the handler running now (in the browser): a report
/// may end the search, which drops the handlers.
fn emit(report: Reports, stop: Rc<Cell<bool>>, progress: (Rc<explore::Report>, bool)) {
    let send = move || {
        if !stop.get() {
            report.emit(progress);
        }
    };
    #[cfg(target_arch = "wasm32")]
    gloo_timers::callback::Timeout::new(0, send).forget();
    #[cfg(not(target_arch = "wasm32"))]
    send();
}

/// A Web Worker failed: the search starts again on the main thread.
#[cfg(target_arch = "wasm32")]
pub(crate) fn failed(search: &Shared) {
    {
        let mut s = search.borrow_mut();
        if s.over {
            return;
        }
        s.web.fail();
        s.pool = Pool::new(&s.options, 1);
        s.here = Some(Worker::new(s.build.clone(), s.options.clone()));
    }
    hand_out(search);
}

/// The reporting callbacks, as actions.
pub fn verify_reports(dispatch: Callback<Action>) -> Reports {
    dispatch.reform(|(r, done)| Action::VerifyProgress(r, done))
}

pub fn explore_reports(dispatch: Callback<Action>) -> Reports {
    dispatch.reform(|(r, done)| Action::ExploreProgress(r, done))
}
