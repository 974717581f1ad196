//! One lesson: its text (in the page's language, or both side by side),
//! the goals with what is met, quizzes, hints one at a time, and the
//! explanation once every goal is met (or on request).

use super::{use_dispatch, use_lang};
use crate::i18n::{Lang, Text, bi};
use crate::markdown;
use crate::state::{Action, Progress};
use lessons::{Goal, Lesson, Level};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonViewProps {
    pub lesson: &'static Lesson,
    pub progress: Rc<Progress>,
    pub both: bool,
}

/// A lesson text rendered from its Markdown.
fn md(text: &str) -> Html {
    markdown::render(&markdown::parse(text))
}

fn explanation_heading(l: Lang) -> &'static str {
    match l {
        Lang::En => "## Explanation",
        Lang::Zh => "## 解析",
    }
}

/// A lesson's Markdown without its leading `# Title` line: the view heads
/// it with the numbered title already, and a second heading saying the
/// same would be read twice.
fn without_title(md: &str) -> &str {
    match md.strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body),
        None => md,
    }
}

#[function_component]
pub fn LessonView(props: &LessonViewProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let lesson = props.lesson;
    let progress = &props.progress;
    let root = use_node_ref();
    // The text arrives in its own module (see `data::lesson_text`): until
    // then the lesson shows its title, goals and a loading line, and
    // renders again once the text is in.
    let loads = use_state(|| 0_u32);
    let text = crate::data::lesson_text(lesson);
    {
        let loads = loads.clone();
        let missing = text.is_none();
        use_effect_with(lesson.folder, move |folder| {
            #[cfg(target_arch = "wasm32")]
            if missing {
                let n = *loads + 1;
                crate::data::load_lesson_text(folder, move || loads.set(n));
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (folder, missing, loads);
        });
    }
    {
        let root = root.clone();
        use_effect_with(lesson.slug, move |_| {
            // Opened by the learner (focus is on the link they used, in
            // the course list below): bring the lesson into view and put
            // focus on its title. A page that opens on a lesson leaves
            // focus where the browser put it.
            if crate::platform::active_element().is_some_and(|e| e.tag_name() != "BODY") {
                let title = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| r.query_selector("h2").ok().flatten())
                    .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
                if let Some(title) = title {
                    title.scroll_into_view();
                    let _ = title.focus();
                }
            }
        });
    }
    let langs: Vec<Lang> = if props.both {
        Lang::ALL.to_vec()
    } else {
        vec![lang]
    };
    let open = progress.complete() || progress.explained;
    let level = match lesson.level {
        Level::Beginner => Text::LevelBeginner,
        Level::Intermediate => Text::LevelIntermediate,
        Level::Advanced => Text::LevelAdvanced,
    };
    let column = |l: Lang| {
        let (body, explanation) = match &text {
            Some(t) if !bi(t, l).is_empty() => {
                markdown::split_explanation(without_title(bi(t, l)), explanation_heading(l))
            }
            Some(_) => (Text::LessonTextMissing.get(l), ""),
            None => (Text::LoadingLesson.get(l), ""),
        };
        let goals = lesson.goals.iter().enumerate().map(|(i, g)| {
            let met = progress.done.get(i).copied().unwrap_or(false);
            let status = if met { Text::GoalMet } else { Text::GoalOpen };
            let quiz = match g {
                Goal::Choose {
                    options,
                    answer,
                    explain,
                    ..
                } => {
                    let chosen = progress.chosen.get(i).copied().flatten();
                    let buttons = options.iter().enumerate().map(|(j, o)| {
                        let onclick = dispatch.reform(move |_: MouseEvent| Action::Choose { goal: i, option: j });
                        html! {
                            <li>
                                <button type="button" aria-pressed={(chosen == Some(j)).to_string()} {onclick}>
                                    { md(bi(o, l)) }
                                </button>
                            </li>
                        }
                    });
                    html! {
                        <>
                            <ol class="quiz">{ for buttons }</ol>
                            if chosen == Some(*answer) {
                                <p class="quiz-result correct">{ Text::Correct.get(l) }{ " " }{ md(bi(explain, l)) }</p>
                            } else if chosen.is_some() {
                                <p class="quiz-result wrong">{ Text::TryAgain.get(l) }</p>
                            }
                        </>
                    }
                }
                _ => html! {},
            };
            let text = match g {
                Goal::Reach { text, .. } | Goal::Explore { text, .. } | Goal::Verify { text, .. } | Goal::Choose { text, .. } => text,
            };
            html! {
                <li class={classes!("goal", met.then_some("met"))} data-testid="goal">
                    <span class="goal-status">{ if met { "✓ " } else { "○ " } }{ status.get(l) }</span>
                    { md(bi(text, l)) }
                    { quiz }
                </li>
            }
        });
        let hints = lesson.hints.iter().take(progress.hints).map(|h| {
            html! {
                <li>{ md(bi(h, l)) }</li>
            }
        });
        let more_hints = progress.hints < lesson.hints.len();
        let onhint = dispatch.reform(|_: MouseEvent| Action::RevealHint);
        let onexplain = dispatch.reform(|_: MouseEvent| Action::ShowExplanation);
        html! {
            <div class="lesson-text" lang={l.code()}>
                <h2 tabindex="-1">{ format!("{}. {}", lesson.label(), bi(&lesson.title, l)) }</h2>
                <p class="muted">{ format!("{} · {} min", level.get(l), lesson.minutes) }</p>
                { md(body) }
                <h3>{ Text::GoalsTitle.get(l) }</h3>
                <ol class="goals">{ for goals }</ol>
                if progress.complete() {
                    <p class="lesson-complete" role="status">{ Text::LessonComplete.get(l) }</p>
                }
                if progress.hints > 0 {
                    <h3>{ Text::HintsTitle.get(l) }</h3>
                    <ol class="hints">{ for hints }</ol>
                }
                if more_hints {
                    <button type="button" onclick={onhint}>{ Text::ShowHint.get(l) }</button>
                }
                if open {
                    <section class="explanation" data-testid="explanation">
                        <h3>{ Text::ExplanationTitle.get(l) }</h3>
                        { md(explanation) }
                    </section>
                } else {
                    <button type="button" class="link-button" onclick={onexplain}>{ Text::ShowExplanation.get(l) }</button>
                }
            </div>
        }
    };
    let restart = dispatch.reform(move |_: MouseEvent| Action::Edit(lesson.start.to_string()));
    let solution = dispatch.reform(move |_: MouseEvent| Action::Edit(lesson.solution.to_string()));
    html! {
        <div class="lesson-view" ref={root}>
            <div class={classes!("lesson-columns", props.both.then_some("both"))}>
                { for langs.into_iter().map(column) }
            </div>
            <p class="lesson-actions">
                <button type="button" onclick={restart}>{ Text::RestartLesson.get(lang) }</button>
                if open {
                    <button type="button" onclick={solution}>{ Text::LoadSolution.get(lang) }</button>
                }
            </p>
        </div>
    }
}
