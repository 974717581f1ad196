//! The Goroutine Dojo page. This is the only crate that knows about the DOM:
//! browser access lives in [`platform`], state changes in [`state`], and the
//! components render state and dispatch actions.

pub mod components;
pub mod course;
pub mod crash;
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

/// Hands the engine the Go sources `boot.js` loaded from `prelude.js`
/// (`globalThis.dojoPrelude`, rows of folder, file name, source). A row
/// that is not three strings is skipped: programs importing its package
/// then get Go's "package is not in std" diagnostic, not a crash.
#[cfg(target_arch = "wasm32")]
fn install_prelude() {
    use js_sys::{Array, Reflect};
    let rows = Reflect::get(&js_sys::global(), &"dojoPrelude".into()).unwrap_or_default();
    if !Array::is_array(&rows) {
        return;
    }
    let files = Array::from(&rows)
        .iter()
        .filter(Array::is_array)
        .filter_map(|row| {
            let row = Array::from(&row);
            Some((
                row.get(0).as_string()?,
                row.get(1).as_string()?,
                row.get(2).as_string()?,
            ))
        })
        .collect();
    prelude::install(files);
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
