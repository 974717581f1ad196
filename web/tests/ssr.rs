//! Components rendered to HTML with Yew's server renderer: what a person
//! would read, without a browser.

use web::App;
use web::components::header::Header;
use web::i18n::Lang;
use yew::prelude::*;

async fn render<C: BaseComponent<Properties = ()>>() -> String {
    yew::ServerRenderer::<C>::new()
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn app_shows_product_name_and_engine_output() {
    let html = render::<App>().await;
    assert!(html.contains("Goroutine Dojo"), "{html}");
    assert!(html.contains("hello, gopher\n你好，道场\n"), "{html}");
    assert!(html.contains("exit status 0"), "{html}");
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
