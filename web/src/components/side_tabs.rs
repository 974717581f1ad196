//! The tabs over the lesson region: the lesson, the phrase bank, the
//! write-up editor and interview practice share that region, so the code
//! and the run stay in view while the learner writes.

use super::{tab_index, use_dispatch, use_tr};
use crate::i18n::Text;
use crate::state::{Action, PracticeAction, Side};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SideTabsProps {
    pub side: Side,
}

#[function_component]
pub fn SideTabs(props: &SideTabsProps) -> Html {
    let tr = use_tr();
    let dispatch = use_dispatch();
    let tabs = Side::ALL.iter().map(|&side| {
        let label = match side {
            Side::Lesson => Text::SideLesson,
            Side::Phrases => Text::SidePhrases,
            Side::WriteUp => Text::SideWriteUp,
            Side::Interview => Text::SideInterview,
        };
        let onclick = dispatch.reform(move |_: MouseEvent| Action::Practice(PracticeAction::Show(side)));
        let selected = side == props.side;
        html! {
            <button type="button" role="tab" aria-selected={selected.to_string()} tabindex={tab_index(selected)}
                aria-controls="side-panel" {onclick}>
                { tr(label) }
            </button>
        }
    });
    html! {
        <div class="side-tabs" role="tablist" aria-label={tr(Text::SideLabel)}>{ for tabs }</div>
    }
}
