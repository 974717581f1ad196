//! The learner's answer to a step's question: which ready `select` case
//! fires, what `math/rand` returns, or where a `range` over a map starts.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Text, arm};
use crate::state::Action;
use session::Question;
use session::view::NextOp;
use yew::prelude::*;

/// Values offered as buttons for a random choice (any value can be typed).
const QUICK_VALUES: u64 = 6;

#[function_component]
pub fn ChoicePicker() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let typed = use_state(|| 0_u64);
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(question) = &app.question else {
        return html! {};
    };
    let cancel = dispatch.reform(|_: MouseEvent| Action::DismissQuestion);
    let choose = |value: u64, label: String| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::Answer(value));
        html! { <li><button type="button" {onclick}>{ label }</button></li> }
    };
    let (prompt, options) = match question {
        Question::Case { goroutine, ready } => {
            let arms = app
                .view
                .as_ref()
                .and_then(|v| v.lanes.iter().find(|l| l.id == *goroutine))
                .and_then(|l| match &l.next {
                    Some(NextOp::Select(arms)) => Some(arms.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            let options = ready.iter().map(|i| {
                let label = arms
                    .get(*i)
                    .map_or_else(|| format!("case {}", i + 1), |a| arm(*i, a, lang));
                choose(*i as u64, label)
            });
            (
                format!("g{goroutine}: {}", tr(Text::ChooseCase)),
                html! { <ul class="choices">{ for options }</ul> },
            )
        }
        Question::Rand { goroutine, n } => (
            format!("g{goroutine}: {}", tr(Text::ChooseRand)),
            number_picker(*n, &typed, &dispatch, &choose, tr(Text::ChooseValue)),
        ),
        Question::MapOrder {
            goroutine, n: 0, ..
        } => (
            format!("g{goroutine}: {}", tr(Text::ChooseMapShuffle)),
            number_picker(0, &typed, &dispatch, &choose, tr(Text::ChooseValue)),
        ),
        Question::MapOrder {
            goroutine, starts, ..
        } => {
            let options = starts
                .iter()
                .enumerate()
                .map(|(i, key)| choose(i as u64, key.clone()));
            (
                format!("g{goroutine}: {}", tr(Text::ChooseMapStart)),
                html! { <ul class="choices">{ for options }</ul> },
            )
        }
    };
    html! {
        <div class="choice-picker" role="dialog" aria-live="assertive" aria-label={prompt.clone()}>
            <p>{ prompt }</p>
            { options }
            <button type="button" class="link-button" onclick={cancel}>{ tr(Text::Cancel) }</button>
        </div>
    }
}

/// A value in `[0, n)` (`n == 0`: any): the first few as buttons, any one
/// typed in.
fn number_picker(
    n: u64,
    typed: &UseStateHandle<u64>,
    dispatch: &Callback<Action>,
    choose: &dyn Fn(u64, String) -> Html,
    use_label: &str,
) -> Html {
    let shown = if n == 0 {
        QUICK_VALUES
    } else {
        n.min(QUICK_VALUES)
    };
    let options = (0..shown).map(|v| choose(v, v.to_string()));
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                typed.set(i.value().parse().unwrap_or(0));
            }
        })
    };
    let value = if n == 0 {
        **typed
    } else {
        (**typed).min(n - 1)
    };
    let use_typed = dispatch.reform(move |_: MouseEvent| Action::Answer(value));
    let max = (n > 0).then(|| (n - 1).to_string());
    html! {
        <>
            <ul class="choices">{ for options }</ul>
            <input type="number" min="0" max={max} value={value.to_string()} {oninput} />
            <button type="button" onclick={use_typed}>{ use_label.to_string() }</button>
        </>
    }
}
