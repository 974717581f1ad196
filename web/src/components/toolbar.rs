//! The run controls: run or pause the default scheduler (with its speed),
//! step over a line, undo, redo, reset, explore, share and embed, and
//! where in the history the learner stands. An embed keeps a compact row:
//! run, step, undo, reset, explore (when its view is shown), the other
//! language, and a link to the full page at the same state.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::embed::link::Place;
use crate::i18n::{Lang, Text, event, step_happened, step_number};
use crate::platform;
use crate::state::{Action, Speed};
use yew::prelude::*;

#[function_component]
pub fn Toolbar() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let session = &app.session;
    let built = session.build().is_some();
    let over = session.is_over();
    let at_start = session.depth() == 0;
    let can_redo = session
        .history()
        .is_some_and(|h| h.node(session.current()).last_child.is_some());
    let button = |label: Text, key: &'static str, action: Action, enabled: bool| {
        let onclick = dispatch.reform(move |_: MouseEvent| action.clone());
        html! {
            <button type="button" disabled={!enabled} aria-keyshortcuts={key} {onclick}>
                { tr(label) }
            </button>
        }
    };
    let run = if app.running {
        button(Text::Pause, "r", Action::Pause, true)
    } else {
        button(Text::Run, "r", Action::Run, built && !over)
    };
    let onspeed = dispatch.reform(|e: Event| {
        let code = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        Action::SetSpeed(Speed::from_code(&code).unwrap_or(Speed::Normal))
    });
    let speeds = Speed::ALL.iter().map(|s| {
        let label = match s {
            Speed::Slow => Text::SpeedSlow,
            Speed::Normal => Text::SpeedNormal,
            Speed::Fast => Text::SpeedFast,
        };
        html! { <option value={s.code()} selected={*s == app.speed}>{ tr(label) }</option> }
    });
    let onshare = {
        let dispatch = dispatch.clone();
        let source = session.source.clone();
        let schedule = session.schedule();
        let depth = session.depth();
        Callback::from(move |_: MouseEvent| {
            let fragment = session::share::encode(&source, &schedule, depth);
            let url = platform::set_fragment(&fragment);
            platform::copy_to_clipboard(&url);
            dispatch.emit(Action::Shared(url.into()));
        })
    };
    let exploring = app.explore.is_running();
    let happened = announcement(&app, lang);
    // The panel opens with read-only code: a wiki usually shows a program
    // to read and step, not to edit.
    let panel = match app.embed_panel {
        Some(_) => None,
        None => Some(true),
    };
    let (full, explore) = app
        .embed
        .as_ref()
        .map_or((true, true), |o| (false, o.explore()));
    let other = match lang {
        Lang::En => Lang::Zh,
        Lang::Zh => Lang::En,
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={tr(Text::ToolbarLabel)}>
            { run }
            if full {
                <label class="speed">
                    { tr(Text::Speed) }
                    <select onchange={onspeed}>{ for speeds }</select>
                </label>
            }
            { button(Text::StepOverLine, "o", Action::StepLine(None), built && !over) }
            { button(Text::Undo, "z", Action::Undo, !at_start) }
            if full { { button(Text::Redo, "y", Action::Redo, can_redo) } }
            { button(Text::Reset, "", Action::Reset, !at_start) }
            if explore { { button(Text::Explore, "e", Action::StartExplore, built && !exploring) } }
            if full {
                <button type="button" disabled={!built} onclick={onshare}>{ tr(Text::Share) }</button>
                <button type="button" aria-expanded={app.embed_panel.is_some().to_string()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetEmbedPanel(panel))}>
                    { tr(Text::Embed) }
                </button>
            } else {
                <button type="button" class="lang-button" lang={other.code()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetLang(other))}>
                    { other.endonym() }
                </button>
            }
            <span class="step-counter" data-testid="step-counter">
                { step_number(session.depth(), lang) }
            </span>
            <span class="visually-hidden" role="status" data-testid="step-announcement">{ happened }</span>
            if !full {
                <a class="open-full" href={Place::of(&app).page_url(&platform::page_base())}
                    target="_blank" rel="noopener">{ tr(Text::OpenInDojo) }</a>
            }
            if let Some(link) = &app.share_link {
                <input class="share-link" readonly=true aria-label={tr(Text::ShareLinkLabel)}
                    value={link.to_string()} />
            }
        </div>
    }
}

/// What the last step did, in one short phrase for a screen reader: the
/// step number, the goroutine and its events of that step ("step 3: g2
/// sent {} on stop"). Only the step number when it did nothing visible.
fn announcement(app: &crate::state::AppState, lang: Lang) -> String {
    let step = app.session.depth();
    let Some(view) = app.view.as_ref().filter(|_| step > 0) else {
        return String::new();
    };
    let chan = |c: u32| view.chan_name(c);
    let lane = view.lanes.iter().find(|l| Some(l.id) == view.last);
    let events: Vec<String> = lane
        .map(|l| {
            l.events
                .iter()
                .filter(|e| e.step() == u64::from(step))
                .map(|e| event(e.kind(), &chan, &app.session.source, lang))
                .collect()
        })
        .unwrap_or_default();
    step_happened(step, lane.map(|l| l.id), &events, lang)
}
