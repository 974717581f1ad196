//! The data races the detector reported on the current path, for the
//! page: Go's report as printed, and both accesses placed where the lanes
//! and the sequence diagram show them (the goroutine, the line, and the
//! step in which it ran).

use runtime::GoroutineId;
use runtime::machine::{Event, EventKind, Machine, RaceAccess};

/// One reported race.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaceView {
    /// The report, exactly as `go run -race` prints it.
    pub text: String,
    /// The access that found the race.
    pub access: RaceSide,
    /// The earlier access it races with.
    pub previous: RaceSide,
}

/// One access of a race.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaceSide {
    pub goroutine: GoroutineId,
    pub write: bool,
    /// Go's name of the function, `main.main.func1`.
    pub func: String,
    pub line: u32,
    /// The step of the memory event that made it, when the access was a
    /// step of its own (a shared access with another goroutine alive);
    /// `None` for one made inside a longer step.
    pub step: Option<u64>,
}

/// The races of `m` so far, their accesses found among `events`.
pub fn races(m: &Machine, events: &[&Event]) -> Vec<RaceView> {
    m.races()
        .iter()
        .map(|r| {
            let access = side(r.access(), events, u64::MAX);
            let before = access.step.unwrap_or(u64::MAX);
            let previous = side(r.previous(), events, before);
            RaceView {
                text: r.text().to_string(),
                access,
                previous,
            }
        })
        .collect()
}

/// The access, with the step of the last matching memory event no later
/// than step `until`.
fn side(a: &RaceAccess, events: &[&Event], until: u64) -> RaceSide {
    let step = events
        .iter()
        .rev()
        .filter(|e| e.step() <= until)
        .find(|e| {
            e.goroutine() == Some(a.goroutine())
                && e.line() == a.line()
                && matches!(e.kind(), EventKind::Memory { write, .. } if *write == a.is_write())
        })
        .map(|e| e.step());
    RaceSide {
        goroutine: a.goroutine(),
        write: a.is_write(),
        func: a.func().to_string(),
        line: a.line(),
        step,
    }
}
