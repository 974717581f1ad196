//! The top bar: product name, tagline, the keyboard shortcuts and the
//! language switch. The shortcuts open as an overlay (with `?` or the
//! Keys button, as in many web apps), so the list is in sight when it is
//! wanted instead of below the course; Escape or Close shuts it and focus
//! goes back to where it was.

use super::lang_switch::LangSwitch;
use super::{use_app, use_dispatch, use_tr};
use crate::i18n::Text;
use crate::state::Action;
use yew::prelude::*;

#[function_component]
pub fn Header() -> Html {
    let tr = use_tr();
    let dispatch = use_dispatch();
    let close_button = use_node_ref();
    let open = use_app().is_some_and(|a| a.keys_open);
    {
        let close_button = close_button.clone();
        use_effect_with(open, move |open| {
            let before = open.then(crate::platform::active_element).flatten();
            if let Some(button) = close_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
            move || {
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        });
    }
    let show = |open: bool| dispatch.reform(move |_: MouseEvent| Action::ShowKeys(open));
    // "1–9 step that goroutine · t fire …": each entry is a key, a space
    // and what it does.
    let rows = tr(Text::KeysHelp).split(" · ").map(|entry| {
        let (key, what) = entry.split_once(' ').unwrap_or((entry, ""));
        html! { <><dt><kbd>{ key }</kbd></dt><dd>{ what }</dd></> }
    });
    html! {
        <header class="header">
            <div class="brand">
                <h1 class="product-name">{ tr(Text::ProductName) }</h1>
                <p class="tagline">{ tr(Text::Tagline) }</p>
            </div>
            <div class="header-actions">
                <button type="button" class="keys-button" aria-haspopup="dialog" aria-keyshortcuts="?"
                    onclick={show(true)}>{ tr(Text::KeysButton) }<kbd aria-hidden="true">{ "?" }</kbd></button>
                <LangSwitch />
            </div>
            if open {
                <div class="dialog-backdrop">
                    <div class="keys-dialog" role="dialog" aria-modal="true" aria-labelledby="keys-title">
                        <h2 id="keys-title">{ tr(Text::KeysTitle) }</h2>
                        <dl class="keys-list">{ for rows }</dl>
                        <button type="button" ref={close_button} onclick={show(false)}>{ tr(Text::Close) }</button>
                    </div>
                </div>
            }
        </header>
    }
}
