//! The page's explore Web Workers (see [`crate::runner`]). `boot.js` defines `dojoData.explorer`, which
//! starts a module worker running `explore-worker.js` on the app's compiled
//! wasm. Every message is bytes ([`explore::wire`]).
//!
//! Workers outlive a search: one that is idle when its search ends goes
//! back to a pool of warm workers, which the next search takes first, so
//! only the first search pays for starting them. A worker still busy when
//! its search ends (cancelled, or cut at its schedule budget) is ended.

use crate::runner::{Shared, failed, heard};
use crate::worker_side::CANNOT;
use explore::Options;
use explore::pool::Pool;
use explore::split::Task;
use explore::wire::{FromWorker, ToWorker, decode, encode};
use js_sys::{Function, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// At most this many workers, whatever the machine says.
const MAX_WORKERS: usize = 8;

thread_local! {
    /// Workers whose search ended while they were idle.
    static WARM: RefCell<Vec<Worker>> = const { RefCell::new(Vec::new()) };
}

type Handler = Closure<dyn FnMut(JsValue)>;

/// The Web Workers of one search, and their message handlers.
pub(crate) struct Web {
    workers: Vec<Worker>,
    handlers: Vec<Handler>,
}

impl Drop for Web {
    /// A handler may be running now (its search's last report dropped the
    /// search): they are freed once it has returned.
    fn drop(&mut self) {
        let handlers = std::mem::take(&mut self.handlers);
        if !handlers.is_empty() {
            gloo_timers::callback::Timeout::new(0, move || drop(handlers)).forget();
        }
    }
}

impl Web {
    /// Warm workers first, then new ones: one per core, or `?workers=N`
    /// (0: none, the search runs on the main thread). Each is told the
    /// program and the options.
    pub(crate) fn start(source: &str, options: &Options) -> Web {
        let wanted = count();
        let mut workers: Vec<Worker> = WARM.with(|w| {
            let mut warm = w.borrow_mut();
            let keep = warm.len().saturating_sub(wanted);
            warm.split_off(keep)
        });
        workers.extend(spawn(wanted - workers.len()));
        if !workers.is_empty() {
            let start = encode(ToWorker::Start {
                source: source.to_string(),
                packages: prelude::installed_packages(),
                options: options.clone(),
            });
            for w in &workers {
                post(w, &start);
            }
        }
        Web {
            workers,
            handlers: Vec::new(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.workers.len()
    }

    /// Posts a task to worker `i`.
    pub(crate) fn post_task(&self, i: usize, task: Task) {
        if let Some(w) = self.workers.get(i) {
            post(w, &encode(ToWorker::Run(task)));
        }
    }

    /// The search is over: idle workers (by `pool`) go back to the warm
    /// ones, busy ones are ended.
    pub(crate) fn end(&mut self, pool: &Pool) {
        for (i, w) in self.workers.drain(..).enumerate() {
            w.set_onmessage(None);
            w.set_onerror(None);
            if pool.busy(i) {
                w.terminate();
            } else {
                WARM.with(|warm| warm.borrow_mut().push(w));
            }
        }
    }

    /// A worker failed: all of them are ended.
    pub(crate) fn fail(&mut self) {
        for w in self.workers.drain(..) {
            w.terminate();
        }
    }
}

/// Hands each worker of `search` its message and error handlers.
pub(crate) fn listen(search: &Shared) {
    let mut s = search.borrow_mut();
    let mut handlers = Vec::new();
    for (i, w) in s.web.workers.iter().enumerate() {
        let weak = std::rc::Rc::downgrade(search);
        let message = Handler::new(move |e: JsValue| {
            let Some(search) = weak.upgrade() else { return };
            let data = e.unchecked_into::<MessageEvent>().data();
            let bytes = data
                .dyn_ref::<Uint8Array>()
                .map(Uint8Array::to_vec)
                .unwrap_or_default();
            match decode::<FromWorker>(&bytes).filter(|_| bytes != CANNOT) {
                Some(said) => heard(&search, i, said),
                None => failed(&search),
            }
        });
        let weak = std::rc::Rc::downgrade(search);
        let error = Handler::new(move |_| {
            if let Some(search) = weak.upgrade() {
                failed(&search);
            }
        });
        w.set_onmessage(Some(message.as_ref().unchecked_ref()));
        w.set_onerror(Some(error.as_ref().unchecked_ref()));
        handlers.extend([message, error]);
    }
    s.web.handlers = handlers;
}

/// How many Web Workers a search wants.
fn count() -> usize {
    if let Some(n) = crate::platform::query_param("workers").and_then(|n| n.parse().ok()) {
        return usize::min(n, MAX_WORKERS);
    }
    let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(1, MAX_WORKERS)
}

/// Up to `n` new workers, as many as start.
fn spawn(n: usize) -> Vec<Worker> {
    let make = Reflect::get(&js_sys::global(), &"dojoData".into())
        .and_then(|d| Reflect::get(&d, &"explorer".into()))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(make) = make else {
        return Vec::new();
    };
    (0..n)
        .map_while(|_| make.call0(&JsValue::NULL).ok()?.dyn_into::<Worker>().ok())
        .collect()
}

fn post(worker: &Worker, bytes: &[u8]) {
    let _ = worker.post_message(&Uint8Array::from(bytes));
}
