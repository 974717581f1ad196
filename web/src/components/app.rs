//! The root component: owns the reducer, provides the language and the
//! dispatcher to everything below, and performs the start-up and
//! persistence side effects.

use super::bench_panel::BenchPanel;
use super::engine_demo::EngineDemo;
use super::explore_bench::ExploreBench;
use super::header::Header;
use crate::i18n::Lang;
use crate::platform;
use crate::state::AppState;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        AppState::initial(
            platform::query_param("lang").as_deref(),
            platform::load(platform::LANG_KEY).as_deref(),
        )
    });
    let lang = state.lang;
    let bench = use_memo((), |_| {
        platform::query_param("bench").as_deref() == Some("1")
    });
    use_effect_with(lang, |lang| {
        platform::store(platform::LANG_KEY, lang.code());
        platform::set_document_lang(match lang {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        });
    });
    html! {
        <ContextProvider<UseReducerDispatcher<AppState>> context={state.dispatcher()}>
            <ContextProvider<Lang> context={lang}>
                <div class="app" data-lang={lang.code()}>
                    <Header />
                    <main class="main">
                        if *bench { <BenchPanel /><ExploreBench /> } else { <EngineDemo /> }
                    </main>
                </div>
            </ContextProvider<Lang>>
        </ContextProvider<UseReducerDispatcher<AppState>>>
    }
}
