//! Function components, one per file.

pub mod app;
pub mod bench_app;
pub mod bench_panel;
pub mod channels_view;
pub mod choice_picker;
pub mod code_editor;
pub mod context_tree;
pub mod embed_panel;
pub mod explore_bench;
pub mod explore_panel;
pub mod header;
pub mod history_view;
pub mod interview_panel;
pub mod interview_session;
pub mod lane;
pub mod lanes_view;
pub mod lang_switch;
pub mod lesson_pane;
pub mod lesson_view;
pub mod notice_bar;
pub mod output_view;
pub mod phrase_bank;
pub mod playground;
pub mod run_tabs;
pub mod scale_bench;
pub mod sequence_view;
pub mod side_tabs;
pub mod toolbar;
pub mod trace_text;
pub mod verdict_badge;
pub mod vet_list;
pub mod writeup_editor;

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

/// The app's state (`None` outside the app).
#[hook]
pub fn use_app() -> Option<UseReducerHandle<AppState>> {
    use_context::<UseReducerHandle<AppState>>()
}

/// The colour class of a goroutine's lane and markers: eight colours in
/// turn. Colour is never the only sign: every marker also carries the id.
pub fn goroutine_class(id: runtime::GoroutineId) -> String {
    format!("g-color-{}", (id.get() - 1) % 8)
}

/// A tab's `tabindex` in the roving pattern: only the selected tab of a
/// list is a Tab stop; arrow keys move between them (see
/// `platform::move_between_tabs`).
pub fn tab_index(selected: bool) -> &'static str {
    if selected { "0" } else { "-1" }
}
