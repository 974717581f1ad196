//! A tiny program run through the engine when the page loads: proof that
//! the page → engine → page path works.

use super::use_tr;
use crate::i18n::Text;
use yew::prelude::*;

/// The program shown and run.
pub const DEMO_PROGRAM: &str = "package main

import \"fmt\"

func main() {
\tfmt.Println(\"hello, gopher\")
\tfmt.Println(\"你好，道场\")
}
";

#[function_component]
pub fn EngineDemo() -> Html {
    let tr = use_tr();
    let report = use_memo((), |_| runtime::run_source(DEMO_PROGRAM));
    html! {
        <section class="engine-demo" aria-labelledby="engine-demo-title">
            <h2 id="engine-demo-title">{ tr(Text::DemoTitle) }</h2>
            <div class="demo-columns">
                <figure>
                    <figcaption>{ tr(Text::DemoProgram) }</figcaption>
                    <pre class="code"><code>{ DEMO_PROGRAM }</code></pre>
                </figure>
                <figure>
                    <figcaption>{ tr(Text::DemoOutput) }</figcaption>
                    <pre class="output" data-testid="engine-output">{ &report.stdout }</pre>
                    <p class="exit-status">{ format!("{} {}", tr(Text::DemoExitStatus), report.exit_code) }</p>
                </figure>
            </div>
        </section>
    }
}
