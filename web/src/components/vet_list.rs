//! What go vet says about the program, under the editor: Go's text, a
//! short explanation in the page's language, and the lesson that covers
//! it. Warnings, not errors: nothing here stops a run or an exploration.

use super::{use_dispatch, use_lang, use_tr};
use crate::course;
use crate::i18n::{Lang, Text};
use std::rc::Rc;
use vet::{Analyzer, Finding};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VetProps {
    pub findings: Rc<[Finding]>,
    /// The learner's file, for the positions.
    pub source: Rc<str>,
}

/// The explanation of each analyzer's findings.
fn explanation(a: Analyzer) -> Text {
    match a {
        Analyzer::Assign => Text::VetAssign,
        Analyzer::Atomic => Text::VetAtomic,
        Analyzer::Bools => Text::VetBools,
        Analyzer::Copylocks => Text::VetCopylocks,
        Analyzer::Defers => Text::VetDefers,
        Analyzer::Lostcancel => Text::VetLostcancel,
        Analyzer::Printf => Text::VetPrintf,
        Analyzer::Shift => Text::VetShift,
        Analyzer::Stringintconv => Text::VetStringintconv,
        Analyzer::Unreachable => Text::VetUnreachable,
        Analyzer::Unusedresult => Text::VetUnusedresult,
        Analyzer::Waitgroup => Text::VetWaitgroup,
    }
}

/// The lesson that teaches what the analyzer is about, if one does.
fn lesson(a: Analyzer) -> Option<&'static lessons::Lesson> {
    let slug = match a {
        Analyzer::Atomic => "lost-update",
        Analyzer::Copylocks => "mutex-and-channels",
        Analyzer::Lostcancel => "forgotten-cancel",
        Analyzer::Waitgroup => "goroutines-and-waitgroup",
        Analyzer::Assign
        | Analyzer::Bools
        | Analyzer::Defers
        | Analyzer::Printf
        | Analyzer::Shift
        | Analyzer::Stringintconv
        | Analyzer::Unreachable
        | Analyzer::Unusedresult => {
            return None;
        }
    };
    course::lessons().iter().find(|l| l.slug == slug)
}

#[function_component]
pub fn VetList(props: &VetProps) -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let lines = syntax::LineIndex::new(&props.source);
    let items = props.findings.iter().map(|f| {
        let link = lesson(f.analyzer).map(|l| {
            let onclick = dispatch.reform(move |_: MouseEvent| crate::startup::open_lesson(l));
            let title = match lang {
                Lang::En => l.title.en,
                Lang::Zh => l.title.zh,
            };
            html! {
                <> { " " }{ tr(Text::VetLesson) }{ " " }
                <button type="button" class="link-button" {onclick}>{ format!("{}. {title}", l.label()) }</button></>
            }
        });
        html! {
            <li data-testid="vet-finding" data-analyzer={f.analyzer.name()}>
                <code class="vet-go">{ f.render(runtime::FILE_NAME, &lines) }</code>
                <p class="vet-why">{ tr(explanation(f.analyzer)) }{ for link }</p>
            </li>
        }
    });
    html! {
        <div class="vet-findings" role="status" data-testid="vet">
            <h3>{ tr(Text::VetTitle) }</h3>
            <p class="muted">{ tr(Text::VetNote) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
