//! The top bar: product name, tagline and the language switch.

use super::lang_switch::LangSwitch;
use super::use_tr;
use crate::i18n::Text;
use yew::prelude::*;

#[function_component]
pub fn Header() -> Html {
    let tr = use_tr();
    html! {
        <header class="header">
            <div class="brand">
                <h1 class="product-name">{ tr(Text::ProductName) }</h1>
                <p class="tagline">{ tr(Text::Tagline) }</p>
            </div>
            <LangSwitch />
        </header>
    }
}
