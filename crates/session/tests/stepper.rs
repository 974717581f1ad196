//! The stepper as the playground uses it, on whole Go programs.

use explore::schedule::Schedule;
use session::view::{Arm, CtxKind, CtxState, LaneState, NextOp, View};
use session::{Question, Session, Stepped};

const MAIN: runtime::GoroutineId = runtime::GoroutineId::MAIN;

const FLAGSHIP: &str = include_str!("../../../tests/explore/stop_channel_race.go");
const MISSING_CANCEL: &str = "panic: context: internal error: missing cancel error";

fn explore_outcomes(src: &str) -> explore::Report {
    let build = runtime::build(src).unwrap();
    explore::Explorer::new(&build, &explore::Options::default()).run_all()
}

fn panic_schedule() -> Schedule {
    explore_outcomes(FLAGSHIP)
        .outcomes
        .into_iter()
        .find(|o| o.stderr_first_line == MISSING_CANCEL)
        .expect("the explorer finds the panic")
        .schedule
}

fn run_to_end(s: &mut Session) {
    while s.step_default() {}
}

/// Steps main until a step asks the learner something, and returns it.
fn step_main_until_asked(s: &mut Session) -> Question {
    loop {
        match s.step(Some(MAIN), &[]) {
            Stepped::Moved(_) => {}
            Stepped::Asks(q) => return q,
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn the_default_scheduler_shuts_the_flagship_down_cleanly() {
    let mut s = Session::new(FLAGSHIP);
    run_to_end(&mut s);
    let view = View::of(&s).unwrap();
    let outcome = view.outcome.unwrap();
    assert_eq!(outcome.exit_code(), 0);
    assert_eq!(view.stdout, "clean shutdown, backoff 151\n");
}

#[test]
fn a_loaded_counterexample_reaches_the_panic_in_the_watcher() {
    let mut s = Session::new(FLAGSHIP);
    let schedule = panic_schedule();
    assert_eq!(s.load_schedule(&schedule, None), session::Loaded::default());
    let view = View::of(&s).unwrap();
    let outcome = view.outcome.as_ref().expect("the run ended");
    assert!(
        outcome.stderr().starts_with(MISSING_CANCEL),
        "{}",
        outcome.stderr()
    );
    let watcher = view
        .lanes
        .iter()
        .find(|l| l.prelude)
        .expect("the watcher goroutine has a lane");
    assert!(
        watcher.entry.contains("propagateCancel"),
        "{}",
        watcher.entry
    );
    assert_eq!(watcher.state, LaneState::Panicked);
    // It stands where it panicked: inside context's cancel.
    let inner = watcher.inner.as_ref().unwrap_or(&watcher.at);
    assert_eq!(inner.file, "context.go");
    assert!(inner.func.contains("cancel"), "{}", inner.func);
    // The path is the schedule it was loaded from.
    assert_eq!(s.schedule(), schedule);
    // One step earlier the watcher had unwound its panic; its next step
    // crashes the program (Go lets others run in between).
    s.undo();
    let view = View::of(&s).unwrap();
    assert!(view.outcome.is_none());
    let watcher = view.lanes.iter().find(|l| l.prelude).unwrap();
    assert_eq!(watcher.next, Some(NextOp::Crash));
}

#[test]
fn undo_redo_and_forks_keep_every_branch() {
    let mut s = Session::new(FLAGSHIP);
    s.load_schedule(&panic_schedule(), None);
    let end = s.current();
    let depth = s.depth();
    let stdout_at_end = View::of(&s).unwrap().stderr;
    while s.undo() {}
    assert_eq!(s.depth(), 0);
    assert!(View::of(&s).unwrap().outcome.is_none());
    for _ in 0..depth {
        assert!(s.redo());
    }
    assert_eq!(s.current(), end);
    assert_eq!(View::of(&s).unwrap().stderr, stdout_at_end);

    // Go back to the first point with two runnable goroutines and take
    // the other one: a new branch beside the old.
    s.reset();
    while s.machine().unwrap().runnable().len() < 2 {
        assert!(s.step_default());
    }
    let fork_at = s.current();
    let runnable = s.machine().unwrap().runnable().to_vec();
    let Stepped::Moved(a) = s.step(Some(runnable[0]), &[]) else {
        panic!("first goroutine steps")
    };
    s.undo();
    let Stepped::Moved(b) = s.step(Some(runnable[1]), &[]) else {
        panic!("second goroutine steps")
    };
    assert_ne!(a, b);
    let history = s.history().unwrap();
    assert!(history.node(fork_at).children.len() >= 2);
    // Stepping the same goroutine again revisits, never duplicates.
    s.undo();
    assert_eq!(s.step(Some(runnable[1]), &[]), Stepped::Moved(b));
}

#[test]
fn revisited_states_equal_freshly_computed_ones() {
    let mut s = Session::new(FLAGSHIP);
    s.load_schedule(&panic_schedule(), None);
    let views: Vec<View> = {
        let mut v = vec![View::of(&s).unwrap()];
        while s.undo() {
            v.push(View::of(&s).unwrap());
        }
        v
    };
    // Walking forward again rebuilds states from keyframes by replay.
    for expected in views.iter().rev().skip(1) {
        assert!(s.redo());
        assert_eq!(&View::of(&s).unwrap(), expected);
    }
}

#[test]
fn the_flagship_views_name_the_channel_and_show_the_context_tree() {
    let mut s = Session::new(FLAGSHIP);
    // Run main until it has made the context and started the worker.
    while !View::of(&s).unwrap().lanes.iter().any(|l| l.prelude) {
        assert!(s.step(Some(MAIN), &[]) != Stepped::Over);
    }
    let view = View::of(&s).unwrap();
    let stop = view
        .channels
        .iter()
        .find(|c| c.name == "stop")
        .expect("stop");
    assert_eq!(stop.elem, "struct{}");
    assert_eq!(stop.cap, 0);
    assert!(!stop.closed);
    let cancel = view
        .contexts
        .iter()
        .find(|c| c.kind == CtxKind::Cancel)
        .expect("the cancelCtx");
    assert_eq!(cancel.state, CtxState::Active);
    let parent = &view.contexts[cancel.parent.expect("its parent")];
    assert!(
        matches!(&parent.kind, CtxKind::Foreign(name) if name.contains("wait")),
        "{:?}",
        parent.kind
    );
    let watcher = view.lanes.iter().find(|l| l.prelude).unwrap();
    assert_eq!(cancel.watchers, vec![watcher.id]);
    // context.WithCancel locked and loaded atomics on main's behalf; the
    // lane's timeline leaves those library internals out.
    let main = &view.lanes[0];
    assert!(
        !main
            .events
            .iter()
            .any(|e| matches!(e.kind(), runtime::machine::EventKind::Sync { .. })),
        "{:?}",
        main.events
    );
}

#[test]
fn cancellation_shows_in_the_context_tree() {
    let src = r#"package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	root, cancel := context.WithCancelCause(context.Background())
	child := context.WithValue(root, "k", 1)
	grandchild, stop := context.WithCancel(child)
	defer stop()
	cancel(errors.New("shutting down"))
	<-grandchild.Done()
	fmt.Println(grandchild.Err(), context.Cause(grandchild))
}
"#;
    let mut s = Session::new(src);
    run_to_end(&mut s);
    let view = View::of(&s).unwrap();
    assert_eq!(view.stdout, "context canceled shutting down\n");
    let canceled: Vec<_> = view
        .contexts
        .iter()
        .filter_map(|c| match &c.state {
            CtxState::Canceled { err, cause } => Some((err.as_str(), cause.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        canceled,
        vec![
            ("context canceled", "shutting down"),
            ("context canceled", "shutting down")
        ]
    );
    let value = view
        .contexts
        .iter()
        .find(|c| c.kind == CtxKind::Value)
        .unwrap();
    assert_eq!(value.pair, Some(("\"k\"".into(), "1".into())));
    assert!(view.contexts.iter().any(|c| c.kind == CtxKind::Background));
}

#[test]
fn a_select_with_two_ready_cases_asks_the_learner() {
    let src = r#"package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
}
"#;
    let mut s = Session::new(src);
    loop {
        match s.step(Some(MAIN), &[]) {
            Stepped::Moved(_) => {}
            Stepped::Asks(q) => {
                assert_eq!(
                    q,
                    Question::Case {
                        goroutine: MAIN,
                        ready: vec![0, 1]
                    }
                );
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    let lane = &View::of(&s).unwrap().lanes[0];
    let arm = |chan: &str| Arm {
        send: false,
        chan: chan.into(),
        ready: true,
    };
    assert_eq!(lane.next, Some(NextOp::Select(vec![arm("a"), arm("b")])));
    assert!(matches!(s.step(Some(MAIN), &[1]), Stepped::Moved(_)));
    run_to_end(&mut s);
    assert_eq!(View::of(&s).unwrap().stdout, "b 2\n");
    // The answer is part of the schedule and replays.
    let schedule = s.schedule();
    let replayed = explore::replay(
        s.build().unwrap(),
        &schedule,
        &explore::Options::default(),
        false,
    );
    assert_eq!(replayed.run.outcome.unwrap().stdout(), "b 2\n");
}

#[test]
fn blocked_goroutines_say_on_what() {
    let src = r#"package main

import "time"

func main() {
	results := make(chan int)
	go func() { time.Sleep(50 * time.Millisecond); results <- 1 }()
	go func() { <-results }()
	time.Sleep(time.Second)
}
"#;
    let mut s = Session::new(src);
    // Step the lowest runnable goroutine until everyone has blocked and
    // the clock had to move on.
    while View::of(&s).unwrap().clock_ns == 0 {
        let g = s.machine().unwrap().runnable()[0];
        assert!(matches!(s.step(Some(g), &[]), Stepped::Moved(_)));
    }
    let view = View::of(&s).unwrap();
    assert_eq!(view.clock_ns, 50_000_000);
    let reasons: Vec<String> = view
        .lanes
        .iter()
        .map(|l| match &l.state {
            LaneState::Blocked(w) => format!(
                "{} {} {:?}",
                w.reason,
                w.chan.clone().unwrap_or_default(),
                w.until_ns
            ),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        reasons,
        vec![
            "sleep  Some(1000000000)",
            "Runnable",
            "chan receive results None"
        ]
    );
}

#[test]
fn a_share_link_opens_at_the_same_step() {
    let mut s = Session::new(FLAGSHIP);
    s.load_schedule(&panic_schedule(), None);
    s.undo();
    s.undo();
    let link = session::share::encode(&s.source, &s.schedule(), s.depth());
    let shared = session::share::decode(&link).unwrap();
    let mut opened = Session::new(&shared.code);
    opened.load_schedule(&shared.schedule.unwrap(), shared.step);
    assert_eq!(opened.depth(), s.depth());
    assert_eq!(View::of(&opened).unwrap(), View::of(&s).unwrap());
}

#[test]
fn programs_that_do_not_compile_give_diagnostics_and_no_run() {
    let mut s = Session::new("package main\n\nfunc main() { x := 1 }\n");
    assert_eq!(s.diagnostics[0].message(), "declared and not used: x");
    assert!(View::of(&s).is_none());
    assert_eq!(s.step(Some(MAIN), &[]), Stepped::Over);
    assert!(!s.undo());
}

#[test]
fn verdicts_count_failing_interleavings() {
    let report = explore_outcomes(FLAGSHIP);
    match session::verify::Verdict::of(&report) {
        session::verify::Verdict::Failing {
            failing,
            racy,
            other,
            schedules,
            complete,
            worst,
        } => {
            assert_eq!((failing, racy, other), (36, 0, 36));
            assert_eq!((schedules, complete), (107, true));
            assert_eq!(worst.stderr_first_line, MISSING_CANCEL);
        }
        other => panic!("{other:?}"),
    }
    let fixed = include_str!("../../../tests/explore/stop_channel_fixed_once.go");
    let mut v = session::verify::Verifier::new(&runtime::build(fixed).unwrap(), false);
    while !v.run(10) {}
    assert!(session::verify::Verdict::of(&v.report()).is_clean());
}

/// Two goroutines doing `counter++`: every interleaving races, with or
/// without a lost update, and the verdict counts them all.
#[test]
fn a_data_race_is_never_a_clean_verdict() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tcounter := 0\n\tvar wg sync.WaitGroup\n\tfor range 2 {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tcounter++\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(\"counter:\", counter)\n}\n";
    let mut v = session::verify::Verifier::new(&runtime::build(src).unwrap(), false);
    while !v.run(10) {}
    let report = v.report();
    assert!(report.outcomes.iter().any(|o| o.stdout == "counter: 1\n"));
    match session::verify::Verdict::of(&report) {
        session::verify::Verdict::Failing {
            failing,
            racy,
            other,
            schedules,
            worst,
            ..
        } => {
            assert_eq!((failing, racy, other), (schedules, schedules, 0));
            assert_eq!(worst.exit_code, 66);
            assert!(
                worst
                    .example
                    .stderr()
                    .starts_with("==================\nWARNING: DATA RACE\n")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn math_rand_asks_the_learner_for_the_value() {
    let src = r#"package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(6) + 1)
}
"#;
    let mut s = Session::new(src);
    let question = step_main_until_asked(&mut s);
    assert_eq!(
        question,
        Question::Rand {
            goroutine: MAIN,
            n: 6
        }
    );
    // An answer out of range is asked again, not taken.
    assert!(matches!(s.step(Some(MAIN), &[9]), Stepped::Asks(_)));
    assert!(matches!(s.step(Some(MAIN), &[5]), Stepped::Moved(_)));
    run_to_end(&mut s);
    assert_eq!(View::of(&s).unwrap().stdout, "6\n");
    assert_eq!(s.schedule().choices.last(), Some(&5));
}

#[test]
fn a_range_over_a_map_asks_where_it_starts() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{\"x\": 1, \"y\": 2, \"z\": 3}\n\tfor k := range m {\n\t\tfmt.Print(k)\n\t}\n\tfmt.Println()\n}\n";
    let mut s = Session::new(src);
    let question = step_main_until_asked(&mut s);
    assert_eq!(
        question,
        Question::MapOrder {
            goroutine: MAIN,
            n: 3,
            starts: vec!["\"x\"".into(), "\"y\"".into(), "\"z\"".into()],
        }
    );
    assert!(matches!(s.step(Some(MAIN), &[2]), Stepped::Moved(_)));
    run_to_end(&mut s);
    assert_eq!(View::of(&s).unwrap().stdout, "zxy\n");
}

#[test]
fn a_link_deep_into_a_goroutine_bomb_is_cut_short() {
    // A share link to step 20,000 of a program that starts a goroutine per
    // step: replayed in full it would copy ~200 million goroutines.
    let src = "package main\n\nimport \"time\"\n\nfunc main() {\n\tfor {\n\t\tgo func() {\n\t\t\ttime.Sleep(time.Hour)\n\t\t}()\n\t}\n}\n";
    let mut s = Session::new(src);
    let loaded = s.load_schedule(&Schedule::default(), Some(20_000));
    assert!(loaded.cut_short);
    assert!(s.depth() > 500 && s.depth() < 20_000, "{}", s.depth());
    // The session still works from where it stopped.
    assert!(matches!(s.step(Some(MAIN), &[]), Stepped::Moved(_)));
    assert!(s.undo() && s.undo());
}

/// A timeout against a goroutine about to send.
const TIMEOUT_RACE: &str = include_str!("../../../tests/explore/select_timeout_races_send.go");

#[test]
fn the_learner_can_fire_a_timer_while_goroutines_can_run() {
    let mut s = Session::new(TIMEOUT_RACE);
    // main starts the sender, arms the timer and blocks in select.
    while s.machine().unwrap().wait_reason(MAIN).is_none() {
        assert!(matches!(s.step(Some(MAIN), &[]), Stepped::Moved(_)));
    }
    let view = View::of(&s).unwrap();
    assert_eq!(view.early_timer_ns, Some(1_000_000));
    assert!(s.can_step(runtime::GoroutineId::TIMERS));
    assert!(matches!(
        s.step(Some(runtime::GoroutineId::TIMERS), &[]),
        Stepped::Moved(_)
    ));
    run_to_end(&mut s);
    assert_eq!(s.machine().unwrap().stdout(), b"timeout\n");
    // The path, timer firing included, is a schedule that loads back.
    let schedule = s.schedule();
    let mut again = Session::new(TIMEOUT_RACE);
    again.load_schedule(&schedule, None);
    run_to_end(&mut again);
    assert_eq!(again.machine().unwrap().stdout(), b"timeout\n");
}

#[test]
fn the_explorers_timer_firings_replay_in_the_stepper() {
    let report = explore_outcomes(TIMEOUT_RACE);
    let timeout = report
        .outcomes
        .iter()
        .find(|o| o.stdout == "timeout\n")
        .expect("the timeout can win");
    let mut s = Session::new(TIMEOUT_RACE);
    let loaded = s.load_schedule(&timeout.schedule, None);
    assert_eq!(loaded.diverged, None);
    run_to_end(&mut s);
    assert_eq!(s.machine().unwrap().stdout(), b"timeout\n");
}
