//! Components rendered to HTML with Yew's server renderer: what a person
//! would read, without a browser.

use std::rc::Rc;
use web::App;
use web::components::header::Header;
use web::components::playground::Playground;
use web::i18n::Lang;
use web::state::{Action, AppState, RunTab};
use yew::prelude::*;

/// Goroutine `n`'s id.
fn gid(n: u32) -> runtime::GoroutineId {
    runtime::GoroutineId::new(n).expect("ids start at 1")
}

/// The playground over a state, with the state and language provided as
/// the app provides them.
fn playground(handle: UseReducerHandle<AppState>) -> Html {
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={handle.clone()}>
            <ContextProvider<Lang> context={handle.lang}>
                <Playground />
            </ContextProvider<Lang>>
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}

async fn render<C: BaseComponent<Properties = ()>>() -> String {
    yew::ServerRenderer::<C>::new()
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn a_newcomer_lands_on_lesson_1_with_main_ready_to_step_and_no_verdict_yet() {
    let html = render::<App>().await;
    assert!(html.contains("Goroutine Dojo"), "{html}");
    assert!(html.contains("New here?"), "{html}");
    assert!(html.contains("1. Goroutines and WaitGroup"), "{html}");
    assert!(html.contains(r#"aria-label="g1 main.main""#), "{html}");
    assert!(html.contains("Your move: click g1 main.main"), "{html}");
    assert!(!html.contains("Checking every interleaving"), "{html}");
}

#[function_component]
fn HeaderInChinese() -> Html {
    html! { <ContextProvider<Lang> context={Lang::Zh}><Header /></ContextProvider<Lang>> }
}

#[tokio::test]
async fn header_speaks_chinese_under_a_chinese_provider() {
    let html = render::<HeaderInChinese>().await;
    assert!(html.contains("Goroutine 道场"), "{html}");
    assert!(html.contains("亲手当一回调度器"), "{html}");
    assert!(
        html.contains(r#"aria-pressed="true" lang="zh""#)
            || html.contains(r#"lang="zh" aria-pressed="true""#),
        "{html}"
    );
}

/// What a test does before rendering: all `Send`, so it can cross into
/// the server renderer, which builds the state itself.
#[derive(Properties, PartialEq, Clone)]
struct Script {
    lang: Lang,
    source: Option<String>,
    steps: Vec<u32>,
    /// 1: step main until the watcher goroutine starts.
    until_watcher: usize,
    tab: RunTab,
}

impl Script {
    fn state(&self) -> AppState {
        let mut s = Rc::new(AppState::initial(Some(self.lang.code()), None));
        let reduce = Reducible::reduce;
        if let Some(src) = &self.source {
            s = reduce(s, Action::Edit(src.clone()));
            s = reduce(s, Action::Rebuild);
        }
        for g in &self.steps {
            s = reduce(s, Action::Step(gid(*g)));
        }
        // Step main until the context's watcher goroutine exists.
        for _ in 0..self.until_watcher * 100 {
            if s.view
                .as_ref()
                .is_some_and(|v| v.lanes.iter().any(|l| l.prelude))
            {
                break;
            }
            s = reduce(s, Action::Step(gid(1)));
        }
        s = reduce(s, Action::SetRunTab(self.tab));
        (*s).clone()
    }
}

#[function_component]
fn PlaygroundIn(script: &Script) -> Html {
    let script = script.clone();
    let handle = use_reducer(move || script.state());
    playground(handle)
}

async fn render_script(script: Script) -> String {
    yew::ServerRenderer::<PlaygroundIn>::with_props(move || script)
        .hydratable(false)
        .render()
        .await
}

fn at_watcher(lang: Lang, tab: RunTab) -> Script {
    Script {
        lang,
        source: None,
        steps: Vec::new(),
        until_watcher: 1,
        tab,
    }
}

#[tokio::test]
async fn lanes_show_blocked_goroutines_and_the_library_watcher() {
    let html = render_script(at_watcher(Lang::En, RunTab::Lanes)).await;
    assert!(html.contains("library"), "{html}");
    assert!(html.contains("propagateCancel"), "{html}");
    let zh = render_script(at_watcher(Lang::Zh, RunTab::Lanes)).await;
    assert!(zh.contains("库内部"), "{zh}");
    assert!(zh.contains(r#"aria-label="g1 main.main""#), "{zh}");
    assert!(
        zh.contains("goroutine g2 context.(*cancelCtx).propagateCancel"),
        "{zh}"
    );
}

#[tokio::test]
async fn the_context_tree_and_channels_render() {
    let html = render_script(at_watcher(Lang::En, RunTab::Contexts)).await;
    assert!(html.contains("cancelCtx"), "{html}");
    assert!(html.contains("channelContext"), "{html}");
    assert!(html.contains("watcher goroutine g"), "{html}");
    let html = render_script(at_watcher(Lang::En, RunTab::Channels)).await;
    assert!(html.contains(r#"data-chan="stop""#), "{html}");
    assert!(html.contains("chan struct{}"), "{html}");
}

#[tokio::test]
async fn a_program_that_does_not_compile_shows_go_s_message() {
    let html = render_script(Script {
        lang: Lang::En,
        source: Some("package main\n\nfunc main() { x := 1 }\n".into()),
        steps: Vec::new(),
        until_watcher: 0,
        tab: RunTab::Lanes,
    })
    .await;
    assert!(
        html.contains("./prog.go:3:15: declared and not used: x"),
        "{html}"
    );
    assert!(html.contains("Does not compile"), "{html}");
}

/// The program of lesson 9's first ghost: the cancel function discarded.
const DISCARDED_CANCEL: &str = "package main

import (
	\"context\"
	\"fmt\"
	\"time\"
)

func main() {
	ctx, _ := context.WithTimeout(context.Background(), time.Second)
	fmt.Println(ctx.Err())
}
";

#[tokio::test]
async fn vet_warns_in_go_s_words_explains_in_both_languages_and_the_program_still_runs() {
    for (lang, why) in [
        (Lang::En, "the context's watcher goroutine and timer live"),
        (
            Lang::Zh,
            "watcher goroutine 和定时器会一直活到父 context 结束",
        ),
    ] {
        let html = render_script(Script {
            lang,
            source: Some(DISCARDED_CANCEL.into()),
            steps: Vec::new(),
            until_watcher: 0,
            tab: RunTab::Lanes,
        })
        .await;
        assert!(
            html.contains("prog.go:10:7: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak"),
            "{html}"
        );
        assert!(html.contains(why), "{html}");
        assert!(html.contains("data-testid=\"vet-marker\""), "{html}");
        assert!(html.contains("vet-warn"), "{html}");
        assert!(
            !html.contains("Does not compile") && !html.contains("编译失败"),
            "{html}"
        );
        // It built and stands before its first step.
        assert!(html.contains("data-goroutine=\"1\""), "{html}");
    }
}

#[function_component]
fn LessonIn() -> Html {
    let handle = use_reducer(|| {
        web::startup::initial_state(&web::startup::Found {
            url_lang: Some("both".into()),
            url_lesson: Some("stop-channel-race".into()),
            ..Default::default()
        })
    });
    playground(handle)
}

#[tokio::test]
async fn a_lesson_shows_its_text_goals_and_hints_in_both_languages() {
    let html = render::<LessonIn>().await;
    assert!(html.contains("13. "), "{html}");
    assert!(html.contains("Goals") && html.contains("目标"), "{html}");
    assert!(
        html.contains("Show a hint") && html.contains("给我一个提示"),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="goal""#), "{html}");
    // The explanation waits until the goals are met (or is asked for).
    assert!(!html.contains(r#"data-testid="explanation""#), "{html}");
    // Markdown is rendered as elements, never passed through as HTML.
    assert!(html.contains("<code>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
}

/// The flagship's state with its run ended by the instruction limit (as an
/// endless loop's would, after 50 million instructions).
#[derive(Properties, PartialEq, Clone)]
struct Limited {
    lang: Lang,
}

#[function_component]
fn LimitedIn(props: &Limited) -> Html {
    let lang = props.lang;
    let handle = use_reducer(move || {
        let mut s = AppState::initial(Some(lang.code()), None);
        let limit = runtime::machine::Outcome::new(
            runtime::machine::End::Limit(runtime::machine::Limit::Instructions),
            String::new(),
            String::new(),
            Vec::new(),
        );
        let mut view = (**s.view.as_ref().unwrap()).clone();
        view.outcome = Some(limit);
        s.view = Some(Rc::new(view));
        s.run_tab = RunTab::Output;
        s
    });
    playground(handle)
}

#[tokio::test]
async fn a_run_stopped_by_a_limit_says_why_in_both_languages() {
    let render = |lang| {
        yew::ServerRenderer::<LimitedIn>::with_props(move || Limited { lang })
            .hydratable(false)
            .render()
    };
    let html = render(Lang::En).await;
    assert!(
        html.contains("loops forever without reaching a scheduling point"),
        "{html}"
    );
    let zh = render(Lang::Zh).await;
    assert!(zh.contains("执行的指令数超出上限"), "{zh}");
}
