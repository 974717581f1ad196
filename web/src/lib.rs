//! The Goroutine Dojo page. This is the only crate that knows about the DOM:
//! browser access lives in [`platform`], state changes in [`state`], and the
//! components render state and dispatch actions.

pub mod components;
pub mod course;
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

pub use components::app::App;

/// Replaces the loading placeholder in `#app` with the app.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(root) = platform::app_root() else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

/// Mounts the benchmark page instead (the `bench` binary).
#[cfg(target_arch = "wasm32")]
pub fn mount_bench() {
    let Some(root) = platform::app_root() else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<components::bench_app::BenchApp>::with_root(root).render();
}
