//! The Embed panel: the iframe snippet and the Markdown link for the
//! lesson or program on screen at its current step, ready to copy, with
//! the embed itself as a live preview. A plain function of the state the
//! playground passes in (its one choice, read-only or not, lives in the
//! reducer), not a component of its own: it costs the wasm less.

use crate::embed::link::{Place, iframe_snippet, markdown_link};
use crate::i18n::{Lang, Text};
use crate::platform;
use crate::state::{Action, AppState, Notice};
use yew::prelude::*;

pub fn embed_panel(app: &AppState, dispatch: &Callback<Action>, lang: Lang) -> Html {
    let Some(readonly) = app.embed_panel else {
        return html! {};
    };
    let tr = |text: Text| text.get(lang);
    let place = Place::of(app);
    let url = place.embed_url(&platform::page_base(), readonly);
    let caption = place.caption();
    let snippet = iframe_snippet(&url, &caption);
    let markdown = markdown_link(&place.page_url(&platform::page_base()), &caption);
    let toggle = dispatch.reform(move |_: Event| Action::SetEmbedPanel(Some(!readonly)));
    html! {
        <section class="embed-panel" aria-label={tr(Text::EmbedTitle)}>
            <h3>{ tr(Text::EmbedTitle) }</h3>
            <p class="muted">{ tr(Text::EmbedIntro) }</p>
            <label><input type="checkbox" checked={readonly} onchange={toggle} />{ tr(Text::EmbedReadOnly) }</label>
            { copyable(tr(Text::EmbedIframe), snippet, tr(Text::Copy), dispatch) }
            { copyable(tr(Text::EmbedMarkdown), markdown, tr(Text::Copy), dispatch) }
            // A new element for every new link: an iframe whose link only
            // changes after `#` would not load again.
            <iframe key={url.clone()} class="embed-preview" src={url}
                title={format!("{} · {caption}", tr(Text::EmbedPreview))} />
        </section>
    }
}

/// A labelled read-only text with a button that copies it.
fn copyable(label: &str, text: String, copy: &str, dispatch: &Callback<Action>) -> Html {
    let onclick = {
        let text = text.clone();
        dispatch.reform(move |_: MouseEvent| {
            platform::copy_to_clipboard(&text);
            Action::Notify(Notice::Copied)
        })
    };
    html! {
        <>
            <label class="snippet">
                { label.to_string() }
                <textarea readonly=true rows="3" value={text} />
            </label>
            <button type="button" {onclick}>{ copy.to_string() }</button>
        </>
    }
}
