//! Channels as Go's `hchan` sees them: element type, capacity, the
//! buffered values, the closed flag, and the queues of parked senders and
//! receivers.

use super::{goroutine_class, use_app, use_tr};
use crate::i18n::Text;
use yew::prelude::*;

#[function_component]
pub fn ChannelsView() -> Html {
    let tr = use_tr();
    let Some(view) = use_app().and_then(|a| a.view.clone()) else {
        return html! {};
    };
    if view.channels.is_empty() {
        return html! { <p class="muted">{ tr(Text::NoChannels) }</p> };
    }
    let goroutines = |ids: Vec<runtime::GoroutineId>| {
        html! {
            <span class="queue">
                { for ids.into_iter().map(|g| html! {
                    <span class={classes!("chip", goroutine_class(g))}>{ format!("g{g}") }</span>
                }) }
            </span>
        }
    };
    let boxes = view.channels.iter().map(|c| {
        let capacity = if c.cap == 0 {
            tr(Text::Unbuffered).to_string()
        } else {
            format!("{} {}", tr(Text::Capacity), c.cap)
        };
        let slots = (0..c.cap).map(|i| match c.buffer.get(i) {
            Some(v) => html! { <span class="slot full">{ v }</span> },
            None => html! { <span class="slot"></span> },
        });
        html! {
            <article class={classes!("chan", c.closed.then_some("closed"), c.library.then_some("library"))}
                data-chan={c.name.clone()}>
                <header>
                    <span class="chan-name">{ &c.name }</span>
                    <code class="chan-type">{ format!("chan {}", c.elem) }</code>
                    <span class="chan-cap">{ capacity }</span>
                    <span class={classes!("chan-flag", c.closed.then_some("is-closed"))}>
                        { if c.closed { tr(Text::Closed) } else { tr(Text::Open) } }
                    </span>
                </header>
                if c.cap > 0 {
                    <div class="buffer" aria-label={format!("{} {}/{}", tr(Text::Buffer), c.buffer.len(), c.cap)}>
                        { for slots }
                    </div>
                }
                if !c.sendq.is_empty() {
                    <p>{ tr(Text::WaitingToSend) }{ ": " }
                        { goroutines(c.sendq.iter().map(|(g, _)| *g).collect()) }
                        <span class="muted">{ format!(" ({})", c.sendq.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>().join(", ")) }</span>
                    </p>
                }
                if !c.recvq.is_empty() {
                    <p>{ tr(Text::WaitingToReceive) }{ ": " }{ goroutines(c.recvq.clone()) }</p>
                }
                if c.library { <p class="muted">{ tr(Text::LibraryChannel) }</p> }
            </article>
        }
    });
    html! { <div class="channels" data-testid="channels">{ for boxes }</div> }
}
