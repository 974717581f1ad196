//! The en / 中文 switch: a pair of toggle buttons, the current one pressed.

use super::{use_dispatch, use_lang, use_tr};
use crate::i18n::{Lang, Text};
use crate::state::Action;
use yew::prelude::*;

#[function_component]
pub fn LangSwitch() -> Html {
    let current = use_lang();
    let dispatch = use_dispatch();
    let tr = use_tr();
    let buttons = Lang::ALL.iter().map(|&lang| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetLang(lang));
        html! {
            <button type="button" class="lang-button" lang={lang.code()}
                aria-pressed={(lang == current).to_string()} {onclick}>
                { lang.endonym() }
            </button>
        }
    });
    html! {
        <div class="lang-switch" role="group" aria-label={tr(Text::LanguageSwitch)}>
            { for buttons }
        </div>
    }
}
