//! The data races the detector reported on the current path, for the
//! page: Go's report as printed, and both accesses placed where the lanes
//! and the sequence diagram show them (the goroutine, the line, and the
//! step in which it ran). The accesses are found when a race is reported
//! ([`crate::summary`]).

use runtime::GoroutineId;

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
