//! One lane per goroutine, in id order: the heart of "be the scheduler".
//! Above them, while a timer could fire before the runnable goroutines go
//! on, the timers' card: in Go's time model firing it is the learner's
//! choice too, as much as which goroutine steps next.

use super::lane::LaneCard;
use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, early_timer};
use crate::state::Action;
use runtime::GoroutineId;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn LanesView() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let fire = use_dispatch().reform(|_: MouseEvent| Action::Step(GoroutineId::TIMERS));
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(view) = app.view.clone() else {
        return html! {};
    };
    let names: Rc<Vec<(u32, String)>> = Rc::new(
        view.channels
            .iter()
            .map(|c| (c.id, c.name.clone()))
            .collect(),
    );
    let nothing_runnable = view.outcome.is_none()
        && !view
            .lanes
            .iter()
            .any(|l| l.state == session::view::LaneState::Runnable);
    let bubble = app
        .session
        .build()
        .is_some_and(|b| b.time_model == runtime::machine::TimeModel::Bubble);
    html! {
        <div class="lanes" data-testid="lanes">
            <h3 class="visually-hidden">{ tr(Text::LanesTitle) }</h3>
            if bubble { <p class="muted" data-testid="bubble-time">{ tr(Text::BubbleTime) }</p> }
            if let Some(at_ns) = view.early_timer_ns.filter(|_| view.outcome.is_none()) {
                <article class="lane timers" data-testid="timer-lane">
                    <h4 class="lane-head">{ format!("⏰ {}", tr(Text::Timers)) }</h4>
                    <p class="lane-state">{ early_timer(at_ns, lang) }</p>
                    <button type="button" class="link-button" aria-keyshortcuts="t" onclick={fire}>{ tr(Text::FireTimer) }</button>
                </article>
            }
            { for view.lanes.iter().map(|lane| html! {
                <LaneCard lane={lane.clone()} clock_ns={view.clock_ns}
                    last={view.last == Some(lane.id)} names={names.clone()}
                    source={app.session.source.clone()}
                    over={view.outcome.is_some()} />
            }) }
            if nothing_runnable { <p class="muted">{ tr(Text::NothingRunnable) }</p> }
        </div>
    }
}
