//! `bench.html`, third table: what one explored schedule costs against a
//! plain run of the same program, for a hundred goroutines and more,
//! timed in this browser.

use super::use_tr;
use crate::i18n::Text;
use crate::platform;
use explore::bench::ScaleRow;
use yew::prelude::*;

#[function_component]
pub fn ScaleBench() -> Html {
    let tr = use_tr();
    let rows = use_state(Vec::<ScaleRow>::new);
    {
        let rows = rows.clone();
        use_effect_with((), move |_| {
            if platform::is_browser() {
                rows.set(explore::bench::scale(&platform::now_ms));
            }
        });
    }
    let body = rows.iter().map(|r| {
        html! {
            <tr>
                <td>{ r.name }</td>
                <td class="num">{ format!("{:.2}", r.run_ms) }</td>
                <td class="num">{ format!("{:.2}", r.schedule_ms) }</td>
                <td class="num">{ format!("{:.1}×", r.ratio()) }</td>
                <td class="num">{ format!("{:.2}", r.race_run_ms) }</td>
                <td class="num">{ format!("{:.2}", r.race_schedule_ms) }</td>
                <td class="num">{ format!("{:.1}×", r.race_ratio()) }</td>
            </tr>
        }
    });
    html! {
        <section class="bench" aria-labelledby="scale-bench-title">
            <h2 id="scale-bench-title">{ tr(Text::ScaleBenchTitle) }</h2>
            <table data-testid="scale-bench-results" data-done={(!rows.is_empty()).to_string()}>
                <thead><tr>
                    <th>{ tr(Text::BenchProgram) }</th>
                    <th>{ tr(Text::ScaleRunMs) }</th>
                    <th>{ tr(Text::ScaleScheduleMs) }</th>
                    <th>{ tr(Text::ScaleRatio) }</th>
                    <th>{ format!("{} -race", tr(Text::ScaleRunMs)) }</th>
                    <th>{ format!("{} -race", tr(Text::ScaleScheduleMs)) }</th>
                    <th>{ format!("{} -race", tr(Text::ScaleRatio)) }</th>
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </section>
    }
}
