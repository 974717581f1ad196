//! Programs written to hurt: an endless loop, a goroutine bomb, thousands
//! of goroutines left runnable. The explorer must stay in small pieces of
//! work (a page explores between frames), go on past a run that hits a
//! limit but stop after a few, and never claim to have covered what it
//! could not.

use explore::{Explorer, MAX_LIMITED_RUNS, Options, Report};
use runtime::machine::{Limit, OutcomeKind};

fn build(src: &str) -> runtime::Build {
    runtime::build(src).unwrap_or_else(|e| panic!("{e:?}"))
}

/// Explores in slices of `fuel` instructions; returns the report and how
/// many slices it took.
fn sliced(src: &str, fuel: u64) -> (Report, u64) {
    let b = build(src);
    let mut e = Explorer::new(&b, &options());
    let mut slices = 1;
    while !e.run_for(fuel) {
        slices += 1;
    }
    (e.report(), slices)
}

/// The page's options with smaller limits, so that the endless loop and
/// the bomb end quickly in a debug build (a run of the bomb costs the
/// square of its steps: every step looks at every runnable goroutine).
fn options() -> Options {
    Options {
        max_instructions: 5_000_000,
        max_steps: 4_000,
        ..Options::default()
    }
}

/// Every run hit a limit, and the search stopped after at most
/// [`MAX_LIMITED_RUNS`] of them: the limit the first outcome hit.
fn only_limit(report: &Report) -> Limit {
    assert_eq!(report.limited, report.schedules, "{report:?}");
    assert!(report.schedules <= MAX_LIMITED_RUNS, "{report:?}");
    assert!(!report.complete);
    assert!(
        report.outcomes.iter().all(|o| o.kind == OutcomeKind::Limit),
        "{report:?}"
    );
    let o = &report.outcomes[0];
    o.example.limit().unwrap_or_else(|| panic!("{o:?}"))
}

const ENDLESS: &str = "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n";

#[test]
fn an_endless_loop_is_explored_a_slice_at_a_time_and_stops_at_its_limit() {
    let (report, slices) = sliced(ENDLESS, 100_000);
    assert_eq!(only_limit(&report), Limit::Instructions);
    // 5 million instructions in slices of 100,000 (a step may overrun a
    // slice by at most one preemption slice of 10,000).
    let max = options().max_instructions;
    assert!(
        slices >= max / 110_000 && slices <= max / 100_000 + 1,
        "{slices}"
    );
}

#[test]
fn a_goroutine_bomb_stops_after_a_few_runs() {
    let src = include_str!("../../../../tests/hostile/goroutine_bomb.go");
    let (report, _) = sliced(src, 100_000);
    assert_eq!(only_limit(&report), Limit::Steps);
}

#[test]
fn a_loop_that_never_yields_inside_goroutines_is_one_limit_too() {
    let src = r#"package main

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			for {
			}
		}()
	}
	select {}
}
"#;
    let (report, _) = sliced(src, 100_000);
    assert!(matches!(
        only_limit(&report),
        Limit::Steps | Limit::Instructions
    ));
}

#[test]
fn too_many_goroutines_left_runnable_make_the_search_incomplete() {
    // main returns before any of them runs; which of them could have gone
    // first is more than the search probes, so it must not say "all".
    let src = r#"package main

import "fmt"

func main() {
	for i := 0; i < 100; i++ {
		go func() {
			fmt.Println("late")
		}()
	}
}
"#;
    let report = Explorer::new(&build(src), &options()).run_all();
    assert!(!report.complete, "{report:?}");
    assert!(report.outcomes.iter().all(|o| o.kind == OutcomeKind::Exit));

    // A handful is probed, and the search completes.
    let few = src.replace("100", "3");
    let report = Explorer::new(&build(&few), &options()).run_all();
    assert!(report.complete, "{report:?}");
}

#[test]
fn hundreds_of_goroutines_are_run_but_not_claimed_exhaustive() {
    // Too many goroutines for the race analysis: the search runs, finds
    // the clean exit, and says it did not cover everything.
    let src = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 600; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
"#;
    let mut e = Explorer::new(&build(src), &Options::default());
    while !e.run_for(100_000) {}
    let report = e.report();
    assert!(!report.complete, "{report:?}");
    assert_eq!(report.outcomes.len(), 1);
    assert_eq!(report.outcomes[0].stdout, "600\n");
}

#[test]
fn a_run_that_hits_a_limit_does_not_hide_the_other_outcomes() {
    let src = include_str!("../../../../tests/explore/limits/long_loop_in_one_interleaving.go");
    let report = Explorer::new(&build(src), &options()).run_all();
    assert!(!report.complete, "{report:?}");
    assert_eq!(report.limited, 1, "{report:?}");
    let mut kinds: Vec<&str> = report.outcomes.iter().map(|o| o.kind.as_str()).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["exit", "limit"]);
    assert!(report.outcomes.iter().any(|o| o.stdout == "ready\n"));
}
