//! Time as the machine keeps it: when a timer may fire, and how polling
//! loops end. Outputs that real Go prints are golden tests; these check
//! the choices the machine offers, which real Go does not show.

use runtime::GoroutineId;
use runtime::machine::{OutcomeKind, TimeModel};
use runtime::sched::SeededScheduler;

/// `main` sleeps while a goroutine is still runnable.
const SLEEP_WHILE_WORKING: &str = "package main

import (
	\"fmt\"
	\"time\"
)

func main() {
	go func() {
		fmt.Println(\"work\")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(\"woke\")
}
";

fn machine(src: &str) -> runtime::machine::Machine {
    runtime::build(src)
        .expect("builds")
        .machine(runtime::machine::Limits::default())
}

/// Steps `main` until it blocks, and returns the choices then.
fn choices_once_main_sleeps(src: &str) -> Vec<GoroutineId> {
    let mut m = machine(src);
    let mut sched = SeededScheduler::new(0);
    while m.wait_reason(GoroutineId::MAIN).is_none() {
        m.step(GoroutineId::MAIN, &mut sched);
    }
    m.choices()
}

#[test]
fn in_gos_model_a_timer_may_fire_while_goroutines_can_run() {
    let choices = choices_once_main_sleeps(SLEEP_WHILE_WORKING);
    assert_eq!(
        choices,
        [GoroutineId::new(2).unwrap(), GoroutineId::TIMERS],
        "the working goroutine, and the timers"
    );
    let mut m = machine(SLEEP_WHILE_WORKING);
    let mut sched = SeededScheduler::new(0);
    while m.wait_reason(GoroutineId::MAIN).is_none() {
        m.step(GoroutineId::MAIN, &mut sched);
    }
    assert_eq!(m.early_timer_ns(), Some(1_000_000));
    m.step(GoroutineId::TIMERS, &mut sched);
    assert_eq!(m.clock_ns(), 1_000_000, "the clock moved to the timer");
    assert!(m.runnable().contains(&GoroutineId::MAIN), "main woke first");
}

#[test]
fn in_the_synctest_bubble_timers_wait_for_everyone_to_block() {
    let src = format!("//dojo:synctest\n{SLEEP_WHILE_WORKING}");
    assert_eq!(runtime::time_model_of(&src), TimeModel::Bubble);
    assert_eq!(runtime::time_model_of(SLEEP_WHILE_WORKING), TimeModel::Go);
    assert_eq!(
        choices_once_main_sleeps(&src),
        [GoroutineId::new(2).unwrap()]
    );
}

#[test]
fn a_plain_run_takes_sleeps_to_outlast_the_work_around_them() {
    let outcome = runtime::run_source_seeded(SLEEP_WHILE_WORKING, 0);
    assert_eq!(outcome.stdout(), "work\nwoke\n");
}

/// Polls without yielding; the state repeats until the flag changes.
const SPIN_ON_FLAG: &str = "package main

import (
	\"fmt\"
	\"sync/atomic\"
	\"time\"
)

func main() {
	var done atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		done.Store(true)
	}()
	for !done.Load() {
	}
	fmt.Println(\"done\")
}
";

#[test]
fn a_goroutine_that_only_repeats_itself_waits_for_a_change() {
    let mut m = machine(SPIN_ON_FLAG);
    let outcome = m.run(&mut SeededScheduler::new(0));
    assert_eq!(outcome.stdout(), "done\n");
    assert!(
        m.steps() < 100,
        "{} steps: the loop was unrolled",
        m.steps()
    );
}

#[test]
fn spinning_with_nothing_left_to_change_is_the_step_limit_not_a_deadlock() {
    let src = "package main

import \"runtime\"

func main() {
	for {
		runtime.Gosched()
	}
}
";
    let outcome = runtime::run_source_seeded(src, 0);
    assert_eq!(outcome.kind(), OutcomeKind::Limit, "{outcome:?}");
    assert!(!outcome.stderr().contains("deadlock"));
}

#[test]
fn polling_that_counts_its_polls_still_lets_time_pass() {
    let src = "package main

import (
	\"fmt\"
	\"time\"
)

func main() {
	done := make(chan struct{})
	go func() {
		time.Sleep(time.Second)
		close(done)
	}()
	polls := 0
	for {
		select {
		case <-done:
			fmt.Println(\"done\", polls > 0)
			return
		default:
			polls++
			time.Sleep(0)
		}
	}
}
";
    let outcome = runtime::run_source_seeded(src, 0);
    assert_eq!(outcome.stdout(), "done true\n", "{outcome:?}");
}
