//! The Goroutine Dojo page. This is the only crate that knows about the DOM:
//! browser access lives in [`platform`], state changes in [`state`], and the
//! components render state and dispatch actions.

pub mod components;
pub mod course;
pub mod crash;
pub mod data;
pub mod embed;
pub mod highlight;
pub mod i18n;
pub mod keys;
pub mod markdown;
pub mod platform;
pub mod programs;
pub mod runner;
pub mod startup;
pub mod state;
pub mod worker_side;
#[cfg(target_arch = "wasm32")]
mod workers;
pub mod writeup;

pub use components::app::App;

/// Replaces the loading placeholder in `#app` with the app, once the
/// prelude packages the opening program imports have loaded (the app
/// loads the others as programs import them).
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(root) = platform::app_root() else {
        return;
    };
    crash::install();
    let opening = startup::initial_state(&components::app::found_in_browser());
    data::load_packages(&opening.session.loading, move |_| {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
        // `?crash-test`: the browser test's way to check the crash view; a
        // real panic never needs asking.
        if platform::query_param("crash-test").is_some() {
            gloo_timers::callback::Timeout::new(50, || panic!("crash test requested by the URL"))
                .forget();
        }
    });
}

/// Mounts the benchmark page instead (the `bench` binary), once every
/// prelude package has loaded: its benchmarks build programs directly.
#[cfg(target_arch = "wasm32")]
pub fn mount_bench() {
    let Some(root) = platform::app_root() else {
        return;
    };
    let all: Vec<&'static str> = prelude::folders().collect();
    data::load_packages(&all, move |_| {
        root.set_inner_html("");
        yew::Renderer::<components::bench_app::BenchApp>::with_root(root).render();
    });
}
