//! The lesson region. Until a lesson is chosen it introduces the
//! playground and offers the example programs; the text shows in the
//! page's language, or in both side by side.

use super::{use_dispatch, use_lang};
use crate::i18n::{Lang, Text};
use crate::programs::PROGRAMS;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    /// The program being worked on.
    pub program: &'static str,
    /// Text in both languages side by side.
    pub both: bool,
}

/// Takes what it shows as props (not the whole state), so a step does not
/// render it again.
#[function_component]
pub fn LessonPane(props: &LessonProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let langs: Vec<Lang> = if props.both {
        Lang::ALL.to_vec()
    } else {
        vec![lang]
    };
    let column = |l: Lang| {
        let programs = PROGRAMS.iter().map(|p| {
            let current = props.program == p.id;
            let onclick = dispatch.reform(move |_: MouseEvent| Action::LoadProgram {
                program: p.id,
                source: p.source(),
            });
            html! {
                <li>
                    <button type="button" class="program-button" aria-current={current.then_some("true")} {onclick}>
                        { p.title.get(l) }
                    </button>
                    <p class="program-about">{ p.about.get(l) }</p>
                </li>
            }
        });
        html! {
            <div class="lesson-text" lang={l.code()}>
                <h2>{ Text::PlaygroundTitle.get(l) }</h2>
                <p>{ Text::PlaygroundIntro.get(l) }</p>
                <h3>{ Text::ProgramsTitle.get(l) }</h3>
                <ul class="program-list">{ for programs }</ul>
                if props.program == "shared" {
                    <p class="program-about">{ Text::SharedProgram.get(l) }</p>
                }
                <h3>{ Text::KeysTitle.get(l) }</h3>
                <p class="keys-help">{ Text::KeysHelp.get(l) }</p>
            </div>
        }
    };
    html! {
        <div class={classes!("lesson-pane", props.both.then_some("both"))}>
            { for langs.into_iter().map(column) }
        </div>
    }
}
