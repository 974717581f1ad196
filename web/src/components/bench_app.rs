//! The benchmark page (`bench.html`): the engine and explorer benchmarks,
//! timed in this browser, in a wasm binary of their own.

use super::bench_panel::BenchPanel;
use super::explore_bench::ExploreBench;
use super::header::Header;
use super::scale_bench::ScaleBench;
use crate::i18n::Lang;
use crate::platform;
use yew::prelude::*;

#[function_component]
pub fn BenchApp() -> Html {
    let lang = platform::query_param("lang")
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::En);
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="app" data-lang={lang.code()}>
                <Header />
                <main class="main"><BenchPanel /><ExploreBench /><ScaleBench /></main>
            </div>
        </ContextProvider<Lang>>
    }
}
