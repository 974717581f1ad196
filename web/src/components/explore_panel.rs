//! Explore: every interleaving of the current build, run in slices with a
//! progress bar and a cancel button, grouped into distinct outcomes; any
//! outcome's simplest schedule loads into the stepper.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, limit, limited_runs, outcome_heading, race_place, schedules_so_far};
use crate::state::{Action, ExploreState, RunTab};
use yew::prelude::*;

#[function_component]
pub fn ExplorePanel() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let running = app.explore.is_running();
    let report = app.explore.report().cloned();
    let start = dispatch.reform(|_: MouseEvent| Action::StartExplore);
    let cancel = dispatch.reform(|_: MouseEvent| Action::CancelExplore);
    let further = dispatch.reform(|_: MouseEvent| Action::ExploreFurther);
    let limited = report.as_ref().map_or(0, |r| r.limited);
    let outcomes = report.iter().flat_map(|r| r.outcomes.clone()).map(|o| {
        let schedule = o.schedule.clone();
        let dispatch = dispatch.clone();
        let replay = Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::LoadSchedule {
                schedule: schedule.clone(),
                step: None,
                at_end: false,
            });
            dispatch.emit(Action::SetRunTab(RunTab::Lanes));
        });
        html! {
            <li class={classes!("explored", o.failing.then_some("failing"))} data-testid="explored-outcome">
                <h4>
                    { outcome_heading(o.kind, o.exit_code, o.leaked, o.count, lang) }
                    if o.failing { <span class="badge bad">{ tr(Text::Failing) }</span> }
                </h4>
                if !o.stdout.is_empty() { <pre class="stdout">{ &o.stdout }</pre> }
                if !o.stderr_first_line.is_empty() { <pre class="stderr">{ &o.stderr_first_line }</pre> }
                if !o.races.is_empty() {
                    <ul class="race-pairs" data-testid="race-pairs" aria-label={tr(Text::RaceTitle)}>
                        { for o.races.iter().map(|r| {
                            let (a, p) = (&r.access, &r.previous);
                            html! {
                                <li>{ format!("{}: {} ↔ {}", tr(Text::RaceTitle),
                                    race_place(&p.0, p.1, p.2, lang), race_place(&a.0, a.1, a.2, lang)) }</li>
                            }
                        }) }
                    </ul>
                }
                if let Some(which) = o.example.limit() { <p>{ limit(which, lang) }</p> }
                <button type="button" onclick={replay}>{ tr(Text::ReplayStepByStep) }</button>
            </li>
        }
    });
    let status = match (&app.explore, &report) {
        (ExploreState::Cancelled(_), _) => tr(Text::ExploreCancelled).to_string(),
        (_, Some(r)) if !running && r.complete => format!(
            "{} · {}",
            schedules_so_far(r.schedules, lang),
            tr(Text::ExploreComplete)
        ),
        (_, Some(r)) if !running => format!(
            "{} · {}",
            schedules_so_far(r.schedules, lang),
            tr(Text::ExploreIncomplete)
        ),
        (_, Some(r)) => schedules_so_far(r.schedules, lang),
        (_, None) => String::new(),
    };
    html! {
        <div class="explore-panel" data-testid="explore">
            <h3>{ tr(Text::ExploreTitle) }</h3>
            <p class="muted">{ tr(Text::ExploreIntro) }</p>
            if running {
                <button type="button" onclick={cancel}>{ tr(Text::ExploreCancel) }</button>
                <progress aria-label={tr(Text::ExploreTitle)}></progress>
            } else {
                <button type="button" disabled={app.session.build().is_none()} onclick={start}>{ tr(Text::Explore) }</button>
            }
            <p class="explore-status" role="status" data-testid="explore-status">{ status }</p>
            if limited > 0 {
                <p data-testid="explore-limited">{ limited_runs(limited, app.explore_scale, lang) }</p>
                if !running && app.explore_scale < crate::state::MAX_EXPLORE_SCALE {
                    <button type="button" onclick={further}>{ tr(Text::ExploreFurther) }</button>
                }
            }
            <ul class="explored-list">{ for outcomes }</ul>
        </div>
    }
}
