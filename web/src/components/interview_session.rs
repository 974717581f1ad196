//! A running interview session: the countdown, the bug report, the four
//! stages with what has been done (a write task has one: its code, held to
//! the expected output), phrase hints, and the summary with its rubric
//! once the session is finished (or the time is up), followed by the
//! model answer to the follow-up question.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::course;
use crate::i18n::{Text, bi, countdown};
use crate::platform;
use crate::state::practice::{Interview, Past, sections, summary};
use crate::state::{Action, Notice, PracticeAction, Side, VerifyState};
use crate::writeup::Kind;
use lessons::Task;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub interview: Rc<Interview>,
}

#[function_component]
pub fn InterviewSession(props: &SessionProps) -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let i = &props.interview;
    let s = i.scenario;
    let act = |a: PracticeAction| {
        let a = a.clone();
        dispatch.reform(move |_: MouseEvent| Action::Practice(a.clone()))
    };
    let past = Past::of(i, &app.practice, lang);
    let stage = |done: bool, label: Text, detail: Option<String>| {
        html! {
            <li data-done={done.to_string()}>
                <span class="tick">{ if done { "✓" } else { "○" } }</span>
                { tr(label) }
                if let Some(d) = detail { <span class="muted">{ format!(" ({d})") }</span> }
            </li>
        }
    };
    let hints = s.phrases.iter().take(i.hints as usize).filter_map(|id| {
        let p = course::phrases().iter().find(|p| p.id == *id)?;
        Some(html! { <li lang="en">{ p.text.en }</li> })
    });
    let timer_class = if i.left_s <= 60 {
        "countdown low"
    } else {
        "countdown"
    };
    let has = |d: &Option<Rc<crate::writeup::Draft>>| d.is_some();
    let (rca, review) = sections();
    let expected = match s.task {
        Task::Write { stdout } => Some(stdout),
        Task::Fix { .. } => None,
    };
    // A write task's verdict against its expected output, once the
    // candidate's own code has been verified.
    let written = match &app.verify {
        VerifyState::Done(r) if expected.is_some() && *app.session.source != *s.start => {
            let text = if s.passes(r) {
                tr(Text::WritePasses).to_string()
            } else {
                tr(Text::WriteFails)
                    .replace("{failing}", &s.failing(r).to_string())
                    .replace("{all}", &r.schedules.to_string())
            };
            Some(html! { <p role="status" data-testid="write-verdict">{ text }</p> })
        }
        _ => None,
    };
    // Opens the draft, making it from the failing run the first time.
    let open_writeup = |kind: Kind| {
        let dispatch = dispatch.clone();
        let exists = has(match kind {
            Kind::Rca => &app.practice.rca,
            Kind::Review => &app.practice.review,
        });
        Callback::from(move |_: MouseEvent| {
            if exists {
                dispatch.emit(Action::Practice(PracticeAction::ShowDraft(kind)));
                dispatch.emit(Action::Practice(PracticeAction::Show(Side::WriteUp)));
            } else {
                dispatch.emit(Action::Practice(PracticeAction::Draft(kind)));
            }
        })
    };
    let controls = if i.finished {
        let text = summary(i, &app.practice, lang);
        let copy = {
            let dispatch = dispatch.clone();
            let text = text.clone();
            Callback::from(move |_: MouseEvent| {
                platform::copy_to_clipboard(&text);
                dispatch.emit(Action::Notify(Notice::Copied));
            })
        };
        html! {
            <div class="interview-summary" data-testid="interview-summary">
                if i.left_s == 0 { <p role="status">{ tr(Text::InterviewTimeUp) }</p> }
                <h3>{ format!("{}: {}/100", tr(Text::InterviewScore), past.score()) }</h3>
                <pre data-testid="summary-markdown">{ text }</pre>
                <button type="button" onclick={copy}>{ tr(Text::InterviewCopySummary) }</button>
                <button type="button" onclick={act(PracticeAction::Close)}>{ tr(Text::InterviewAgain) }</button>
            </div>
        }
    } else {
        html! {
            <div class="interview-controls">
                if i.paused {
                    <button type="button" onclick={act(PracticeAction::Pause(false))}>{ tr(Text::InterviewResume) }</button>
                } else {
                    <button type="button" onclick={act(PracticeAction::Pause(true))}>{ tr(Text::InterviewPause) }</button>
                }
                <button type="button" onclick={act(PracticeAction::Hint)}
                    disabled={i.hints as usize >= s.phrases.len()}>{ tr(Text::InterviewHint) }</button>
                <button type="button" class="primary" onclick={act(PracticeAction::Finish)}>{ tr(Text::InterviewFinish) }</button>
            </div>
        }
    };
    html! {
        <div class="interview">
            <h2>{ bi(&s.title, lang) }</h2>
            <p class={timer_class} role="timer" data-testid="countdown">
                { format!("{}: {}", tr(Text::InterviewTimeLeft), countdown(i.left_s)) }
                if i.paused { { format!(" · {}", tr(Text::InterviewPaused)) } }
            </p>
            <h3>{ tr(if expected.is_some() { Text::InterviewTask } else { Text::InterviewBrief }) }</h3>
            <p>{ bi(&s.brief, lang) }</p>
            if let Some(stdout) = expected {
                <h3>{ tr(Text::WriteExpected) }</h3>
                <pre>{ stdout }</pre>
            }
            <ol class="stages">
                if expected.is_some() {
                    { stage(past.fixed, Text::StageWrite, None) }
                } else {
                    { stage(past.reproduced, Text::StageReproduce, None) }
                    { stage(past.rca == rca, Text::StageExplain, has(&app.practice.rca).then(|| format!("{}/{rca}", past.rca))) }
                    { stage(past.fixed, Text::StageFix, None) }
                    { stage(past.review == review, Text::StageReview, has(&app.practice.review).then(|| format!("{}/{review}", past.review))) }
                }
            </ol>
            { for written }
            if past.reproduced && !i.finished {
                <p>
                    <button type="button" onclick={open_writeup(Kind::Rca)}>{ format!("{} · {}", tr(Text::InterviewOpenWriteUp), tr(Text::WriteUpRca)) }</button>
                    if past.fixed {
                        <button type="button" onclick={open_writeup(Kind::Review)}>{ format!("{} · {}", tr(Text::InterviewOpenWriteUp), tr(Text::WriteUpReview)) }</button>
                    }
                </p>
            }
            if (past.fixed || i.finished) && !s.followup.en.is_empty() {
                <h3>{ tr(Text::InterviewFollowup) }</h3>
                <p>{ bi(&s.followup, lang) }</p>
            }
            // After the session, for a learner to hold their own answer to.
            if i.finished && !s.answer.en.is_empty() {
                <details class="model-answer">
                    <summary>{ tr(Text::InterviewModelAnswer) }</summary>
                    <p>{ bi(&s.answer, lang) }</p>
                    <p>{ tr(Text::InterviewAnswerCovers) }</p>
                    <ul>{ for s.rubric.iter().map(|r| html! { <li>{ bi(r, lang) }</li> }) }</ul>
                </details>
            }
            if i.hints > 0 { <ul class="hints">{ for hints }</ul> }
            { controls }
        </div>
    }
}
