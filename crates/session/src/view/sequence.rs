//! The sequence diagram: an arrow from a sender's lane to a receiver's for
//! every value that crossed a channel, and from a closer to every receive
//! that saw the channel closed. A channel delivers in order, so the k-th
//! value received from it is the k-th value sent on it.

use runtime::GoroutineId;
use runtime::machine::{Event, EventKind};

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

/// What one channel has seen so far on the path.
#[derive(Clone, Default)]
struct Track {
    /// Every send: who, and in which step.
    sends: Vec<(GoroutineId, u64)>,
    /// Values received so far.
    taken: usize,
    /// Who closed it, and in which step.
    closed: Option<(GoroutineId, u64)>,
}

/// The track of channel `chan`, added when first seen.
fn track(tracks: &mut Vec<Track>, chan: u32) -> &mut Track {
    let i = chan as usize;
    if tracks.len() <= i {
        tracks.resize(i + 1, Track::default());
    }
    &mut tracks[i]
}

/// Arrows for the events of one path, in the order of the receives.
pub fn arrows(events: &[&Event]) -> Vec<Arrow> {
    // Channel ids are dense indices: a table by id.
    let mut tracks: Vec<Track> = Vec::new();
    let mut out = Vec::new();
    for e in events {
        // Channel events are always some goroutine's.
        let Some(g) = e.goroutine() else { continue };
        match &e.kind() {
            EventKind::Send { chan, .. } => {
                track(&mut tracks, *chan).sends.push((g, e.step()));
            }
            EventKind::Close { chan } => {
                track(&mut tracks, *chan).closed = Some((g, e.step()));
            }
            EventKind::Recv { chan, value, ok } => {
                let t = track(&mut tracks, *chan);
                let arrow = if *ok {
                    let sent = t.sends.get(t.taken).copied();
                    t.taken += 1;
                    sent.map(|(from, at)| (from, at, ArrowKind::Value(value.clone())))
                } else {
                    t.closed.map(|(from, at)| (from, at, ArrowKind::Closed))
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
