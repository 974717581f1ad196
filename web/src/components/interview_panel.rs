//! Interview practice: choose a scenario and a length, then the session
//! itself (see `interview_session`); past sessions and their scores below.

use super::interview_session::InterviewSession;
use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::course;
use crate::i18n::{Lang, Text, bi, countdown, minutes};
use crate::state::practice::{LENGTHS, Past};
use crate::state::{Action, PracticeAction};
use lessons::Scenario;
use yew::prelude::*;

fn difficulty(code: &str) -> Text {
    match code {
        "easy" => Text::DifficultyEasy,
        "hard" => Text::DifficultyHard,
        _ => Text::DifficultyMedium,
    }
}

fn past_row(p: &Past, lang: Lang) -> Html {
    let title = course::interview_pool()
        .iter()
        .find(|s| s.slug == p.slug)
        .map_or(p.slug, |s| bi(&s.title, lang));
    html! {
        <tr>
            <td>{ title }</td>
            <td>{ format!("{}/100", p.score()) }</td>
            <td>{ format!("{} / {}", countdown(p.used_s), countdown(p.total_s)) }</td>
        </tr>
    }
}

#[function_component]
pub fn InterviewPanel() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let chosen = use_state(|| 0_usize);
    let length = use_state(|| LENGTHS[1]);
    let Some(app) = use_app() else {
        return html! {};
    };
    if let Some(interview) = app.practice.interview.clone() {
        return html! { <InterviewSession {interview} /> };
    }
    let scenarios = course::interview_pool();
    let option = |i: usize, s: &Scenario| {
        html! {
            <option value={i.to_string()} selected={i == *chosen}>
                { format!("{}. {} ({})", s.number, bi(&s.title, lang), tr(difficulty(s.difficulty))) }
            </option>
        }
    };
    // Scenarios written for interviews first, then the course's bug lessons.
    let (written, lessons): (Vec<_>, Vec<_>) = scenarios
        .iter()
        .enumerate()
        .partition(|(_, s)| !s.slug.starts_with(course::LESSON_SCENARIO));
    let on_scenario = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(select.value().parse().unwrap_or(0));
        })
    };
    let lengths = LENGTHS.iter().map(|&m| {
        html! { <option value={m.to_string()} selected={m == *length}>{ minutes(m, lang) }</option> }
    });
    let on_length = {
        let length = length.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            length.set(select.value().parse().unwrap_or(LENGTHS[1]));
        })
    };
    let start = scenarios.get(*chosen).map(|scenario| {
        let minutes = *length;
        let onclick = dispatch.reform(move |_: MouseEvent| {
            Action::Practice(PracticeAction::StartInterview { scenario, minutes })
        });
        html! { <button type="button" class="primary" {onclick}>{ tr(Text::InterviewStart) }</button> }
    });
    let past = &app.practice.past;
    html! {
        <div class="interview">
            <h2>{ tr(Text::InterviewTitle) }</h2>
            <p>{ tr(Text::InterviewIntro) }</p>
            <ol class="stages">
                <li>{ tr(Text::StageReproduce) }</li>
                <li>{ tr(Text::StageExplain) }</li>
                <li>{ tr(Text::StageFix) }</li>
                <li>{ tr(Text::StageReview) }</li>
            </ol>
            <label>{ tr(Text::InterviewScenario) }
                <select class="interview-scenario" onchange={on_scenario}>
                    <optgroup label={tr(Text::InterviewWritten)}>{ for written.into_iter().map(|(i, s)| option(i, s)) }</optgroup>
                    <optgroup label={tr(Text::InterviewFromCourse)}>{ for lessons.into_iter().map(|(i, s)| option(i, s)) }</optgroup>
                </select>
            </label>
            <label>{ tr(Text::InterviewLength) }
                <select class="interview-length" onchange={on_length}>{ for lengths }</select>
            </label>
            { for start }
            <h3>{ tr(Text::InterviewPast) }</h3>
            if past.is_empty() {
                <p class="muted">{ tr(Text::InterviewNoPast) }</p>
            } else {
                <table class="past-sessions">
                    <tr>
                        <th>{ tr(Text::InterviewScenario) }</th>
                        <th>{ tr(Text::InterviewScore) }</th>
                        <th>{ tr(Text::InterviewTimeUsed) }</th>
                    </tr>
                    { for past.iter().map(|p| past_row(p, lang)) }
                </table>
            }
        </div>
    }
}
