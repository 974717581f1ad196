//! The explorer's work on the reference programs, as budgets. The number of
//! schedules a complete, reduced search runs is deterministic, so it is
//! checked exactly: a change to the engine or to the reduction that makes a
//! search bigger (or smaller) fails here, and the figure is updated on
//! purpose, with the reason in the commit (docs/benchmarks.md records the
//! times, which are not checked).

use explore::{Explorer, Options};
use std::fs;
use std::path::Path;

/// Program under `tests/explore/`, and the schedules its search runs.
const BUDGETS: &[(&str, u64)] = &[
    ("stop_channel_race.go", 107),
    ("reap_double_close.go", 12),
    ("two_senders_order.go", 10),
    ("stop_status_deadlock.go", 23),
    ("lock_while_send.go", 3),
    ("poll_done_default.go", 6),
    ("leaked_watcher.go", 2),
];

#[test]
fn complete_searches_run_exactly_their_budgeted_schedules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore");
    let mut wrong = Vec::new();
    for (name, budget) in BUDGETS {
        let source = fs::read_to_string(dir.join(name)).unwrap();
        let build = runtime::build(&source).unwrap();
        let report = Explorer::new(&build, &Options::default()).run_all();
        assert!(report.complete, "{name}: the search did not complete");
        if report.schedules != *budget {
            wrong.push(format!(
                "{name}: {} schedules, budget {budget}",
                report.schedules
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
