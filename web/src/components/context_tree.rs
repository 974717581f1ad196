//! The context tree: every context from `Background` down, each with its
//! kind, its state (canceled with err and cause, or not), its `Done`
//! channel and the watcher goroutine `propagateCancel` started for it.
//! Cancellation shows as it travels down the branches.

use super::{goroutine_class, use_app, use_tr};
use crate::i18n::Text;
use session::view::{CtxKind, CtxNode, CtxState};
use yew::prelude::*;

fn kind_name(kind: &CtxKind) -> String {
    match kind {
        CtxKind::Background => "context.Background()".into(),
        CtxKind::Todo => "context.TODO()".into(),
        CtxKind::Cancel => "cancelCtx".into(),
        CtxKind::Timer => "timerCtx".into(),
        CtxKind::Value => "valueCtx".into(),
        CtxKind::WithoutCancel => "withoutCancelCtx".into(),
        CtxKind::Foreign(name) => name.clone(),
    }
}

#[function_component]
pub fn ContextTree() -> Html {
    let tr = use_tr();
    let Some(view) = use_app().and_then(|a| a.view.clone()) else {
        return html! {};
    };
    let nodes = &view.contexts;
    if nodes.is_empty() {
        return html! { <p class="muted">{ tr(Text::NoContexts) }</p> };
    }
    fn render(
        nodes: &[CtxNode],
        node: &CtxNode,
        tr: &dyn Fn(Text) -> &'static str,
        depth: usize,
    ) -> Html {
        let children = nodes.iter().filter(|n| n.parent == Some(node.index));
        let (state, class) = match &node.state {
            CtxState::Active => (tr(Text::CtxActive).to_string(), "active"),
            CtxState::Canceled { err, cause } if cause.is_empty() || cause == err => {
                (format!("{}: {err}", tr(Text::CtxCanceled)), "canceled")
            }
            CtxState::Canceled { err, cause } => (
                format!(
                    "{}: {err} · {}: {cause}",
                    tr(Text::CtxCanceled),
                    tr(Text::CtxCause)
                ),
                "canceled",
            ),
            CtxState::Unknown => (tr(Text::CtxUnknown).to_string(), "unknown"),
        };
        let pair = node
            .pair
            .as_ref()
            .map(|(k, v)| format!(" {k} = {v}"))
            .unwrap_or_default();
        html! {
            <li class={classes!("ctx", class)} data-kind={kind_name(&node.kind)}>
                <div class="ctx-node">
                    <code>{ kind_name(&node.kind) }{ pair }</code>
                    <span class="ctx-state">{ state }</span>
                    if let Some(done) = &node.done {
                        <span class="muted">{ format!("{}: {done}", tr(Text::CtxDone)) }</span>
                    }
                    if node.parent.is_some_and(|p| nodes[p].registered.contains(&node.index)) {
                        <span class="muted">{ tr(Text::CtxRegistered) }</span>
                    }
                    { for node.watchers.iter().map(|g| html! {
                        <span class={classes!("chip", goroutine_class(*g))} title={tr(Text::CtxWatcherHint)}>
                            { format!("{} g{g}", tr(Text::CtxWatcher)) }
                        </span>
                    }) }
                </div>
                if depth < 32 {
                    <ul>{ for children.map(|c| render(nodes, c, tr, depth + 1)) }</ul>
                }
            </li>
        }
    }
    let tr_ref: &dyn Fn(Text) -> &'static str = &tr;
    let roots = nodes.iter().filter(|n| n.parent.is_none());
    html! {
        <ul class="ctx-tree" data-testid="contexts">
            { for roots.map(|r| render(nodes, r, tr_ref, 0)) }
        </ul>
    }
}
