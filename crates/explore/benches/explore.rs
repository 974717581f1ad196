//! Explorer benchmarks: `cargo bench -p explore` (via `cargo xtask bench`).
//! Prints the table of [`explore::bench`] as Markdown.
//!
//! A benchmark reads the wall clock; the engine it measures never does.
#![allow(clippy::disallowed_methods)]

use std::time::Instant;

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
}
