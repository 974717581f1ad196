//! Inside one of the page's explore workers (`explore-worker.js`): its own
//! instance of the app's wasm, which never mounts the app. It builds the
//! program it is given, runs the tasks the page hands it one after another
//! ([`explore::worker::Worker`]), and posts their news back as bytes.

/// What a worker posts when it cannot take part: a program that does not
/// build here, or a message that is none. The page then runs the search
/// itself. No message of the search encodes to this.
pub const CANNOT: &[u8] = &[];

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::CANNOT;
    use explore::split::News;
    use explore::wire::{ToWorker, decode, encode};
    use explore::worker::Worker;
    use js_sys::{Function, Uint8Array};
    use std::cell::RefCell;
    use wasm_bindgen::JsValue;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// News of a task goes out at least this often, and when it ends.
    const POST_EVERY_MS: f64 = 20.0;

    thread_local! {
        static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    }

    /// Handles one message from the page; `post` sends bytes back.
    #[wasm_bindgen]
    pub fn explore_worker(message: &[u8], post: &Function) {
        let send = |bytes: &[u8]| {
            let _ = post.call1(&JsValue::NULL, &Uint8Array::from(bytes));
        };
        match decode::<ToWorker>(message) {
            Some(ToWorker::Start {
                source,
                packages,
                options,
            }) => {
                for (folder, files) in packages {
                    prelude::install(&folder, files);
                }
                // Built as the page builds it, through a session.
                let session = session::Session::new(&source);
                let worker = session.build().map(|b| Worker::new(b.clone(), options));
                if worker.is_none() {
                    send(CANNOT);
                }
                WORKER.with(|w| *w.borrow_mut() = worker);
            }
            Some(ToWorker::Run(task)) => WORKER.with(|w| match w.borrow_mut().as_mut() {
                Some(worker) => {
                    worker.give(task);
                    run(worker, &send);
                }
                None => send(CANNOT),
            }),
            None => send(CANNOT),
        }
    }

    /// Runs the task to its end, posting its news in batches.
    fn run(worker: &mut Worker, send: &dyn Fn(&[u8])) {
        let mut batch: Option<(usize, Vec<News>)> = None;
        let mut posted = js_sys::Date::now();
        while let Some((id, news)) = worker.work(u64::MAX) {
            let done = news.iter().any(|n| matches!(n, News::Done(_)));
            if batch.as_ref().is_some_and(|(b, _)| *b != id)
                && let Some(b) = batch.take()
            {
                send(&encode(b));
            }
            let batch_news = &mut batch.get_or_insert_with(|| (id, Vec::new())).1;
            batch_news.extend(news);
            if done || js_sys::Date::now() - posted >= POST_EVERY_MS {
                batch_news.extend(worker.progress().into_iter().flat_map(|(_, p)| p));
                if let Some(b) = batch.take() {
                    send(&encode(b));
                }
                posted = js_sys::Date::now();
            }
        }
    }
}
