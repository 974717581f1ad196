//! The hot loop (`machine/hot.rs`) runs most instructions, calls and
//! returns without the general loop's bookkeeping; these check that the
//! bookkeeping it skips still comes out exactly: time slices, the
//! instruction limit, and the call-depth limit. What the programs print is
//! the golden corpus's business (`tests/golden/lang/calls_and_returns.go`).

use runtime::machine::{Limit, Limits, Machine, OutcomeKind};
use runtime::sched::SeededScheduler;

/// The benchmark's recursive fib, at a size a debug build runs quickly.
fn fib_program() -> String {
    include_str!("../../../../tests/bench/fib.go").replace("fib(30)", "fib(18)")
}

fn run(src: &str, limits: Limits) -> Machine {
    let build = runtime::build(src).expect("builds");
    let mut m = build.machine(limits);
    m.run(&mut SeededScheduler::new(0));
    m
}

#[test]
fn time_slices_do_not_change_a_computation() {
    let fib = fib_program();
    let whole = run(&fib, Limits::default());
    let outcome = whole.outcome().cloned().expect("ends");
    assert_eq!(outcome.stdout(), "2584\n");
    for slice in [1, 2, 7, 1000] {
        let m = run(&fib, Limits::default().with_slice(slice));
        let sliced = m.outcome().cloned().expect("ends");
        assert_eq!(sliced.stdout(), outcome.stdout(), "slice {slice}");
        assert_eq!(m.instructions(), whole.instructions(), "slice {slice}");
        // One goroutine computing is preempted every `slice` instructions.
        assert!(
            m.steps() >= whole.instructions() / u64::from(slice),
            "slice {slice}: {} steps for {} instructions",
            m.steps(),
            whole.instructions()
        );
    }
}

#[test]
fn the_instruction_limit_stops_recursion_at_the_exact_count() {
    let fib = fib_program();
    for max in [1, 2, 1_000, 12_345] {
        let m = run(&fib, Limits::default().with_max_instructions(max));
        let outcome = m.outcome().cloned().expect("ends");
        assert_eq!(outcome.kind(), OutcomeKind::Limit, "max {max}");
        assert_eq!(outcome.limit(), Some(Limit::Instructions), "max {max}");
        // The instruction that would go over is counted, not run.
        assert_eq!(m.instructions(), max + 1, "max {max}");
    }
}

#[test]
fn unbounded_recursion_is_go_s_stack_overflow() {
    let src = "package main

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println(down(0))
}
";
    let m = run(src, Limits::default());
    let outcome = m.outcome().cloned().expect("ends");
    assert_eq!(outcome.exit_code(), 2);
    assert_eq!(
        outcome.stderr().lines().next(),
        Some("runtime: goroutine stack exceeds 1000000000-byte limit")
    );
    assert!(outcome.stderr().contains("fatal error: stack overflow"));
}
