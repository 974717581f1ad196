//! What the program printed, exactly as Go prints it, the outcome once it
//! has ended (with the goroutines left blocked), and the virtual clock.

use super::trace_text::TraceText;
use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, clock, limit, outcome_kind, race_side};
use crate::state::{Action, PracticeAction};
use crate::writeup::Kind;
use runtime::machine::OutcomeKind;
use yew::prelude::*;

#[function_component]
pub fn OutputView() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(view) = use_app().and_then(|a| a.view.clone()) else {
        return html! {};
    };
    let outcome = view.outcome.as_ref().map(|o| {
        let class = match o.kind() {
            OutcomeKind::Exit if o.blocked().is_empty() && o.exit_code() == 0 => "outcome ok",
            _ => "outcome bad",
        };
        let leaked = (o.kind() == OutcomeKind::Exit && !o.blocked().is_empty()).then(|| {
            html! {
                <>
                    <h4>{ tr(Text::LeakedTitle) }</h4>
                    <ul>{ for o.blocked().iter().map(|b| html! {
                        <li><code>{ format!("goroutine {} [{}]: {} line {}", b.id(), b.reason(), b.func(), b.line()) }</code></li>
                    }) }</ul>
                </>
            }
        });
        let failed = class == "outcome bad";
        let write_up = dispatch.reform(|_: MouseEvent| Action::Practice(PracticeAction::Draft(Kind::Rca)));
        html! {
            <div {class} data-testid="outcome" role="status">
                <h3>{ format!("{} (exit status {})", outcome_kind(o.kind(), lang), o.exit_code()) }</h3>
                if let Some(which) = o.limit() {
                    <p>{ limit(which, lang) }</p>
                } else if let Some(what) = o.internal() {
                    <p>{ tr(Text::InternalAbout) }</p>
                    <pre class="internal">{ crate::crash::report(&format!("internal error: {what}")) }</pre>
                    <button type="button" onclick={
                        let report = crate::crash::report(&format!("internal error: {what}"));
                        move |_: MouseEvent| crate::platform::copy_to_clipboard(&report)
                    }>{ tr(Text::CrashCopy) }</button>
                }
                { for leaked }
                if failed {
                    <button type="button" class="write-up" onclick={write_up}>{ tr(Text::WriteUpTitle) }</button>
                }
            </div>
        }
    });
    // Each race in words, both accesses; Go's report itself is in stderr.
    let races = (!view.races.is_empty()).then(|| {
        let items = view.races.iter().map(|r| {
            let (p, a) = (&r.previous, &r.access);
            html! {
                <li>
                    { race_side(p.goroutine, p.write, p.line, lang) }
                    { " ↔ " }
                    { race_side(a.goroutine, a.write, a.line, lang) }
                    { format!(" ({})", tr(Text::RaceNoOrder)) }
                </li>
            }
        });
        html! {
            <section class="race-report" data-testid="race-report">
                <h4>{ tr(Text::RaceTitle) }</h4>
                <p class="muted">{ tr(Text::RaceAbout) }</p>
                <ul>{ for items }</ul>
            </section>
        }
    });
    html! {
        <div class="output-view">
            <p class="clock">{ format!("{}: {}", tr(Text::VirtualClock), clock(view.clock_ns)) }</p>
            { for outcome }
            { for races }
            if view.stdout.is_empty() && view.stderr.is_empty() {
                <p class="muted">{ tr(Text::NoOutput) }</p>
            }
            if !view.stdout.is_empty() {
                <pre class="stdout" data-testid="stdout">{ &view.stdout }</pre>
            }
            if !view.stderr.is_empty() {
                <pre class="stderr" data-testid="stderr"><TraceText text={AttrValue::from(view.stderr.clone())} /></pre>
            }
        </div>
    }
}
