//! The run region's views behind tabs: goroutine lanes, the sequence
//! diagram, channels, the context tree, output, history and exploration
//! (in an embed, those its link asked for).

use super::channels_view::ChannelsView;
use super::context_tree::ContextTree;
use super::explore_panel::ExplorePanel;
use super::history_view::HistoryView;
use super::lanes_view::LanesView;
use super::output_view::OutputView;
use super::sequence_view::SequenceView;
use super::{tab_index, use_app, use_dispatch, use_tr};
use crate::i18n::Text;
use crate::state::{Action, RunTab};
use yew::prelude::*;

fn label(tab: RunTab) -> Text {
    match tab {
        RunTab::Lanes => Text::TabLanes,
        RunTab::Sequence => Text::TabSequence,
        RunTab::Channels => Text::TabChannels,
        RunTab::Contexts => Text::TabContexts,
        RunTab::Output => Text::TabOutput,
        RunTab::History => Text::TabHistory,
        RunTab::Explore => Text::TabExplore,
    }
}

#[function_component]
pub fn RunTabs() -> Html {
    let tr = use_tr();
    let dispatch = use_dispatch();
    let Some(app) = use_app() else {
        return html! {};
    };
    let shown = app.embed.as_ref().map_or(&RunTab::ALL[..], |o| &o.tabs);
    let Some(&first) = shown.first() else {
        return html! {};
    };
    let current = if shown.contains(&app.run_tab) {
        app.run_tab
    } else {
        first
    };
    let tabs = shown.iter().map(|&tab| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetRunTab(tab));
        let selected = tab == current;
        html! {
            <button type="button" role="tab" aria-selected={selected.to_string()} tabindex={tab_index(selected)}
                aria-controls="run-panel" {onclick}>
                { tr(label(tab)) }
            </button>
        }
    });
    let panel = match current {
        RunTab::Lanes => html! { <LanesView /> },
        RunTab::Sequence => html! { <SequenceView /> },
        RunTab::Channels => html! { <ChannelsView /> },
        RunTab::Contexts => html! { <ContextTree /> },
        RunTab::Output => html! { <OutputView /> },
        RunTab::History => html! { <HistoryView /> },
        RunTab::Explore => html! { <ExplorePanel /> },
    };
    // The outcome stays in sight whatever the tab.
    let ended = app.view.as_ref().is_some_and(|v| v.outcome.is_some()) && current != RunTab::Output;
    html! {
        <div class="run-tabs">
            if shown.len() > 1 {
                <div class="tab-list" role="tablist" aria-label={tr(Text::RunViewsLabel)}>{ for tabs }</div>
            }
            <div class="tab-panel" id="run-panel" role="tabpanel" aria-label={tr(label(current))}>
                { panel }
                if ended { <OutputView /> }
            </div>
        </div>
    }
}
