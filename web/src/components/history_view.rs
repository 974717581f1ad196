//! Time travel: a scrubber over the current branch, from the start to its
//! furthest step, and the list of branches tried (each fork from an
//! earlier step is one), any of which can be returned to.

use super::{use_app, use_dispatch, use_lang, use_tr};
use crate::i18n::{Lang, Text, step_number};
use crate::state::Action;
use session::{History, NodeId};
use yew::prelude::*;

/// The current branch: the path to the current node, continued along
/// the steps redo would take.
fn branch(history: &History, current: NodeId) -> Vec<NodeId> {
    let mut path = history.path(current);
    let mut at = current;
    while let Some(next) = history.node(at).last_child {
        path.push(next);
        at = next;
    }
    path
}

fn branch_label(history: &History, leaf: NodeId, lang: Lang) -> String {
    let path = history.path(leaf);
    let fork = path
        .iter()
        .rev()
        .skip(1)
        .find(|id| history.node(**id).children.len() > 1)
        .map_or(0, |id| history.node(*id).depth);
    let moves: Vec<String> = path
        .iter()
        .skip(fork as usize + 1)
        .take(8)
        .filter_map(|id| history.node(*id).mv.as_ref())
        .map(|mv| match mv.goroutine {
            None => "·".to_string(),
            Some(g) if g.is_timers() => "⏰".to_string(),
            Some(g) => format!("g{g}"),
        })
        .collect();
    let depth = history.node(leaf).depth;
    match lang {
        Lang::En => format!("from step {fork}: {} … ({depth} steps)", moves.join(" ")),
        Lang::Zh => format!("从第 {fork} 步分出：{} …（共 {depth} 步）", moves.join(" ")),
    }
}

#[function_component]
pub fn HistoryView() -> Html {
    let tr = use_tr();
    let lang = use_lang();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let Some(history) = app.session.history() else {
        return html! {};
    };
    let current = app.session.current();
    let line = branch(history, current);
    let at = app.session.depth();
    let max = line.len().saturating_sub(1);
    let oninput = {
        let line = line.clone();
        dispatch.reform(move |e: InputEvent| {
            let v: usize = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|i| i.value().parse().ok())
                .unwrap_or(0);
            Action::Goto(line.get(v).copied().unwrap_or(History::ROOT))
        })
    };
    let leaves: Vec<NodeId> = history
        .nodes()
        .filter(|(_, n)| n.children.is_empty())
        .map(|(id, _)| id)
        .collect();
    let on_branch = |leaf: NodeId| line.last() == Some(&leaf);
    let branches = leaves.iter().map(|leaf| {
        let leaf = *leaf;
        let onclick = dispatch.reform(move |_: MouseEvent| Action::Goto(leaf));
        html! {
            <li>
                <button type="button" class="link-button" aria-current={on_branch(leaf).then_some("true")} {onclick}>
                    { branch_label(history, leaf, lang) }
                </button>
            </li>
        }
    });
    html! {
        <div class="history" data-testid="history">
            <h3>{ tr(Text::HistoryTitle) }</h3>
            <label class="scrubber">
                <span>{ tr(Text::Scrubber) }</span>
                <input type="range" min="0" max={max.to_string()} value={at.to_string()} {oninput} />
                <span>{ if at == 0 { tr(Text::Start).to_string() } else { step_number(at, lang) } }</span>
            </label>
            <h4>{ format!("{} ({})", tr(Text::Branches), leaves.len()) }</h4>
            <ul class="branches">{ for branches }</ul>
            <p class="muted">{ tr(Text::BranchHint) }</p>
        </div>
    }
}
