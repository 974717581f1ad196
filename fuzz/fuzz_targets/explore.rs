//! The explorer on any program, and replay of any schedule text: every
//! input must end in a report, never a Rust panic or a hang. The input is
//! a program, optionally followed by a line `//sched <text>` whose text is
//! replayed as a schedule (what a pasted share link would do).
#![no_main]

use explore::schedule::Schedule;
use explore::{Explorer, Options, StrategyKind};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let sched = src.lines().find_map(|l| l.strip_prefix("//sched "));
    let Ok(build) = runtime::build(src) else {
        if let Some(text) = sched {
            let _ = Schedule::decode(text);
        }
        return;
    };
    for strategy in [StrategyKind::Dfs, StrategyKind::Pct] {
        let options = Options {
            strategy,
            max_schedules: 40,
            max_steps: 2_000,
            max_instructions: 200_000,
            ..Options::default()
        };
        let report = Explorer::new(&build, &options).run_all();
        for o in &report.outcomes {
            let again = explore::replay(&build, &o.schedule, &options, false);
            assert!(again.run.outcome.is_some());
        }
    }
    if let Some(Ok(schedule)) = sched.map(Schedule::decode) {
        let _ = explore::replay(&build, &schedule, &Options::default(), true);
    }
});
