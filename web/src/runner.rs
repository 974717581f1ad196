//! The explorer between frames: verification after every build and the
//! Explore button both run the explorer in slices of about one frame's
//! time, report progress through the reducer, and stop when their build
//! is replaced or the learner cancels (the returned handle is dropped).

use crate::state::Action;
use explore::Explorer;
use std::cell::Cell;
use std::rc::Rc;
use yew::Callback;

/// Milliseconds of exploring per slice: the page stays responsive.
const SLICE_MS: f64 = 12.0;

/// Stops the loop when dropped.
pub struct Running {
    stop: Rc<Cell<bool>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

/// Runs `explorer` to the end in slices, reporting through `report`
/// (`report(progress, done)`), until done or the handle is dropped.
pub fn run_in_slices(explorer: Explorer, report: Callback<(Rc<explore::Report>, bool)>) -> Running {
    let stop = Rc::new(Cell::new(false));
    slice(explorer, report, stop.clone());
    Running { stop }
}

fn slice(
    mut explorer: Explorer,
    report: Callback<(Rc<explore::Report>, bool)>,
    stop: Rc<Cell<bool>>,
) {
    if stop.get() {
        return;
    }
    let start = crate::platform::now_ms();
    let mut done = false;
    // Off the browser (tests) there is no clock: run to the end at once.
    while !done && (!crate::platform::is_browser() || crate::platform::now_ms() - start < SLICE_MS)
    {
        done = explorer.run(8);
    }
    report.emit((Rc::new(explorer.report()), done));
    #[cfg(target_arch = "wasm32")]
    if !done {
        gloo_timers::callback::Timeout::new(0, move || slice(explorer, report, stop)).forget();
    }
}

/// The reporting callbacks, as actions.
pub fn verify_reports(dispatch: Callback<Action>) -> Callback<(Rc<explore::Report>, bool)> {
    dispatch.reform(|(r, done)| Action::VerifyProgress(r, done))
}

pub fn explore_reports(dispatch: Callback<Action>) -> Callback<(Rc<explore::Report>, bool)> {
    dispatch.reform(|(r, done)| Action::ExploreProgress(r, done))
}
