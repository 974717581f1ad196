//! Channels as boxes: name, element type, capacity, what is buffered, the
//! closed flag, and who waits to send and to receive (Go's `hchan`).

use super::chan_name;
use runtime::GoroutineId;
use runtime::machine::Machine;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChanView {
    pub id: u32,
    pub name: String,
    /// The element type as Go writes it (`struct {}`, `int`).
    pub elem: String,
    pub cap: usize,
    /// Buffered values, oldest first, as short text.
    pub buffer: Vec<String>,
    pub closed: bool,
    /// Goroutines parked receiving, in queue order.
    pub recvq: Vec<GoroutineId>,
    /// Goroutines parked sending, in queue order, with their values.
    pub sendq: Vec<(GoroutineId, String)>,
    /// Made by library code (a context's `Done`, a timer).
    pub library: bool,
}

/// Every channel the program made, in order of creation.
pub fn channels(m: &Machine) -> Vec<ChanView> {
    m.channels()
        .map(|c| ChanView {
            id: c.id().index(),
            name: chan_name(m, c.id()),
            elem: c.elem(),
            cap: c.cap(),
            buffer: c.buffer().map(|v| m.brief(v)).collect(),
            closed: c.closed(),
            recvq: c.receivers().collect(),
            sendq: c.senders().map(|(g, v)| (g, m.brief(v))).collect(),
            library: c.origin().is_none_or(|(f, _)| m.func(f).prelude()),
        })
        .collect()
}
