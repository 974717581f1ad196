//! The lesson region: the lesson being taken (if any), the course's list
//! of lessons, and the example programs.

use super::lesson_view::LessonView;
use super::{use_dispatch, use_lang};
use crate::course;
use crate::i18n::{Lang, Text};
use crate::programs::PROGRAMS;
use crate::state::{Action, ProgramRef, Progress};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    /// The program being worked on.
    pub program: ProgramRef,
    pub lesson: Option<&'static lessons::Lesson>,
    pub progress: Rc<Progress>,
    /// Text in both languages side by side.
    pub both: bool,
    /// A newcomer's first screen: greet them and say what to do.
    pub welcome: bool,
}

/// Takes what it shows as props (not the whole state), so a step does not
/// render it again.
#[function_component]
pub fn LessonPane(props: &LessonProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let l = lang;
    let lessons = course::lessons().iter().map(|lesson| {
        let current = props.lesson.is_some_and(|c| c.slug == lesson.slug);
        let onclick = dispatch.reform(move |_: MouseEvent| crate::startup::open_lesson(lesson));
        let title = match l {
            Lang::En => lesson.title.en,
            Lang::Zh => lesson.title.zh,
        };
        html! {
            <li>
                <button type="button" class="lesson-link" aria-current={current.then_some("true")} {onclick}>
                    { format!("{}. {title}", lesson.label()) }
                    if lesson.deep_dive { <span class="badge">{ Text::DeepDive.get(l) }</span> }
                </button>
            </li>
        }
    });
    let programs = PROGRAMS.iter().map(|p| {
        let current = props.program == ProgramRef::Example(p);
        let onclick = dispatch.reform(move |_: MouseEvent| Action::LoadProgram {
            program: ProgramRef::Example(p),
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
    let flagship = crate::programs::default_program();
    let onflagship = dispatch.reform(move |_: MouseEvent| Action::LoadProgram {
        program: ProgramRef::Example(flagship),
        source: flagship.source(),
    });
    html! {
        <div class="lesson-pane">
            if props.welcome {
                <aside class="welcome" aria-labelledby="welcome-title">
                    <h2 id="welcome-title">{ Text::WelcomeTitle.get(l) }</h2>
                    <p>{ Text::WelcomeText.get(l) }</p>
                    <button type="button" class="link-button" onclick={onflagship}>{ Text::WelcomeFlagship.get(l) }</button>
                </aside>
            }
            if let Some(lesson) = props.lesson {
                <LessonView {lesson} progress={props.progress.clone()} both={props.both} />
            } else {
                <div class="lesson-text">
                    <h2>{ Text::PlaygroundTitle.get(l) }</h2>
                    <p>{ Text::PlaygroundIntro.get(l) }</p>
                    if props.program == ProgramRef::Shared {
                        <p class="program-about">{ Text::SharedProgram.get(l) }</p>
                    }
                </div>
            }
            <nav aria-label={Text::CourseTitle.get(l)}>
                <h3>{ Text::CourseTitle.get(l) }</h3>
                <ol class="lesson-list">{ for lessons }</ol>
            </nav>
            <h3>{ Text::ProgramsTitle.get(l) }</h3>
            <ul class="program-list">{ for programs }</ul>
        </div>
    }
}
