//! The write-up editor: the RCA and the review comment, drafted from the
//! last failing run, edited section by section in the page's language,
//! exported as Markdown or plain text.

use super::{tab_index, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, bi, sections_left};
use crate::platform;
use crate::state::{Action, Notice, PracticeAction};
use crate::writeup::{Draft, Kind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WriteUpProps {
    pub kind: Kind,
    pub rca: Option<Rc<Draft>>,
    pub review: Option<Rc<Draft>>,
    /// A failing run has been seen, so a draft can be made.
    pub can_draft: bool,
}

#[function_component]
pub fn WriteUpEditor(props: &WriteUpProps) -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let kind = props.kind;
    let draft = match kind {
        Kind::Rca => props.rca.clone(),
        Kind::Review => props.review.clone(),
    };
    let tab = |k: Kind, label: Text| {
        let onclick =
            dispatch.reform(move |_: MouseEvent| Action::Practice(PracticeAction::ShowDraft(k)));
        let selected = k == kind;
        html! {
            <button type="button" role="tab" aria-selected={selected.to_string()} tabindex={tab_index(selected)}
                aria-controls="writeup-panel" {onclick}>{ tr(label) }</button>
        }
    };
    let make = dispatch.reform(move |_: MouseEvent| Action::Practice(PracticeAction::Draft(kind)));
    let copy = |text: String, label: Text| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            platform::copy_to_clipboard(&text);
            dispatch.emit(Action::Notify(Notice::Copied));
        });
        html! { <button type="button" {onclick}>{ tr(label) }</button> }
    };
    let body = draft.map(|d| {
        let parts = d.parts.iter().enumerate().map(|(i, p)| {
            let oninput = dispatch.reform(move |e: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                Action::Practice(PracticeAction::Edit { kind, part: i, text: area.value() })
            });
            let todo = p.unfinished(lang);
            let id = format!("writeup-{}", p.id);
            let rows = p.text(lang).lines().count().clamp(3, 14).to_string();
            html! {
                <div class="writeup-part" data-section={p.id} data-done={(!todo).to_string()}>
                    <label for={id.clone()}>
                        <strong>{ bi(&p.title, lang) }</strong>
                        <span class={if todo { "badge todo" } else { "badge done" }}>
                            { tr(if todo { Text::WriteUpTodo } else { Text::WriteUpDone }) }
                        </span>
                    </label>
                    <p class="muted">{ bi(&p.guidance, lang) }</p>
                    <textarea {id} {rows} spellcheck="true" value={p.text(lang).to_string()} {oninput} />
                </div>
            }
        });
        let left = d.unfinished(lang);
        html! {
            <>
                <p class="muted">{ tr(Text::WriteUpEditing) }</p>
                <p class="muted">{ tr(Text::WriteUpPromptNote) }</p>
                { for parts }
                <p role="status">{ if left == 0 { tr(Text::WriteUpDone).to_string() } else { sections_left(left, lang) } }</p>
                <div class="writeup-export">
                    { copy(d.markdown(lang), Text::WriteUpCopyMarkdown) }
                    { copy(d.plain(lang), Text::WriteUpCopyText) }
                </div>
                <details class="writeup-preview">
                    <summary>{ tr(Text::WriteUpPreview) }</summary>
                    <pre data-testid="writeup-markdown">{ d.markdown(lang) }</pre>
                </details>
            </>
        }
    });
    let has_draft = body.is_some();
    html! {
        <div class="writeup">
            <h2>{ tr(Text::WriteUpTitle) }</h2>
            <div class="side-tabs" role="tablist" aria-label={tr(Text::WriteUpTitle)}>
                { tab(Kind::Rca, Text::WriteUpRca) }
                { tab(Kind::Review, Text::WriteUpReview) }
            </div>
            <div id="writeup-panel" role="tabpanel">
                if props.can_draft {
                    <button type="button" onclick={make}>
                        { tr(if has_draft { Text::WriteUpRedraft } else { Text::WriteUpDraft }) }
                    </button>
                } else {
                    <p>{ tr(Text::WriteUpNoRun) }</p>
                }
                { for body }
            </div>
        </div>
    }
}
