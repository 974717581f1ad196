//! The code region: the learner's program in a textarea laid over its
//! coloured copy, line numbers with a marker for every goroutine standing
//! on a line (in its lane's colour, with its id), compile errors
//! underlined and listed as Go prints them, and the library sources
//! (`context`, `wait`) as read-only tabs, so a learner can follow a
//! goroutine into `propagateCancel`. An embed may make the learner's file
//! read-only too.

use super::vet_list::VetList;
use super::{goroutine_class, tab_index, use_app, use_dispatch, use_lang, use_tr};
use crate::highlight::{self, Segment};
use crate::i18n::{Text, access_word};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// Library files a learner may open, by the name traces give them.
const LIBRARY_FILES: [&str; 2] = ["context.go", "wait.go"];

#[function_component]
pub fn CodeEditor() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let files: Vec<(String, String)> = app
        .session
        .build()
        .map(|b| {
            b.files()
                .filter(|(name, _)| LIBRARY_FILES.contains(name))
                .map(|(name, src)| (name.to_string(), src.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let file = if app.file <= files.len() { app.file } else { 0 };
    let readonly = app.embed.as_ref().is_some_and(|o| o.readonly);
    let file_name = if file == 0 {
        runtime::FILE_NAME.to_string()
    } else {
        files[file - 1].0.clone()
    };
    let tabs = std::iter::once(runtime::FILE_NAME.to_string())
        .chain(files.iter().map(|(n, _)| n.clone()))
        .enumerate()
        .map(|(i, name)| {
            let onclick = dispatch.reform(move |_: MouseEvent| Action::SetFile(i));
            html! {
                <button type="button" role="tab" aria-selected={(i == file).to_string()}
                    tabindex={tab_index(i == file)} aria-controls="editor-panel" {onclick}>
                    { name }
                    if i > 0 { <span class="badge">{ tr(Text::ReadOnly) }</span> }
                </button>
            }
        });
    // Goroutines standing on each line of the file shown.
    let mut markers: Vec<(u32, Vec<runtime::GoroutineId>)> = Vec::new();
    if let Some(view) = &app.view {
        for lane in &view.lanes {
            if matches!(lane.state, session::view::LaneState::Exited) {
                continue;
            }
            let pos = if file == 0 {
                Some(&lane.at)
            } else {
                lane.inner.as_ref()
            };
            if let Some(p) = pos.filter(|p| p.file == file_name) {
                on_line(&mut markers, p.line).push(lane.id);
            }
        }
    }
    // Both accesses of every data race, on the learner's file: a marker in
    // the gutter and a band across the line, in the goroutines' colours.
    let mut races: Vec<(u32, Vec<(runtime::GoroutineId, bool)>)> = Vec::new();
    if let (Some(view), 0) = (&app.view, file) {
        for r in &view.races {
            for side in [&r.previous, &r.access] {
                let here = on_line(&mut races, side.line);
                if !here.contains(&(side.goroutine, side.write)) {
                    here.push((side.goroutine, side.write));
                }
            }
        }
    }
    let (text, errors): (Rc<str>, Vec<(u32, u32)>) = if file == 0 {
        (
            app.draft.clone(),
            app.session
                .diagnostics
                .iter()
                .map(|d| (d.span().lo, d.span().hi))
                .collect(),
        )
    } else {
        (Rc::from(files[file - 1].1.as_str()), Vec::new())
    };
    // go vet's warnings, on the learner's file: a wavy line of their own
    // colour, and a marker in the gutter carrying Go's text.
    let vet_lines = syntax::LineIndex::new(&app.session.source);
    let vet: Vec<(u32, String)> = if file == 0 {
        app.session
            .vet
            .iter()
            .map(|f| {
                (
                    vet_lines.line_col(f.pos).line,
                    f.render(runtime::FILE_NAME, &vet_lines),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let warnings: Vec<(u32, u32)> = if file == 0 {
        app.session.vet.iter().map(|f| (f.pos, f.end)).collect()
    } else {
        Vec::new()
    };
    let bands: Vec<(u32, String)> = races
        .iter()
        .map(|(line, sides)| {
            let colour = |g: &runtime::GoroutineId| format!("var(--gc-{})", (g.get() - 1) % 8);
            let first = sides.first().map(|(g, _)| colour(g)).unwrap_or_default();
            let last = sides.last().map(|(g, _)| colour(g)).unwrap_or_default();
            (*line, format!("--ra: {first}; --rb: {last}"))
        })
        .collect();
    let line_count = text.lines().count().max(1) + usize::from(text.ends_with('\n'));
    let wrap = app.soft_wrap;
    let gutter = (0..line_count).map(|i| {
        let n = i as u32 + 1;
        let here = at_line(&markers, n);
        let racing = at_line(&races, n);
        let warned: Vec<&String> = vet.iter().filter(|(l, _)| *l == n).map(|(_, m)| m).collect();
        let mut label = Vec::new();
        if !here.is_empty() {
            let gs: Vec<String> = here.iter().map(|g| format!("g{g}")).collect();
            label.push(format!("{}: {}", tr(Text::GoroutinesHere), gs.join(", ")));
        }
        if !racing.is_empty() {
            let gs: Vec<String> = racing
                .iter()
                .map(|(g, w)| format!("g{g} {}", access_word(*w, lang)))
                .collect();
            label.push(format!("{}: {}", tr(Text::RaceLineLabel), gs.join(", ")));
        }
        for m in &warned {
            label.push(format!("{}: {m}", tr(Text::VetGutter)));
        }
        let label = (!label.is_empty()).then(|| label.join("; "));
        html! {
            <div class={classes!("gutter-line", (!racing.is_empty()).then_some("race-line"))} aria-label={label} data-line={n.to_string()}>
                <span class="line-number">{ n }</span>
                { for here.iter().map(|g| html! {
                    <span class={classes!("marker", goroutine_class(*g))}>{ format!("g{g}") }</span>
                }) }
                if !warned.is_empty() {
                    <span class="marker vet" data-testid="vet-marker"
                        title={warned.iter().map(|m| m.as_str()).collect::<Vec<_>>().join("\n")}>{ "vet" }</span>
                }
                { for racing.iter().map(|(g, w)| html! {
                    <span class={classes!("marker", "race", goroutine_class(*g))} data-testid="race-marker">
                        { format!("g{g} {}", access_word(*w, lang)) }
                    </span>
                }) }
            </div>
        }
    });
    let oninput = dispatch.reform(|e: InputEvent| {
        let text = e
            .target_dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_default();
        Action::Edit(text)
    });
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Tab" && !e.shift_key() && !readonly {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                e.prevent_default();
                insert_tab(&t);
            }
        }
    });
    // Go's errors cannot say what the Dojo lacks: those get a line on why.
    let not_in_dojo = app
        .session
        .diagnostics
        .iter()
        .any(|d| d.message().ends_with("not supported by Goroutine Dojo"));
    let diagnostics = app.session.diagnostics.iter().map(|d| {
        html! { <li>{ d.render(runtime::FILE_NAME) }</li> }
    });
    html! {
        <div class={classes!("code-editor", wrap.then_some("wrap"))}>
            <div class="editor-head">
                <div class="file-tabs" role="tablist" aria-label={tr(Text::FilesLabel)}>{ for tabs }</div>
                <button type="button" class="wrap-button" aria-pressed={wrap.to_string()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetWrap(!wrap))}>{ tr(Text::WrapLines) }</button>
            </div>
            <div class="editor-scroll" id="editor-panel" role="tabpanel" aria-label={file_name.clone()}
                style={wrap.then(|| format!("--lines: {line_count}"))}>
                <div class="gutter" aria-hidden={(markers.is_empty() && races.is_empty() && vet.is_empty()).then_some("true")}>{ for gutter }</div>
                <div class="editor-stack">
                    <HighlightedCode text={text.clone()} errors={Rc::new(errors)} warnings={Rc::new(warnings)} races={Rc::new(bands)} />
                    if file == 0 {
                        <textarea class="editor-input" spellcheck="false" autocapitalize="off"
                            autocomplete="off" wrap={if wrap { "soft" } else { "off" }} {readonly}
                            aria-label={tr(if readonly { Text::EditorLabelReadOnly } else { Text::EditorLabel })}
                            aria-describedby="editor-help"
                            value={text.to_string()} rows={line_count.to_string()} {oninput} {onkeydown} />
                    }
                </div>
            </div>
            <p id="editor-help" class="visually-hidden">{ tr(Text::EditorHelp) }</p>
            if !app.session.loading.is_empty() && file == 0 {
                <p class="loading-packages" role="status">
                    { tr(if app.packages_failed { Text::PackagesMissing } else { Text::LoadingPackages }) }
                    { " " }{ app.session.loading.join(", ") }</p>
            }
            if !app.session.vet.is_empty() && file == 0 {
                <VetList findings={app.session.vet.clone()} source={app.session.source.clone()} />
            }
            if !app.session.diagnostics.is_empty() && file == 0 {
                <div class="diagnostics" role="alert">
                    <h3>{ tr(Text::CompileErrors) }</h3>
                    <ul>{ for diagnostics }</ul>
                    if not_in_dojo {
                        <p class="not-in-dojo">{ tr(Text::NotInDojoWhy) }{ " " }
                            <a href="supported.html" target="_blank" rel="noopener">{ tr(Text::NotInDojoLink) }</a></p>
                    }
                </div>
            }
        </div>
    }
}

/// What is noted for line `line` (a few lines have notes: a list does).
fn on_line<T>(notes: &mut Vec<(u32, Vec<T>)>, line: u32) -> &mut Vec<T> {
    let at = match notes.iter().position(|(l, _)| *l == line) {
        Some(at) => at,
        None => {
            notes.push((line, Vec::new()));
            notes.len() - 1
        }
    };
    &mut notes[at].1
}

fn at_line<T: Clone>(notes: &[(u32, Vec<T>)], line: u32) -> Vec<T> {
    notes
        .iter()
        .find(|(l, _)| *l == line)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct CodeProps {
    text: Rc<str>,
    /// Byte spans of compile errors.
    errors: Rc<Vec<(u32, u32)>>,
    /// Byte spans of vet's findings.
    warnings: Rc<Vec<(u32, u32)>>,
    /// Lines with a data race, and the band's colours (CSS properties).
    races: Rc<Vec<(u32, String)>>,
}

/// The coloured copy under the textarea: its own component, so a step
/// (which changes markers, not text) does not colour the file again.
#[function_component]
fn HighlightedCode(props: &CodeProps) -> Html {
    let lines = highlight::lines(&props.text, &props.errors, &props.warnings);
    html! {
        <pre class="highlight" aria-hidden="true">
            { for lines.iter().zip(1u32..).map(|(line, n)| {
                let band = props.races.iter().find(|(l, _)| *l == n).map(|(_, style)| style.clone());
                let class = classes!("code-line", band.is_some().then_some("race-line"));
                html! {
                    <div {class} style={band}>
                        { for line.iter().map(segment) }{ "\n" }
                    </div>
                }
            }) }
        </pre>
    }
}

fn segment(s: &Segment) -> Html {
    let class = classes!(
        (!s.class.is_empty()).then_some(s.class),
        s.error.then_some("diag"),
        s.warning.then_some("vet-warn")
    );
    html! { <span {class}>{ &s.text }</span> }
}

/// Tab in the editor types a tab (Go's indentation); Escape then Tab
/// leaves the editor, so the keyboard is never trapped.
fn insert_tab(t: &web_sys::HtmlTextAreaElement) {
    let _ = t.set_range_text_with_start_and_end_and_mode(
        "\t",
        t.selection_start().ok().flatten().unwrap_or(0),
        t.selection_end().ok().flatten().unwrap_or(0),
        "end",
    );
    if let Ok(ev) = InputEvent::new("input") {
        let _ = web_sys::EventTarget::dispatch_event(t, &ev);
    }
}
