//! The sequence diagram: an arrow from a sender's lane to a receiver's for
//! every value that crossed a channel, and from a closer to every receive
//! that saw the channel closed. A channel delivers in order, so the k-th
//! value received from it is the k-th value sent on it. The arrows are
//! drawn up as the path grows ([`crate::summary`]).

use runtime::GoroutineId;

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
