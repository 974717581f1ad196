//! Function components, one per file.

pub mod app;
pub mod bench_panel;
pub mod engine_demo;
pub mod explore_bench;
pub mod header;
pub mod lang_switch;

use crate::i18n::{Lang, Text};
use crate::state::{Action, AppState};
use yew::prelude::*;

/// The current language, from the app's language provider.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}

/// A translator bound to the current language.
#[hook]
pub fn use_tr() -> impl Fn(Text) -> &'static str {
    let lang = use_lang();
    move |text: Text| text.get(lang)
}

/// Dispatches actions to the app's reducer. Outside the app (in isolated
/// component tests) there is no reducer and actions are dropped.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    let dispatcher = use_context::<UseReducerDispatcher<AppState>>();
    Callback::from(move |action| {
        if let Some(d) = &dispatcher {
            d.dispatch(action);
        }
    })
}
