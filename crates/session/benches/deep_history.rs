//! What one step costs the page deep into a session: `cargo bench -p
//! session`. The page's reducer keeps the previous state, so every step
//! clones the session before changing it, then draws a new view; each of
//! the three is timed at growing depths of a hand-off loop, as a Markdown
//! table (figures go to docs/benchmarks.md).
//!
//! A benchmark reads the wall clock; the engine it measures never does.
#![allow(clippy::disallowed_methods)]

use session::Session;
use session::view::View;
use std::rc::Rc;
use std::time::{Duration, Instant};

const PROGRAM: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tc := make(chan int)\n\tgo func() {\n\t\tfor i := 0; ; i++ {\n\t\t\tc <- i\n\t\t}\n\t}()\n\tfor {\n\t\tfmt.Println(<-c)\n\t}\n}\n";

/// Depths at which the cost is reported, and steps averaged at each.
const DEPTHS: [u32; 4] = [1_000, 5_000, 10_000, 20_000];
const SAMPLE: u32 = 200;

fn main() {
    println!("| depth | clone | step | view |");
    println!("|---:|---:|---:|---:|");
    let mut session = Rc::new(Session::new(PROGRAM));
    let mut depth = 0;
    for target in DEPTHS {
        let mut sums = [Duration::ZERO; 3];
        while depth < target {
            let kept = session.clone();
            let t = Instant::now();
            let s = Rc::make_mut(&mut session);
            let cloned = t.elapsed();
            assert!(s.step_default(), "the program ended");
            let stepped = t.elapsed();
            let view = View::of(&session);
            let viewed = t.elapsed();
            drop((view, kept));
            depth += 1;
            if target - depth < SAMPLE {
                sums[0] += cloned;
                sums[1] += stepped - cloned;
                sums[2] += viewed - stepped;
            }
        }
        let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(SAMPLE);
        println!(
            "| {target} | {:.1} µs | {:.1} µs | {:.1} µs |",
            us(sums[0]),
            us(sums[1]),
            us(sums[2])
        );
    }
}
