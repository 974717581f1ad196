//! Explorer benchmarks: `cargo bench -p explore` (via `cargo xtask bench`).
//! Prints the tables of [`explore::bench`] as Markdown, then the split
//! search's speed-up over worker threads (native only, so it lives here).
//!
//! A benchmark reads the wall clock; the engine it measures never does.
#![allow(clippy::disallowed_methods)]

use explore::{Explorer, Options};
use std::time::Instant;

/// Programs for the split search: the explore corpus's longer searches,
/// and a hundred goroutines contending on locks, cut at a schedule budget.
const SPLIT: &[(&str, &str, u64)] = &[
    (
        "sleepers_go_time",
        include_str!("../../../tests/explore/sleepers_go_time.go"),
        100_000,
    ),
    (
        "stop_channel_fixed_once",
        include_str!("../../../tests/explore/stop_channel_fixed_once.go"),
        100_000,
    ),
    (
        "ok_rwmutex_writer_then_readers",
        include_str!("../../../tests/golden/race/ok_rwmutex_writer_then_readers.go"),
        100_000,
    ),
    (
        "ok_pipeline",
        include_str!("../../../tests/golden/race/ok_pipeline.go"),
        100_000,
    ),
    (
        "contend_100 (first 300 schedules)",
        include_str!("scale/contend_100.go"),
        300,
    ),
];

/// The best of three timings of `f`, in milliseconds.
fn best_ms<T>(mut f: impl FnMut() -> T) -> (T, f64) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..3 {
        let t = Instant::now();
        out = Some(f());
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    (out.expect("ran three times"), best)
}

fn main() {
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "| program | first counterexample: schedules | ms | complete search: schedules | ms | schedules/s | real Go needed |"
    );
    println!("|---|---:|---:|---:|---:|---:|---|");
    for r in explore::bench::run(&now) {
        println!(
            "| {} | {} | {:.2} | {}{} | {:.2} | {:.0} | {} |",
            r.name,
            r.first_schedules,
            r.first_ms,
            r.schedules,
            if r.complete { "" } else { " (incomplete)" },
            r.all_ms,
            r.runs_per_sec,
            r.real_go.english()
        );
    }
    println!();
    println!(
        "| program | gosim run ms | one explored schedule ms | ratio | with -race: run ms | schedule ms | ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in explore::bench::scale(&now) {
        println!(
            "| {} | {:.2} | {:.2} | {:.1}× | {:.2} | {:.2} | {:.1}× |",
            r.name,
            r.run_ms,
            r.schedule_ms,
            r.ratio(),
            r.race_run_ms,
            r.race_schedule_ms,
            r.race_ratio()
        );
    }
    println!();
    println!(
        "| program (with -race) | schedules | one thread ms | split, 1 worker | 2 workers | 4 workers | speed-up, 2 workers |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, src, max) in SPLIT {
        let options = Options {
            max_schedules: *max,
            ..Options::with_race_detector()
        };
        let build = runtime::build(src).expect("the benchmark programs build");
        let (classic, classic_ms) = best_ms(|| Explorer::new(&build, &options).run_all());
        let split = |jobs| best_ms(|| explore::threads::explore("prog.go", src, &options, jobs));
        let (one, one_ms) = split(1);
        let (_, two_ms) = split(2);
        let (_, four_ms) = split(4);
        println!(
            "| {name} | {} ({} split) | {classic_ms:.0} | {one_ms:.0} | {two_ms:.0} | {four_ms:.0} | {:.2}× |",
            classic.schedules,
            one.schedules,
            one_ms / two_ms
        );
    }
}
