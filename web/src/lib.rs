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
pub mod writeup;

pub use components::app::App;

/// Replaces the loading placeholder in `#app` with the app.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(root) = platform::app_root() else {
        return;
    };
    root.set_inner_html("");
    crash::install();
    install_prelude();
    yew::Renderer::<App>::with_root(root).render();
    // `?crash-test`: the browser test's way to check the crash view; a
    // real panic never needs asking.
    if platform::query_param("crash-test").is_some() {
        gloo_timers::callback::Timeout::new(50, || panic!("crash test requested by the URL"))
            .forget();
    }
}

/// Hands the engine the Go sources `boot.js` loaded from `prelude.js`.
#[cfg(target_arch = "wasm32")]
fn install_prelude() {
    prelude::install(data::prelude());
}

/// Mounts the benchmark page instead (the `bench` binary).
#[cfg(target_arch = "wasm32")]
pub fn mount_bench() {
    let Some(root) = platform::app_root() else {
        return;
    };
    root.set_inner_html("");
    install_prelude();
    yew::Renderer::<components::bench_app::BenchApp>::with_root(root).render();
}
