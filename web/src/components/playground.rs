//! The playground's three regions — lesson, code, run — side by side with
//! draggable dividers on a wide screen, one at a time behind tabs on a
//! narrow one. An embed shows only the code and run regions its link
//! asked for, side by side when there is room, one above the other when
//! not.

use super::choice_picker::ChoicePicker;
use super::code_editor::CodeEditor;
use super::embed_panel::embed_panel;
use super::interview_panel::InterviewPanel;
use super::lesson_pane::LessonPane;
use super::notice_bar::NoticeBar;
use super::phrase_bank::PhraseBank;
use super::run_tabs::RunTabs;
use super::side_tabs::SideTabs;
use super::toolbar::Toolbar;
use super::verdict_badge::VerdictBadge;
use super::writeup_editor::WriteUpEditor;
use super::{tab_index, use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::Text;
use crate::state::{Action, Pane, Side};
use crate::writeup::Kind;
use yew::prelude::*;

/// Width limits of the lesson and code regions, in percent of the page.
const MIN_PCT: f64 = 12.0;
const MAX_PCT: f64 = 60.0;

#[function_component]
pub fn Playground() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    // Widths of the lesson and code regions, in percent.
    // The code region's default leaves room for 80 columns at 1920 px,
    // and for lesson 13's longest line at 1280 px with the lesson hidden.
    let widths = use_state(|| (22.0_f64, 44.0_f64));
    let dragging = use_state(|| None::<usize>);
    let Some(app) = use_app() else {
        return html! {};
    };
    let pane = app.pane;
    let (full, show_code, show_run) = app
        .embed
        .as_ref()
        .map_or((true, true, true), |o| (false, o.code, !o.tabs.is_empty()));
    let tab = |p: Pane, label: Text, id: &'static str| {
        let selected = pane == p;
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetPane(p));
        html! {
            <button type="button" role="tab" id={format!("tab-{id}")} aria-controls={format!("region-{id}")}
                aria-selected={selected.to_string()} tabindex={tab_index(selected)} {onclick}>{ tr(label) }</button>
        }
    };
    let resizer = |index: usize| {
        let (lesson, code) = *widths;
        let now = if index == 0 { lesson } else { code };
        let set = {
            let widths = widths.clone();
            move |pct: f64| {
                let (l, c) = *widths;
                let pct = pct.clamp(MIN_PCT, MAX_PCT);
                widths.set(if index == 0 { (pct, c) } else { (l, pct) });
            }
        };
        let onkeydown = {
            let set = set.clone();
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "ArrowLeft" => {
                    e.prevent_default();
                    set(now - 2.0);
                }
                "ArrowRight" => {
                    e.prevent_default();
                    set(now + 2.0);
                }
                _ => {}
            })
        };
        let onpointerdown = {
            let dragging = dragging.clone();
            Callback::from(move |e: PointerEvent| {
                if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                dragging.set(Some(index));
            })
        };
        let onpointermove = {
            let dragging = dragging.clone();
            let widths = widths.clone();
            Callback::from(move |e: PointerEvent| {
                if *dragging != Some(index) {
                    return;
                }
                let Some(page) = crate::platform::viewport_width() else {
                    return;
                };
                let x = f64::from(e.client_x()) / page * 100.0;
                let (l, _) = *widths;
                set(if index == 0 { x } else { x - l });
            })
        };
        let onpointerup = {
            let dragging = dragging.clone();
            Callback::from(move |_: PointerEvent| dragging.set(None))
        };
        html! {
            <div class={if index == 0 { "resizer lesson-resizer" } else { "resizer" }} role="separator" aria-orientation="vertical" tabindex="0"
                aria-label={tr(Text::ResizeHandle)} aria-valuenow={whole(now)}
                aria-valuemin={whole(MIN_PCT)} aria-valuemax={whole(MAX_PCT)}
                {onkeydown} {onpointerdown} {onpointermove} {onpointerup}></div>
        }
    };
    let p = &app.practice;
    let side = match p.side {
        Side::Lesson => html! {
            <LessonPane program={app.program} lesson={app.lesson} progress={app.progress.clone()} both={app.both}
                welcome={app.welcome} />
        },
        Side::Phrases => html! { <PhraseBank query={p.query.clone()} category={p.category} /> },
        Side::WriteUp => html! {
            <WriteUpEditor kind={p.kind.unwrap_or(Kind::Rca)} rca={p.rca.clone()} review={p.review.clone()}
                can_draft={p.failing.is_some()} />
        },
        Side::Interview => html! { <InterviewPanel /> },
    };
    let (lesson, code) = *widths;
    let style = format!(
        "--lesson-width: {}%; --code-width: {}%;",
        tenths(lesson),
        tenths(code)
    );
    let pane_code = match pane {
        Pane::Lesson => "lesson",
        Pane::Code => "code",
        Pane::Run => "run",
    };
    // The run controls head the run region; an embed puts them above
    // both regions, so they stay whatever panes are shown.
    let controls = html! {
        <>
            <Toolbar />
            { embed_panel(&app, &dispatch, lang) }
            <ChoicePicker />
        </>
    };
    let (top, run_top) = if full {
        (Html::default(), controls)
    } else {
        (controls, Html::default())
    };
    html! {
        <main class={classes!("playground", app.lesson_hidden.then_some("lesson-hidden"))} data-pane={pane_code} {style}>
            <NoticeBar />
            if full {
                <div class="pane-tabs" role="tablist" aria-label={tr(Text::RegionsLabel)}>
                    { tab(Pane::Lesson, Text::PaneLesson, "lesson") }
                    { tab(Pane::Code, Text::PaneCode, "code") }
                    { tab(Pane::Run, Text::PaneRun, "run") }
                </div>
            }
            { top }
            <div class="regions">
                if full {
                    if app.lesson_hidden {
                        <div class="lesson-folded">
                            <button type="button" class="fold-button" aria-expanded="false" aria-controls="region-lesson"
                                aria-label={tr(Text::ShowLesson)} title={tr(Text::ShowLesson)}
                                onclick={dispatch.reform(|_: MouseEvent| Action::HideLesson(false))}>{ "»" }</button>
                        </div>
                    }
                    <section class="region lesson-region" id="region-lesson" aria-label={tr(Text::PaneLesson)}
                        hidden={app.lesson_hidden}>
                        <div class="side-head">
                            <SideTabs side={app.practice.side} />
                            <button type="button" class="fold-button" aria-expanded="true" aria-controls="region-lesson"
                                aria-label={tr(Text::HideLesson)} title={tr(Text::HideLesson)}
                                onclick={dispatch.reform(|_: MouseEvent| Action::HideLesson(true))}>{ "«" }</button>
                        </div>
                        <div id="side-panel" role="tabpanel">{ side }</div>
                    </section>
                    { resizer(0) }
                }
                if show_code {
                    <section class="region code-region" id="region-code" aria-label={tr(Text::PaneCode)}>
                        <CodeEditor />
                    </section>
                }
                if full { { resizer(1) } }
                if show_run {
                    <section class="region run-region" id="region-run" aria-label={tr(Text::PaneRun)}>
                        { run_top }
                        <VerdictBadge />
                        <RunTabs />
                    </section>
                }
            </div>
        </main>
    }
}

/// A percentage rounded to a whole number, as text. Integer arithmetic:
/// formatting an `f64` would link Rust's float printing into the wasm,
/// which has Go's already.
fn whole(pct: f64) -> String {
    (pct.round() as i64).to_string()
}

/// A percentage to one decimal place, as text (see [`whole`]).
fn tenths(pct: f64) -> String {
    let t = (pct * 10.0).round() as i64;
    format!("{}.{}", t / 10, t % 10)
}
