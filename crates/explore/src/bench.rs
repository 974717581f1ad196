//! The explorer's benchmark, shared by `cargo bench -p explore` and the
//! page `bench.html` (so native and browser figures measure the same
//! thing). The caller passes the clock: the explorer reads none.
//!
//! For each bug program: how many schedules and milliseconds until the
//! search first shows an outcome other than the default run's (the
//! counterexample), the complete search's size and time, and what real Go
//! needed to show the same outcome, as recorded in the program's
//! `// RealGo:` line.

use crate::{Explorer, Options};

/// The programs of `tests/explore/` that have more than one outcome.
pub const PROGRAMS: [(&str, &str); 8] = [
    (
        "stop_channel_race",
        include_str!("../../../tests/explore/stop_channel_race.go"),
    ),
    (
        "reap_double_close",
        include_str!("../../../tests/explore/reap_double_close.go"),
    ),
    (
        "two_senders_order",
        include_str!("../../../tests/explore/two_senders_order.go"),
    ),
    (
        "stop_status_deadlock",
        include_str!("../../../tests/explore/stop_status_deadlock.go"),
    ),
    (
        "lock_while_send",
        include_str!("../../../tests/explore/lock_while_send.go"),
    ),
    (
        "poll_done_default",
        include_str!("../../../tests/explore/poll_done_default.go"),
    ),
    (
        "leaked_watcher",
        include_str!("../../../tests/explore/leaked_watcher.go"),
    ),
    (
        "senders (3 goroutines)",
        include_str!("../../../tests/explore/reduction/senders.go"),
    ),
];

#[derive(Clone, Debug, PartialEq)]
pub struct BenchRow {
    pub name: &'static str,
    /// Schedules run until the first outcome other than the first run's.
    pub first_schedules: u64,
    pub first_ms: f64,
    /// The complete search.
    pub schedules: u64,
    pub complete: bool,
    pub all_ms: f64,
    pub runs_per_sec: f64,
    /// What real Go needed to show the counterexample's outcome.
    pub real_go: RealGo,
}

/// Real Go's record for an outcome, from a `// RealGo:` line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RealGo {
    /// First shown by run number `run`, `secs` seconds into the runs.
    FirstRun {
        run: u32,
        secs: f64,
    },
    NotSeen {
        runs: u32,
    },
    /// `go run` cannot show it (a goroutine leak).
    Invisible,
    /// No record for this program.
    Unrecorded,
}

/// Each measurement is repeated until it has taken this long in total (and
/// at least [`MIN_REPEAT`] times), and the mean is reported: browser clocks
/// tick in 0.1 ms steps, too coarse for a search of a few schedules.
const MIN_TOTAL_MS: f64 = 50.0;
const MIN_REPEAT: usize = 5;

/// Mean milliseconds per call of `f`, and its last result.
fn timed<T>(now: &dyn Fn() -> f64, mut f: impl FnMut() -> T) -> (f64, T) {
    // One untimed call: the first includes JIT warm-up in a browser.
    let mut last = f();
    let start = now();
    let mut n = 0;
    while n < MIN_REPEAT || now() - start < MIN_TOTAL_MS {
        last = f();
        n += 1;
    }
    ((now() - start) / n as f64, last)
}

pub fn run(now: &dyn Fn() -> f64) -> Vec<BenchRow> {
    PROGRAMS
        .iter()
        .filter_map(|(name, src)| {
            let build = runtime::build(src).ok()?;
            let options = Options::default();
            let (first_ms, (first_schedules, found)) = timed(now, || {
                let mut e = Explorer::new(&build, &options);
                while !e.run(1) && e.report().outcomes.len() < 2 {}
                let r = e.report();
                (r.schedules, r.outcomes.get(1).cloned())
            });
            let (all_ms, all) = timed(now, || Explorer::new(&build, &options).run_all());
            let real_go = found.map_or(RealGo::Unrecorded, |o| real_go_for(src, &o));
            Some(BenchRow {
                name,
                first_schedules,
                first_ms,
                schedules: all.schedules,
                complete: all.complete,
                all_ms,
                runs_per_sec: all.schedules as f64 / (all_ms / 1000.0).max(1e-9),
                real_go,
            })
        })
        .collect()
}

/// Programs for what one explored schedule costs against a plain run, at
/// the scale of a hundred goroutines and more.
pub const SCALE: [(&str, &str); 4] = [
    (
        "contend_100",
        include_str!("../benches/scale/contend_100.go"),
    ),
    (
        "contend_200",
        include_str!("../benches/scale/contend_200.go"),
    ),
    (
        "fan_out_100",
        include_str!("../benches/scale/fan_out_100.go"),
    ),
    (
        "deep_one_goroutine",
        include_str!("../benches/scale/deep_one_goroutine.go"),
    ),
];

/// One schedule of the explorer against `gosim run` on the same program,
/// without and with the race detector.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleRow {
    pub name: &'static str,
    pub run_ms: f64,
    pub schedule_ms: f64,
    pub race_run_ms: f64,
    pub race_schedule_ms: f64,
}

impl ScaleRow {
    pub fn ratio(&self) -> f64 {
        self.schedule_ms / self.run_ms.max(1e-9)
    }

    pub fn race_ratio(&self) -> f64 {
        self.race_schedule_ms / self.race_run_ms.max(1e-9)
    }
}

/// Times a plain run (what `gosim run` does) and the explorer's first
/// schedule (its run, footprints, kept states and race analysis).
pub fn scale(now: &dyn Fn() -> f64) -> Vec<ScaleRow> {
    SCALE
        .iter()
        .filter_map(|(name, src)| {
            let build = runtime::build(src).ok()?;
            let pair = |options: Options| {
                let (run_ms, _) = timed(now, || {
                    let mut m = options.machine(&build);
                    m.run(&mut runtime::sched::SeededScheduler::new(0))
                });
                let (schedule_ms, _) = timed(now, || Explorer::new(&build, &options).run(1));
                (run_ms, schedule_ms)
            };
            let (run_ms, schedule_ms) = pair(Options::default());
            let (race_run_ms, race_schedule_ms) = pair(Options::with_race_detector());
            Some(ScaleRow {
                name,
                run_ms,
                schedule_ms,
                race_run_ms,
                race_schedule_ms,
            })
        })
        .collect()
}

/// Real Go's record for the outcome `o`, from the program's `// Outcome:`
/// lines (to number it) and its `// RealGo:` line.
fn real_go_for(src: &str, o: &crate::outcomes::OutcomeClass) -> RealGo {
    let index = src
        .lines()
        .filter_map(|l| l.strip_prefix("// Outcome: "))
        .position(|line| {
            line.starts_with(&format!("exit {} stdout={:?}", o.exit_code, o.stdout))
                && line.contains(&format!("stderr={:?}", o.stderr_first_line))
                && (o.kind != runtime::machine::OutcomeKind::Exit
                    || line.contains("leaked=") == (o.leaked > 0))
        });
    let record = src.lines().find_map(|l| l.strip_prefix("// RealGo: "));
    let (Some(index), Some(record)) = (index, record) else {
        return RealGo::Unrecorded;
    };
    if o.leaked > 0 && o.kind == runtime::machine::OutcomeKind::Exit {
        return RealGo::Invisible;
    }
    let runs = record
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let key = format!("outcome {} x", index + 1);
    let Some(part) = record.split("; ").find(|p| p.starts_with(&key)) else {
        return RealGo::Unrecorded;
    };
    if part.contains("not seen") {
        return RealGo::NotSeen { runs };
    }
    // "outcome 2 x2 (first run 78, 0.2s)"
    let inner = part
        .split_once("(first run ")
        .map(|(_, r)| r.trim_end_matches(')'));
    match inner.and_then(|r| r.split_once(", ")) {
        Some((run, secs)) => RealGo::FirstRun {
            run: run.parse().unwrap_or(0),
            secs: secs.trim_end_matches('s').parse().unwrap_or(0.0),
        },
        None => RealGo::Unrecorded,
    }
}

impl RealGo {
    /// The record in English, for the native benchmark's table.
    pub fn english(self) -> String {
        match self {
            RealGo::FirstRun { run, secs } => format!("first seen in run {run} ({secs} s)"),
            RealGo::NotSeen { runs } => format!("not seen in {runs} runs"),
            RealGo::Invisible => "invisible to go run (a leak)".to_string(),
            RealGo::Unrecorded => "-".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_go_records_are_read_from_the_programs() {
        let record = |name: &str| {
            let (_, src) = PROGRAMS.iter().find(|(n, _)| *n == name).unwrap();
            let build = runtime::build(src).unwrap();
            let report = Explorer::new(&build, &Options::default()).run_all();
            let failing = report.outcomes.iter().find(|o| o.failing).unwrap();
            real_go_for(src, failing)
        };
        assert_eq!(
            record("stop_channel_race"),
            RealGo::FirstRun { run: 78, secs: 0.2 }
        );
        assert_eq!(
            record("reap_double_close"),
            RealGo::FirstRun {
                run: 152,
                secs: 0.4
            }
        );
        assert_eq!(record("lock_while_send"), RealGo::NotSeen { runs: 2000 });
        assert_eq!(
            RealGo::NotSeen { runs: 2000 }.english(),
            "not seen in 2000 runs"
        );
    }
}
