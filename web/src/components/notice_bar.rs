//! A one-line notice (a damaged link, unreadable storage, a link made),
//! dismissible.

use super::{use_app, use_dispatch, use_tr};
use crate::i18n::Text;
use crate::state::{Action, Notice};
use yew::prelude::*;

#[function_component]
pub fn NoticeBar() -> Html {
    let tr = use_tr();
    let dispatch = use_dispatch();
    let Some(notice) = use_app().and_then(|a| a.notice) else {
        return html! {};
    };
    let text = match notice {
        Notice::BadShareLink => Text::BadShareLink,
        Notice::BadStorage => Text::BadStorage,
        Notice::LinkCopied => Text::LinkCopied,
        Notice::Copied => Text::Copied,
        Notice::ScheduleDiverged => Text::ScheduleDiverged,
        Notice::BadEmbedOption => Text::BadEmbedOption,
        Notice::ProgramTooLong => Text::ProgramTooLong,
        Notice::ScheduleCutShort => Text::ScheduleCutShort,
        Notice::PackagesNotLoaded => Text::PackagesNotLoaded,
    };
    let onclick = dispatch.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="notice" role="status" data-testid="notice">
            <span>{ tr(text) }</span>
            <button type="button" class="link-button" {onclick}>{ tr(Text::Dismiss) }</button>
        </div>
    }
}
