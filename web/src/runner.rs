//! The explorer between frames: verification after every build and the
//! Explore button both run the explorer in slices of about one frame's
//! time, report progress through the reducer, and stop when their build
//! is replaced or the learner cancels (the returned handle is dropped).

use crate::platform;
use crate::state::Action;
use explore::Explorer;
use std::cell::Cell;
use std::rc::Rc;
use yew::Callback;

/// Milliseconds of exploring per slice: the page stays responsive.
const SLICE_MS: f64 = 12.0;
/// Progress is reported at most this often: each report renders the page
/// again, which would otherwise eat into the search.
const REPORT_EVERY_MS: f64 = 150.0;
/// Work (about one instruction each) between two looks at the clock:
/// about a millisecond in the browser, so a slice overruns its time by
/// little even when one schedule runs for millions of instructions.
const FUEL: u64 = 100_000;

/// Stops the loop when dropped.
pub struct Running {
    stop: Rc<Cell<bool>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

type Reports = Callback<(Rc<explore::Report>, bool)>;

/// Runs `explorer` to the end in slices, reporting through `report`
/// (`report(progress, done)`), until done or the handle is dropped.
pub fn run_in_slices(explorer: Explorer, report: Reports) -> Running {
    let stop = Rc::new(Cell::new(false));
    slice(explorer, report, stop.clone(), platform::now_ms());
    Running { stop }
}

fn slice(mut explorer: Explorer, report: Reports, stop: Rc<Cell<bool>>, reported: f64) {
    if stop.get() {
        return;
    }
    let start = platform::now_ms();
    let mut done = false;
    // Off the browser (tests) there is no clock: run to the end at once.
    while !done && (!platform::is_browser() || platform::now_ms() - start < SLICE_MS) {
        done = explorer.run_for(FUEL);
    }
    let now = platform::now_ms();
    let due = done || now - reported >= REPORT_EVERY_MS;
    if due {
        report.emit((Rc::new(explorer.report()), done));
    }
    #[cfg(target_arch = "wasm32")]
    if !done {
        let reported = if due { now } else { reported };
        gloo_timers::callback::Timeout::new(0, move || slice(explorer, report, stop, reported))
            .forget();
    }
}

/// The reporting callbacks, as actions.
pub fn verify_reports(dispatch: Callback<Action>) -> Reports {
    dispatch.reform(|(r, done)| Action::VerifyProgress(r, done))
}

pub fn explore_reports(dispatch: Callback<Action>) -> Reports {
    dispatch.reform(|(r, done)| Action::ExploreProgress(r, done))
}
