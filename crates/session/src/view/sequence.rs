//! The sequence diagram: an arrow from a sender's lane to a receiver's for
//! every value that crossed a channel, and from a closer to every receive
//! that saw the channel closed. A channel delivers in order, so the k-th
//! value received from it is the k-th value sent on it.

use runtime::GoroutineId;
use runtime::machine::{Event, EventKind};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArrowKind {
    /// A value handed over (directly, or through the buffer).
    Value(String),
    /// A receive that found the channel closed.
    Closed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrow {
    pub chan: u32,
    pub from: GoroutineId,
    pub to: GoroutineId,
    /// Steps of the send (or close) and of the receive.
    pub sent_at: u64,
    pub received_at: u64,
    pub kind: ArrowKind,
}

/// Arrows for the events of one path, in the order of the receives.
pub fn arrows(events: &[Event]) -> Vec<Arrow> {
    let mut sends: BTreeMap<u32, Vec<(GoroutineId, u64)>> = BTreeMap::new();
    let mut taken: BTreeMap<u32, usize> = BTreeMap::new();
    let mut closes: BTreeMap<u32, (GoroutineId, u64)> = BTreeMap::new();
    let mut out = Vec::new();
    for e in events {
        // Channel events are always some goroutine's.
        let Some(g) = e.goroutine() else { continue };
        match &e.kind() {
            EventKind::Send { chan, .. } => {
                sends.entry(*chan).or_default().push((g, e.step()));
            }
            EventKind::Close { chan } => {
                closes.insert(*chan, (g, e.step()));
            }
            EventKind::Recv { chan, value, ok } => {
                let arrow = if *ok {
                    let k = taken.entry(*chan).or_default();
                    let sent = sends.get(chan).and_then(|s| s.get(*k)).copied();
                    *k += 1;
                    sent.map(|(from, at)| (from, at, ArrowKind::Value(value.clone())))
                } else {
                    closes
                        .get(chan)
                        .map(|(from, at)| (*from, *at, ArrowKind::Closed))
                };
                if let Some((from, sent_at, kind)) = arrow {
                    out.push(Arrow {
                        chan: *chan,
                        from,
                        to: g,
                        sent_at,
                        received_at: e.step(),
                        kind,
                    });
                }
            }
            _ => {}
        }
    }
    out
}
