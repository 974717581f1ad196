//! Goroutine ids, as Go numbers goroutines: main is 1, and each new
//! goroutine takes the next number. Zero is no goroutine, so "none" is
//! `Option<GoroutineId>`, never a sentinel, and costs no extra space.

use std::fmt;
use std::num::NonZeroU32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoroutineId(NonZeroU32);

impl GoroutineId {
    /// The goroutine running `main`.
    pub const MAIN: GoroutineId = GoroutineId(NonZeroU32::MIN);

    /// Not a goroutine: the runtime's timers, offered to the scheduler
    /// beside the runnable goroutines whenever a timer could fire (see
    /// [`crate::machine::TimeModel`]). Picking it fires the earliest timer
    /// that would change something. It sorts after every real id.
    pub const TIMERS: GoroutineId = GoroutineId(NonZeroU32::MAX);

    /// The id numbered `n` (`None` for 0).
    pub fn new(n: u32) -> Option<GoroutineId> {
        NonZeroU32::new(n).map(GoroutineId)
    }

    /// The id of the goroutine created after `count` others.
    pub(crate) fn nth(count: usize) -> GoroutineId {
        // Limits::max_goroutines keeps the count far below 2^32.
        GoroutineId(NonZeroU32::MIN.saturating_add(count as u32))
    }

    pub fn is_timers(self) -> bool {
        self == GoroutineId::TIMERS
    }

    pub fn get(self) -> u32 {
        self.0.get()
    }

    /// Its index among the machine's goroutines (creation order).
    pub(crate) fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

impl fmt::Display for GoroutineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_timers() {
            f.write_str("timers")
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl From<GoroutineId> for u64 {
    fn from(id: GoroutineId) -> u64 {
        u64::from(id.get())
    }
}
