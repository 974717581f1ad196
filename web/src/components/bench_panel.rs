//! `bench.html`: the engine benchmarks, timed in this browser. `cargo xtask
//! bench` reads the table in headless Chromium; anyone can open it too.

use super::use_tr;
use crate::i18n::Text;
use crate::platform;
use yew::prelude::*;

/// The benchmark programs, shared with the native benchmark.
const PROGRAMS: [(&str, &str); 3] = [
    ("fib(30)", include_str!("../../../tests/bench/fib.go")),
    (
        "1,000,000 unbuffered hand-offs",
        include_str!("../../../tests/bench/handoff.go"),
    ),
    (
        "10,000-goroutine daisy chain",
        include_str!("../../../tests/bench/daisy.go"),
    ),
];

#[derive(Clone, Debug, PartialEq)]
struct Row {
    name: &'static str,
    build_ms: f64,
    run_ms: f64,
    steps: u64,
    ok: bool,
}

fn measure() -> Vec<Row> {
    PROGRAMS
        .iter()
        .map(|(name, src)| {
            let t = platform::now_ms();
            let Ok(build) = runtime::build(src) else {
                return Row {
                    name,
                    build_ms: 0.0,
                    run_ms: 0.0,
                    steps: 0,
                    ok: false,
                };
            };
            let build_ms = platform::now_ms() - t;
            let mut best = f64::MAX;
            let mut steps = 0;
            let mut ok = true;
            // One untimed run first: V8 starts wasm in its baseline compiler
            // and optimises hot functions in the background, so the first
            // run measures the warm-up, not the engine.
            for run in 0..4 {
                let mut m = build.machine(runtime::machine::Limits::default());
                let mut sched = runtime::sched::SeededScheduler::new(0);
                let t = platform::now_ms();
                ok &= m.run(&mut sched).exit_code() == 0;
                if run > 0 {
                    best = best.min(platform::now_ms() - t);
                }
                steps = m.steps();
            }
            Row {
                name,
                build_ms,
                run_ms: best,
                steps,
                ok,
            }
        })
        .collect()
}

#[function_component]
pub fn BenchPanel() -> Html {
    let tr = use_tr();
    let rows = use_state(Vec::<Row>::new);
    {
        let rows = rows.clone();
        use_effect_with((), move |_| {
            if platform::is_browser() {
                rows.set(measure());
            }
        });
    }
    let body = rows.iter().map(|r| {
        html! {
            <tr data-ok={r.ok.to_string()}>
                <td>{ r.name }</td>
                <td class="num">{ format!("{:.1}", r.build_ms) }</td>
                <td class="num">{ format!("{:.1}", r.run_ms) }</td>
                <td class="num">{ r.steps }</td>
                <td class="num">{ format!("{:.0}", r.run_ms * 1e6 / r.steps.max(1) as f64) }</td>
            </tr>
        }
    });
    html! {
        <section class="bench" aria-labelledby="bench-title">
            <h2 id="bench-title">{ tr(Text::BenchTitle) }</h2>
            <table data-testid="bench-results" data-done={(!rows.is_empty()).to_string()}>
                <thead><tr>
                    <th>{ tr(Text::BenchProgram) }</th>
                    <th>{ tr(Text::BenchBuildMs) }</th>
                    <th>{ tr(Text::BenchRunMs) }</th>
                    <th>{ tr(Text::BenchSteps) }</th>
                    <th>{ tr(Text::BenchNsPerStep) }</th>
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </section>
    }
}
