//! The verdict over every interleaving of the current build, refreshed
//! after each edit: "all N interleavings end cleanly", or how many fail,
//! with a button that replays the simplest failing schedule.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, verdict};
use crate::state::{Action, VerifyState};
use session::verify::Verdict;
use yew::prelude::*;

#[function_component]
pub fn VerdictBadge() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    if app.session.build().is_none() {
        return html! {};
    }
    if !app.acted {
        return html! {
            <div class="verdict-bar">
                <p class="first-action" data-testid="first-action">{ tr(Text::FirstAction) }</p>
            </div>
        };
    }
    let body = match &app.verify {
        VerifyState::Pending | VerifyState::Running(_) => html! {
            <span class="verdict checking" data-testid="verdict">{ tr(Text::Verifying) }</span>
        },
        VerifyState::Done(report) => {
            let v = Verdict::of(report);
            let replay = match &v {
                Verdict::Failing { worst, .. } => {
                    let schedule = worst.schedule.clone();
                    let onclick = dispatch.reform(move |_: MouseEvent| Action::LoadSchedule {
                        schedule: schedule.clone(),
                        step: None,
                        at_end: false,
                    });
                    html! { <button type="button" class="link-button" {onclick}>{ tr(Text::Replay) }</button> }
                }
                Verdict::Clean { .. } => html! {},
            };
            let class = if v.is_clean() {
                "verdict clean"
            } else {
                "verdict failing"
            };
            html! {
                <>
                    <span {class} data-testid="verdict">{ verdict(&v, lang) }</span>
                    { replay }
                </>
            }
        }
    };
    html! {
        <div class="verdict-bar" role="status" aria-label={tr(Text::VerdictLabel)}>{ body }</div>
    }
}
