//! The sequence diagram: a lifeline per goroutine and an arrow for every
//! value handed over a channel (and every receive that found a channel
//! closed), from the sender's step to the receiver's. A list under it says
//! the same in words, for screen readers and for copying. A data race is a
//! dashed line between its two accesses, with no arrowhead: nothing runs
//! from one to the other.

use super::{use_app, use_lang, use_tr};
use crate::i18n::{Text, arrows_shown, race_side};
use session::view::ArrowKind;
use yew::prelude::*;

const COL: i64 = 120;
const ROW: i64 = 28;
const TOP: i64 = 40;
const LEFT: i64 = 60;

#[function_component]
pub fn SequenceView() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let Some(view) = use_app().and_then(|a| a.view.clone()) else {
        return html! {};
    };
    let lanes: Vec<runtime::GoroutineId> = view.lanes.iter().map(|l| l.id).collect();
    // Races whose two accesses were steps of their own, placed by step.
    let races: Vec<_> = view
        .races
        .iter()
        .filter_map(|r| Some((r, r.previous.step?, r.access.step?)))
        .collect();
    let mut steps: Vec<u64> = view
        .arrows
        .iter()
        .flat_map(|a| [a.sent_at, a.received_at])
        .chain(races.iter().flat_map(|(_, p, a)| [*p, *a]))
        .collect();
    syntax::order::sort_by_u64_key(&mut steps, |s| *s);
    steps.dedup();
    let x = |g: runtime::GoroutineId| {
        LEFT + COL * lanes.iter().position(|l| *l == g).unwrap_or(0) as i64
    };
    let y = |s: u64| TOP + ROW * (steps.iter().position(|t| *t == s).unwrap_or(0) as i64 + 1);
    let width = LEFT * 2 + COL * lanes.len().saturating_sub(1) as i64;
    let height = TOP + ROW * (steps.len() as i64 + 2);
    let name = |c: u32| view.chan_name(c);
    let label = |kind: &ArrowKind, chan: &str| match kind {
        ArrowKind::Value(v) => format!("{v} · {chan}"),
        ArrowKind::Closed => format!("close · {chan}"),
    };
    let lifelines = view.lanes.iter().map(|l| {
        let lx = x(l.id);
        html! {
            <g class={super::goroutine_class(l.id)}>
                <text x={lx.to_string()} y="20" text-anchor="middle" class="lifeline-label">{ format!("g{}", l.id) }</text>
                <line x1={lx.to_string()} y1="28" x2={lx.to_string()} y2={(height - 8).to_string()} class="lifeline" />
            </g>
        }
    });
    let arrows = view.arrows.iter().map(|a| {
        let (x1, y1, x2, y2) = (x(a.from), y(a.sent_at), x(a.to), y(a.received_at));
        let text = label(&a.kind, &name(a.chan));
        let closed = matches!(a.kind, ArrowKind::Closed);
        html! {
            <g class={classes!("arrow", closed.then_some("closed"))}>
                <title>{ format!("g{} → g{}: {text}", a.from, a.to) }</title>
                <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} marker-end="url(#arrowhead)" />
                <text x={((x1 + x2) / 2).to_string()} y={((y1 + y2) / 2 - 4).to_string()} text-anchor="middle">{ text }</text>
            </g>
        }
    });
    let race_label = format!("{} · {}", tr(Text::RaceTitle), tr(Text::RaceNoOrder));
    let race_lines = races.iter().map(|(r, p, a)| {
        let (x1, y1, x2, y2) = (x(r.previous.goroutine), y(*p), x(r.access.goroutine), y(*a));
        html! {
            <g class="arrow race">
                <title>{ race_label.clone() }</title>
                <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} />
                <text x={((x1 + x2) / 2).to_string()} y={((y1 + y2) / 2 - 4).to_string()} text-anchor="middle">{ race_label.clone() }</text>
            </g>
        }
    });
    let words = view
        .arrows
        .iter()
        .map(|a| {
            html! { <li>{ format!("g{} → g{}: {}", a.from, a.to, label(&a.kind, &name(a.chan))) }</li> }
        })
        .chain(view.races.iter().map(|r| {
            let (p, a) = (&r.previous, &r.access);
            html! {
                <li class="race">
                    { format!("{}: {} ↔ {} ({})", tr(Text::RaceTitle),
                        race_side(p.goroutine, p.write, p.line, lang),
                        race_side(a.goroutine, a.write, a.line, lang),
                        tr(Text::RaceNoOrder)) }
                </li>
            }
        }));
    html! {
        <div class="sequence" data-testid="sequence">
            if view.arrows_total > view.arrows.len() {
                <p class="muted" data-testid="arrows-cut">{ arrows_shown(view.arrows.len(), view.arrows_total, lang) }</p>
            }
            if view.arrows.is_empty() && races.is_empty() {
                <p class="muted">{ tr(Text::NoChannels) }</p>
            } else {
                <svg viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}
                    role="img" aria-label={tr(Text::TabSequence)}>
                    <defs>
                        <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    </defs>
                    { for lifelines }
                    { for arrows }
                    { for race_lines }
                </svg>
            }
            <ol class="arrow-list">{ for words }</ol>
        </div>
    }
}
