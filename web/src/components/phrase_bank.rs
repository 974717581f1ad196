//! The phrase bank: search, filter by category, copy. The English phrase
//! is what learners practise, so it leads in both languages; in Chinese
//! mode the Chinese rendering follows it as the explanation. A review
//! comment opens with its severity label in each language, and is copied
//! with it, as it would be posted.

use super::{use_dispatch, use_lang, use_tr};
use crate::course;
use crate::i18n::{Lang, Text, bi, phrase_count};
use crate::platform;
use crate::state::{Action, Notice, PracticeAction};
use lessons::{Phrase, Severity};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhraseBankProps {
    pub query: Rc<str>,
    pub category: Option<&'static str>,
}

/// Whether a phrase matches every word of the query, in either language,
/// its term, its severity or its "when".
fn matches(p: &Phrase, query: &str) -> bool {
    let hay = [p.text.en, p.text.zh, p.when.en, p.when.zh, p.id]
        .into_iter()
        .chain(p.term.iter().flat_map(|t| [t.en, t.zh]))
        .chain(p.severity.map(|s| severity(s).get(Lang::En)))
        .collect::<Vec<_>>()
        .join("\n")
        .to_ascii_lowercase();
    query
        .to_ascii_lowercase()
        .split_whitespace()
        .all(|word| hay.contains(word))
}

/// The label a review comment of this severity opens with.
fn severity(s: Severity) -> Text {
    match s {
        Severity::Nit => Text::SeverityNit,
        Severity::Suggestion => Text::SeveritySuggestion,
        Severity::MustFix => Text::SeverityMustFix,
    }
}

/// A phrase with its `{slots}` set apart.
fn with_slots(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        parts.push(html! { { &rest[..open] } });
        parts.push(html! { <span class="slot">{ &rest[open..=open + len] }</span> });
        rest = &rest[open + len + 1..];
    }
    parts.push(html! { { rest } });
    html! { <>{ for parts }</> }
}

#[function_component]
pub fn PhraseBank(props: &PhraseBankProps) -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let all = course::phrases();
    let shown: Vec<&Phrase> = all
        .iter()
        .filter(|p| props.category.is_none_or(|c| p.category == c))
        .filter(|p| matches(p, &props.query))
        .collect();
    let oninput = dispatch.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Practice(PracticeAction::Search(input.value()))
    });
    let chip = |id: Option<&'static str>, label: &'static str| {
        let onclick =
            dispatch.reform(move |_: MouseEvent| Action::Practice(PracticeAction::Filter(id)));
        html! {
            <button type="button" class="filter-chip" aria-pressed={(props.category == id).to_string()} {onclick}>{ label }</button>
        }
    };
    let chips = std::iter::once(chip(None, tr(Text::PhrasesAll))).chain(
        course::categories()
            .iter()
            .map(|c| chip(Some(c.id), bi(&c.title, lang))),
    );
    let copy = |text: String, label: Text| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            platform::copy_to_clipboard(&text);
            dispatch.emit(Action::Notify(Notice::Copied));
        });
        html! { <button type="button" class="link-button" {onclick}>{ tr(label) }</button> }
    };
    let items = shown.iter().map(|p| {
        // `nit: …` in English, `【nit】…` in Chinese.
        let tag = |l: Lang| p.severity.map(|s| severity(s).get(l));
        let (en, zh) = (tag(Lang::En), tag(Lang::Zh));
        let badge =
            |t: Option<&'static str>| t.map(|t| html! { <><span class="badge">{ t }</span>{ " " }</> });
        html! {
            <li class="phrase" data-id={p.id}>
                if let Some(term) = &p.term {
                    <p class="phrase-term"><strong>{ term.en }</strong>
                        if lang == Lang::Zh { { format!(" · {}", term.zh) } }</p>
                }
                <p class="phrase-en" lang="en">{ for badge(en) }{ with_slots(p.text.en) }</p>
                if lang == Lang::Zh {
                    <p class="phrase-zh" lang="zh">{ for badge(zh) }{ with_slots(p.text.zh) }</p>
                }
                <p class="phrase-when"><span class="muted">{ format!("{}: ", tr(Text::PhrasesWhen)) }</span>{ bi(&p.when, lang) }</p>
                <p class="phrase-actions">
                    { copy(en.map_or(String::new(), |t| format!("{t}: ")) + p.text.en, Text::CopyEnglish) }
                    if lang == Lang::Zh { { copy(zh.unwrap_or_default().to_string() + p.text.zh, Text::CopyChinese) } }
                </p>
            </li>
        }
    });
    let description = props
        .category
        .and_then(|id| course::categories().iter().find(|c| c.id == id))
        .map(|c| bi(&c.description, lang));
    html! {
        <div class="phrase-bank">
            <h2>{ tr(Text::PhrasesTitle) }</h2>
            <p>{ tr(Text::PhrasesIntro) }</p>
            <input type="search" class="phrase-search" placeholder={tr(Text::PhrasesSearch)}
                aria-label={tr(Text::PhrasesSearch)} value={props.query.to_string()} {oninput} />
            <div class="filter-chips" role="group">{ for chips }</div>
            if let Some(d) = description { <p class="muted">{ d }</p> }
            <p class="muted" role="status">{ phrase_count(shown.len(), all.len(), lang) }</p>
            if shown.is_empty() { <p>{ tr(Text::PhrasesNone) }</p> }
            <ul class="phrase-list">{ for items }</ul>
        </div>
    }
}
