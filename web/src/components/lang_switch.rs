//! The language switch: English, 中文, or lesson text in both side by
//! side (the page's own words then follow the last single language).

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Lang, Text};
use crate::state::Action;
use yew::prelude::*;

#[function_component]
pub fn LangSwitch() -> Html {
    let current = use_lang();
    let both = use_app().is_some_and(|a| a.both);
    let dispatch = use_dispatch();
    let tr = use_tr();
    let buttons = Lang::ALL.iter().map(|&lang| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetBoth(false));
            dispatch.emit(Action::SetLang(lang));
        });
        html! {
            <button type="button" class="lang-button" lang={lang.code()}
                aria-pressed={(lang == current && !both).to_string()} {onclick}>
                { lang.endonym() }
            </button>
        }
    });
    let onboth = dispatch.reform(|_: MouseEvent| Action::SetBoth(true));
    html! {
        <div class="lang-switch" role="group" aria-label={tr(Text::LanguageSwitch)}>
            { for buttons }
            <button type="button" class="lang-button" aria-pressed={both.to_string()} onclick={onboth}>
                { tr(Text::BothLanguages) }
            </button>
        </div>
    }
}
