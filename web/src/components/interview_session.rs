//! A running interview session: the countdown, the bug report, the four
//! stages with what has been done, phrase hints, and the summary with its
//! rubric once the session is finished (or the time is up).

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::course;
use crate::i18n::{Text, bi, countdown};
use crate::platform;
use crate::state::practice::{Interview, Past, summary};
use crate::state::{Action, Notice, PracticeAction, Side};
use crate::writeup::Kind;
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
            <h3>{ tr(Text::InterviewBrief) }</h3>
            <p>{ bi(&s.brief, lang) }</p>
            <ol class="stages">
                { stage(past.reproduced, Text::StageReproduce, None) }
                { stage(past.rca == 7, Text::StageExplain, has(&app.practice.rca).then(|| format!("{}/7", past.rca))) }
                { stage(past.fixed, Text::StageFix, None) }
                { stage(past.review == 3, Text::StageReview, has(&app.practice.review).then(|| format!("{}/3", past.review))) }
            </ol>
            if past.reproduced && !i.finished {
                <p>
                    <button type="button" onclick={open_writeup(Kind::Rca)}>{ format!("{} · {}", tr(Text::InterviewOpenWriteUp), tr(Text::WriteUpRca)) }</button>
                    if past.fixed {
                        <button type="button" onclick={open_writeup(Kind::Review)}>{ format!("{} · {}", tr(Text::InterviewOpenWriteUp), tr(Text::WriteUpReview)) }</button>
                    }
                </p>
            }
            if past.fixed && !s.followup.en.is_empty() {
                <h3>{ tr(Text::InterviewFollowup) }</h3>
                <p>{ bi(&s.followup, lang) }</p>
            }
            if i.hints > 0 { <ul class="hints">{ for hints }</ul> }
            { controls }
        </div>
    }
}
