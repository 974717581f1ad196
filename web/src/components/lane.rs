//! One goroutine's lane: its id and entry function, where it stands, what
//! it waits for or will do next, and its recent events. A runnable lane is
//! a button: clicking it (or pressing its number) steps that goroutine.

use super::{goroutine_class, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, event, lane_name, lane_state, next_op, step_line_of};
use crate::state::Action;
use session::view::{Lane, LaneState, Position};
use std::rc::Rc;
use yew::prelude::*;

/// Events shown before the rest fold away.
const RECENT: usize = 6;

#[derive(Properties, PartialEq)]
pub struct LaneProps {
    pub lane: Lane,
    pub clock_ns: i64,
    /// The last move stepped this goroutine.
    pub last: bool,
    /// Channel names by id, for events.
    pub names: Rc<Vec<(u32, String)>>,
    /// The program's source, which memory events point into.
    pub source: Rc<str>,
    /// The program has ended.
    pub over: bool,
}

fn position(p: &Position) -> String {
    format!("{}:{} {}", p.file, p.line, p.func)
}

#[function_component]
pub fn LaneCard(props: &LaneProps) -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let lane = &props.lane;
    let id = lane.id;
    let runnable = lane.state == LaneState::Runnable && !props.over;
    let onclick = dispatch.reform(move |_: MouseEvent| Action::Step(id));
    let online = dispatch.reform(move |_: MouseEvent| Action::StepLine(Some(id)));
    let names = props.names.clone();
    let chan = move |c: u32| {
        names
            .iter()
            .find(|(id, _)| *id == c)
            .map_or_else(|| format!("chan#{c}"), |(_, n)| n.clone())
    };
    let events: Vec<Html> = lane
        .events
        .iter()
        .rev()
        .map(|e| {
            html! {
                <li><span class="event-step">{ format!("#{}", e.step()) }</span>{ event(e.kind(), &chan, &props.source, lang) }</li>
            }
        })
        .collect();
    let (recent, older) = events.split_at(events.len().min(RECENT));
    let state_class = match &lane.state {
        LaneState::Runnable => "runnable",
        LaneState::Blocked(_) => "blocked",
        LaneState::Exited => "exited",
        LaneState::Panicked => "panicked",
    };
    // A goroutine that could still run when the program ended never will:
    // saying "runnable" beside a disabled button would be stale.
    let state = if lane.state == LaneState::Runnable && props.over {
        tr(Text::StateNeverRan).to_string()
    } else {
        lane_state(&lane.state, props.clock_ns, lang)
    };
    let state_id = format!("lane-state-{id}");
    let class = classes!(
        "lane",
        goroutine_class(id),
        state_class,
        props.last.then_some("last")
    );
    html! {
        <article {class} data-goroutine={id.to_string()} role="group"
            aria-label={lane_name(id, &lane.entry, &state, lang)}>
            <button type="button" class="lane-head" disabled={!runnable} {onclick}
                aria-label={format!("g{id} {}", lane.entry)} aria-describedby={state_id.clone()} aria-keyshortcuts={(id.get() <= 9).then(|| id.to_string())}>
                <span class="lane-id">{ format!("g{id}") }</span>
                <span class="lane-entry">{ &lane.entry }</span>
                if lane.prelude {
                    <span class="badge library" title={tr(Text::LibraryGoroutineHint)}>{ tr(Text::LibraryGoroutine) }</span>
                }
            </button>
            <p class="lane-state" id={state_id} data-testid="lane-state">{ state }</p>
            if let Some(next) = lane.next.as_ref().filter(|_| runnable) {
                <p class="lane-next">{ next_op(next, lang) }</p>
            }
            // Line 0: main before its first step, still in the runtime's
            // start-up code, which has no line of the learner's to show.
            if lane.state != LaneState::Exited && lane.at.line > 0 {
                <p class="lane-where">
                    { position(&lane.at) }
                    if let Some(inner) = &lane.inner {
                        <span class="lane-inner">{ format!(" · {} {}", tr(Text::Inside), position(inner)) }</span>
                    }
                </p>
            }
            if runnable {
                <button type="button" class="link-button" onclick={online}>{ step_line_of(id, lang) }</button>
            }
            if !events.is_empty() {
                <ul class="timeline" aria-label={tr(Text::Timeline)}>{ for recent.iter().cloned() }</ul>
            }
            if !older.is_empty() {
                <details>
                    <summary>{ format!("+{}", older.len()) }</summary>
                    <ul class="timeline">{ for older.iter().cloned() }</ul>
                </details>
            }
        </article>
    }
}
