//! Engine benchmarks: `cargo bench -p runtime` (via `cargo xtask bench`).
//! Prints one line per program: build time, run time (best of three),
//! scheduling steps, instructions, and the derived per-step cost.
//!
//! A benchmark reads the wall clock; the engine it measures never does.
#![allow(clippy::disallowed_methods)]

use std::time::Instant;

const PROGRAMS: [(&str, &str); 3] = [
    ("fib(30)", include_str!("../../../tests/bench/fib.go")),
    (
        "1,000,000 unbuffered hand-offs",
        include_str!("../../../tests/bench/handoff.go"),
    ),
    (
        "10,000-goroutine daisy chain",
        include_str!("../../../tests/bench/daisy.go"),
    ),
];

fn main() {
    println!("| program | build ms | run ms (best of 3) | steps | instructions | ns/step |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, src) in PROGRAMS {
        let t = Instant::now();
        let build = runtime::build(src).unwrap_or_else(|e| panic!("{name} does not build: {e:?}"));
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let mut best = f64::MAX;
        let mut stats = (0, 0);
        for _ in 0..3 {
            let mut m = build.machine(runtime::machine::Limits::default());
            let mut sched = runtime::sched::SeededScheduler::new(0);
            let t = Instant::now();
            let out = m.run(&mut sched).clone();
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
            assert_eq!(out.exit_code(), 0, "{name}: {out:?}");
            stats = (m.steps(), m.instructions());
        }
        let ns_per_step = best * 1e6 / stats.0.max(1) as f64;
        println!(
            "| {name} | {build_ms:.1} | {best:.1} | {} | {} | {ns_per_step:.0} |",
            stats.0, stats.1
        );
    }
}
