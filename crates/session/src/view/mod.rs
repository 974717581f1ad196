//! What the page draws, read off a machine state as plain data: one lane
//! per goroutine, the channels, the context tree, output and the outcome.
//! Nothing here changes the machine, and nothing formats for a language:
//! the page words it.

mod channels;
mod contexts;
mod lanes;
mod names;
mod races;
mod sequence;

pub use channels::{ChanView, channels};
pub use contexts::{CtxKind, CtxNode, CtxState, contexts};
pub use lanes::{Arm, LANE_EVENTS, Lane, LaneState, NextOp, Wait, lanes};
pub use names::{access_text, chan_name};
pub use races::{RaceSide, RaceView};
pub use sequence::{Arrow, ArrowKind};

use crate::Session;
use runtime::GoroutineId;
use runtime::machine::{GoroutineRef, Machine, Outcome, Place};

/// Where a goroutine stands: a function and a line of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub func: String,
    /// The file's name as traces show it (`prog.go`, `context.go`).
    pub file: String,
    pub line: u32,
    /// Prelude code (the standard library, `context`, `wait`).
    pub prelude: bool,
}

impl Position {
    fn of(m: &Machine, place: &Place) -> Position {
        let f = m.func(place.func());
        Position {
            func: f.name().to_string(),
            file: m
                .source(f.file())
                .map_or_else(String::new, |(name, _)| name.to_string()),
            line: place.line(),
            prelude: f.prelude(),
        }
    }
}

/// Every frame of a goroutine, innermost first (see
/// [`GoroutineRef::frames`]); once a panic has unwound them all, the frames
/// it had when the panic started.
pub fn frames(m: &Machine, g: &GoroutineRef<'_>) -> Vec<Position> {
    let mut places = g.frames();
    if places.is_empty() {
        places = g.panic_frames();
    }
    places.iter().map(|p| Position::of(m, p)).collect()
}

/// The innermost frame in the learner's code, or the innermost frame.
pub fn position(m: &Machine, g: &GoroutineRef<'_>) -> Position {
    let all = frames(m, g);
    all.iter()
        .find(|p| !p.prelude)
        .or(all.first())
        .cloned()
        .unwrap_or(Position {
            func: String::new(),
            file: String::new(),
            line: 0,
            prelude: false,
        })
}

/// The most arrows a view carries: a diagram of thousands of hand-offs
/// is no longer read, and drawing it would cost more than the step.
pub const MAX_ARROWS: usize = 200;

/// Everything the run region shows for the current state.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub lanes: Vec<Lane>,
    pub channels: Vec<ChanView>,
    pub contexts: Vec<CtxNode>,
    /// The sequence diagram's last [`MAX_ARROWS`] arrows, in the order of
    /// their receives.
    pub arrows: Vec<Arrow>,
    /// Arrows on the whole path, shown or not.
    pub arrows_total: usize,
    pub stdout: String,
    pub stderr: String,
    pub outcome: Option<Outcome>,
    /// The data races reported so far (the race detector is always on).
    pub races: Vec<RaceView>,
    /// The virtual clock, in nanoseconds since the program started.
    pub clock_ns: i64,
    /// Steps from the start.
    pub step: u32,
    /// The goroutine the last move stepped.
    pub last: Option<GoroutineId>,
    /// When the next timer goes off, if the learner may fire it now,
    /// while goroutines could still run (stepping [`GoroutineId::TIMERS`]).
    pub early_timer_ns: Option<i64>,
}

impl View {
    /// The name the page gives channel `id` in events and arrows: the
    /// view's name for it, or `chan#id` for one it does not list.
    pub fn chan_name(&self, id: u32) -> String {
        self.channels
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| format!("chan#{id}"), |c| c.name.clone())
    }

    /// The view of `session`'s current state (`None`: it did not compile).
    pub fn of(session: &Session) -> Option<View> {
        let m = session.machine()?;
        let summary = &session.history()?.node(session.current()).summary;
        Some(View {
            lanes: lanes(m, summary),
            channels: channels(m),
            contexts: contexts(m),
            arrows: summary
                .arrows()
                .last(MAX_ARROWS)
                .into_iter()
                .cloned()
                .collect(),
            arrows_total: summary.arrows().len(),
            stdout: String::from_utf8_lossy(&m.stdout()).into_owned(),
            stderr: String::from_utf8_lossy(&m.stderr()).into_owned(),
            outcome: m.outcome().cloned(),
            races: summary.races().to_vec(),
            clock_ns: m.clock_ns(),
            step: session.depth(),
            last: session.last_stepped(),
            early_timer_ns: m.early_timer_ns(),
        })
    }
}

/// A duration as Go's `time.Duration` prints it, for the common cases
/// (`50ms`, `1.5s`, `0s`).
pub fn duration(ns: i64) -> String {
    if ns == 0 {
        return "0s".into();
    }
    let n = ns.unsigned_abs();
    let (unit, div) = match n {
        n if n < 1_000 => ("ns", 1u64),
        n if n < 1_000_000 => ("µs", 1_000),
        n if n < 1_000_000_000 => ("ms", 1_000_000),
        _ => ("s", 1_000_000_000),
    };
    // Three decimals, rounded, in integers: the page then needs none of
    // Rust's float formatting, which is kilobytes of wasm.
    let thousandths = (u128::from(n) * 1000 + u128::from(div) / 2) / u128::from(div);
    let (whole, frac) = (thousandths / 1000, thousandths % 1000);
    let sign = if ns < 0 { "-" } else { "" };
    let frac = format!("{frac:03}");
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{whole}{unit}")
    } else {
        format!("{sign}{whole}.{frac}{unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_as_go_prints_them() {
        for (ns, text) in [
            (0, "0s"),
            (999, "999ns"),
            (2_500, "2.5µs"),
            (1_000_000, "1ms"),
            (1_234_567, "1.235ms"),
            (50_000_000, "50ms"),
            (1_500_000_000, "1.5s"),
            (-3_000_000, "-3ms"),
        ] {
            assert_eq!(duration(ns), text, "{ns}");
        }
    }
}
