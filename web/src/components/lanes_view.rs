//! One lane per goroutine, in id order: the heart of "be the scheduler".

use super::lane::LaneCard;
use super::{use_app, use_tr};
use crate::i18n::Text;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn LanesView() -> Html {
    let tr = use_tr();
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
    html! {
        <div class="lanes" data-testid="lanes">
            <h3 class="visually-hidden">{ tr(Text::LanesTitle) }</h3>
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
