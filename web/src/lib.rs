//! The Goroutine Dojo page. This is the only crate that knows about the DOM:
//! browser access lives in [`platform`], state changes in [`state`], and the
//! components render state and dispatch actions.

pub mod components;
pub mod i18n;
pub mod platform;
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
