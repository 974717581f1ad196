//! The sampling and bounded strategies on the flagship race, and the
//! explorer's slicing: what each promises, checked.

use explore::{Explorer, Options, StrategyKind, replay};
use runtime::machine::OutcomeKind;
use std::path::Path;

fn flagship() -> runtime::Build {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore/stop_channel_race.go");
    runtime::build(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn options(strategy: StrategyKind) -> Options {
    Options {
        strategy,
        max_schedules: 500,
        ..Options::default()
    }
}

fn kinds(report: &explore::Report) -> Vec<OutcomeKind> {
    let mut k: Vec<OutcomeKind> = report.outcomes.iter().map(|o| o.kind).collect();
    k.sort_by_key(|k| k.as_str());
    k
}

#[test]
fn every_strategy_finds_the_missing_cancel_error_panic() {
    let build = flagship();
    for strategy in [
        StrategyKind::Dfs,
        StrategyKind::Bounded,
        StrategyKind::Random,
        StrategyKind::Pct,
    ] {
        let report = Explorer::new(&build, &options(strategy)).run_all();
        assert_eq!(
            kinds(&report),
            [OutcomeKind::Exit, OutcomeKind::Panic],
            "{strategy:?}"
        );
        let panic = report
            .outcomes
            .iter()
            .find(|o| o.kind == OutcomeKind::Panic)
            .unwrap();
        assert_eq!(
            panic.stderr_first_line,
            "panic: context: internal error: missing cancel error"
        );
        let again = replay(&build, &panic.schedule, &options(strategy), false);
        assert_eq!(again.run.outcome.unwrap().stderr(), panic.example.stderr());
    }
}

#[test]
fn only_an_exhaustive_search_claims_completeness() {
    let build = flagship();
    let dfs = Explorer::new(&build, &options(StrategyKind::Dfs)).run_all();
    assert!(dfs.complete);
    for strategy in [StrategyKind::Random, StrategyKind::Pct] {
        let r = Explorer::new(&build, &options(strategy)).run_all();
        assert!(!r.complete, "{strategy:?}");
        assert_eq!(r.schedules, 500, "{strategy:?} stops at --max-schedules");
    }
    // The panic needs a preemption: with none allowed the search misses
    // it, and says it was cut short.
    let none = Explorer::new(
        &build,
        &Options {
            preemption_bound: 0,
            ..options(StrategyKind::Bounded)
        },
    )
    .run_all();
    assert!(!none.complete);
    assert_eq!(kinds(&none), [OutcomeKind::Exit]);
    let capped = Explorer::new(
        &build,
        &Options {
            max_schedules: 3,
            ..options(StrategyKind::Dfs)
        },
    )
    .run_all();
    assert!(!capped.complete);
    assert_eq!(capped.schedules, 3);
}

#[test]
fn the_simplest_counterexample_is_kept() {
    let report = Explorer::new(&flagship(), &options(StrategyKind::Dfs)).run_all();
    for o in &report.outcomes {
        let fewest = if o.kind == OutcomeKind::Panic { 1 } else { 0 };
        assert_eq!(o.preemptions, fewest, "{:?}", o.kind);
    }
}

#[test]
fn exploring_in_slices_gives_the_same_report() {
    let build = flagship();
    let whole = Explorer::new(&build, &options(StrategyKind::Dfs)).run_all();
    let mut sliced = Explorer::new(&build, &options(StrategyKind::Dfs));
    let mut slices = 0;
    while !sliced.run(7) {
        slices += 1;
        let so_far = sliced.report();
        assert!(!so_far.complete && so_far.schedules <= 7 * slices);
    }
    let sliced = sliced.report();
    assert!(slices > 1 && sliced.complete);
    assert_eq!(sliced.schedules, whole.schedules);
    assert_eq!(sliced.outcomes, whole.outcomes);
}

#[test]
fn seeded_strategies_are_reproducible() {
    let build = flagship();
    for strategy in [StrategyKind::Random, StrategyKind::Pct] {
        let a = Explorer::new(&build, &options(strategy)).run_all();
        let b = Explorer::new(&build, &options(strategy)).run_all();
        assert_eq!(a.outcomes, b.outcomes, "{strategy:?}");
    }
}

#[test]
fn exploring_by_fuel_gives_the_same_report() {
    let build = flagship();
    let whole = Explorer::new(&build, &options(StrategyKind::Dfs)).run_all();
    let mut sliced = Explorer::new(&build, &options(StrategyKind::Dfs));
    let mut slices = 0;
    // Far less than one schedule's instructions: runs are cut mid-way.
    while !sliced.run_for(50) {
        slices += 1;
    }
    let sliced = sliced.report();
    assert!(slices > whole.schedules, "{slices}");
    assert_eq!(sliced.schedules, whole.schedules);
    assert_eq!(sliced.outcomes, whole.outcomes);
    assert!(sliced.complete);
}

/// A map of more than eight entries is visited in an order its random hash
/// seed decides: the search samples a few shuffles and says it is not
/// complete, where a small map's rotations are all covered.
#[test]
fn a_big_maps_order_is_sampled_and_the_search_says_so() {
    let program = |n: usize| {
        format!(
            "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := map[int]bool{{}}\n\tfor i := 0; i < {n}; i++ {{\n\t\tm[i] = true\n\t}}\n\tfor k := range m {{\n\t\tfmt.Print(k, \" \")\n\t}}\n}}\n"
        )
    };
    let small = runtime::build(&program(8)).unwrap();
    let report = Explorer::new(&small, &Options::default()).run_all();
    assert!(report.complete);
    assert_eq!(report.outcomes.len(), 8);
    let big = runtime::build(&program(12)).unwrap();
    let report = Explorer::new(&big, &Options::default()).run_all();
    assert!(!report.complete);
    assert!(report.outcomes.len() > 1, "{:?}", report.outcomes.len());
    for o in &report.outcomes {
        let mut keys: Vec<i64> = o
            .stdout
            .split_whitespace()
            .map(|k| k.parse().unwrap())
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, (0..12).collect::<Vec<_>>());
    }
}

/// Loops that poll until another goroutine (woken by a timer) acts: Go's
/// scheduler preempts the poller after its time slice, so under every
/// strategy each run ends as in Go, none at the step limit.
#[test]
fn polling_loops_end_under_every_strategy() {
    for name in [
        "poll_mutex_flag",
        "poll_gosched_until_sleep",
        "poll_select_default_sleep0",
    ] {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/explore/{name}.go"));
        let build = runtime::build(&std::fs::read_to_string(path).unwrap()).unwrap();
        for strategy in [
            StrategyKind::Bounded,
            StrategyKind::Pct,
            StrategyKind::Random,
        ] {
            let report = Explorer::new(&build, &options(strategy)).run_all();
            assert_eq!(report.limited, 0, "{name} under {strategy:?}");
            assert_eq!(
                kinds(&report),
                [OutcomeKind::Exit],
                "{name} under {strategy:?}"
            );
        }
    }
}
