//! `bench.html`, second table: the explorer benchmark, timed in this
//! browser, next to what real Go needed to show the same outcome.

use super::{use_lang, use_tr};
use crate::i18n::{Text, real_go_record};
use crate::platform;
use explore::bench::BenchRow;
use yew::prelude::*;

#[function_component]
pub fn ExploreBench() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let rows = use_state(Vec::<BenchRow>::new);
    {
        let rows = rows.clone();
        use_effect_with((), move |_| {
            if platform::is_browser() {
                rows.set(explore::bench::run(&platform::now_ms));
            }
        });
    }
    let body = rows.iter().map(|r| {
        html! {
            <tr data-complete={r.complete.to_string()}>
                <td>{ r.name }</td>
                <td class="num">{ r.first_schedules }</td>
                <td class="num">{ format!("{:.2}", r.first_ms) }</td>
                <td class="num">{ r.schedules }</td>
                <td class="num">{ format!("{:.2}", r.all_ms) }</td>
                <td class="num">{ format!("{:.0}", r.runs_per_sec) }</td>
                <td>{ real_go_record(r.real_go, lang) }</td>
            </tr>
        }
    });
    html! {
        <section class="bench" aria-labelledby="explore-bench-title">
            <h2 id="explore-bench-title">{ tr(Text::ExploreBenchTitle) }</h2>
            <table data-testid="explore-bench-results" data-done={(!rows.is_empty()).to_string()}>
                <thead><tr>
                    <th>{ tr(Text::BenchProgram) }</th>
                    <th>{ tr(Text::ExploreFirstSchedules) }</th>
                    <th>{ tr(Text::ExploreFirstMs) }</th>
                    <th>{ tr(Text::ExploreAllSchedules) }</th>
                    <th>{ tr(Text::ExploreAllMs) }</th>
                    <th>{ tr(Text::ExploreRunsPerSec) }</th>
                    <th>{ tr(Text::ExploreRealGo) }</th>
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </section>
    }
}
