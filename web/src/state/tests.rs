//! The reducer, driven the way the page drives it.

use super::*;
use crate::programs;
use crate::state::Progress;

/// Goroutine `n`'s id.
fn gid(n: u32) -> GoroutineId {
    GoroutineId::new(n).expect("ids start at 1")
}

fn flagship() -> Rc<AppState> {
    Rc::new(AppState::initial(None, None))
}

fn act(state: Rc<AppState>, action: Action) -> Rc<AppState> {
    state.reduce(action)
}

fn panic_schedule(state: &AppState) -> explore::schedule::Schedule {
    let build = state.session.build().unwrap();
    explore::Explorer::new(build, &explore::Options::default())
        .run_all()
        .outcomes
        .into_iter()
        .find(|o| o.kind == runtime::machine::OutcomeKind::Panic)
        .unwrap()
        .schedule
}

#[test]
fn url_language_wins_over_stored_language() {
    assert_eq!(AppState::initial(Some("zh"), Some("en")).lang, Lang::Zh);
    assert_eq!(AppState::initial(None, Some("zh")).lang, Lang::Zh);
    assert_eq!(
        AppState::initial(Some("xx"), Some("garbage")).lang,
        Lang::En
    );
    let both = AppState::initial(Some("both"), Some("zh"));
    assert!(both.both);
    assert_eq!(both.lang, Lang::Zh);
}

#[test]
fn stepping_a_goroutine_moves_the_view_and_undo_takes_it_back() {
    let s = flagship();
    assert_eq!(s.view.as_ref().unwrap().step, 0);
    let s = act(s, Action::Step(gid(1)));
    assert_eq!(s.view.as_ref().unwrap().step, 1);
    assert_eq!(s.view.as_ref().unwrap().last, Some(gid(1)));
    let s = act(s, Action::Undo);
    assert_eq!(s.view.as_ref().unwrap().step, 0);
    let s = act(s, Action::Redo);
    assert_eq!(s.view.as_ref().unwrap().step, 1);
    // A goroutine that does not exist changes nothing.
    let before = s.clone();
    let after = act(s, Action::Step(gid(42)));
    assert!(Rc::ptr_eq(&before, &after));
}

#[test]
fn a_replayed_counterexample_starts_at_the_beginning_and_redo_walks_it() {
    let s = flagship();
    let schedule = panic_schedule(&s);
    let s = act(
        s,
        Action::LoadSchedule {
            schedule,
            step: None,
            at_end: false,
        },
    );
    assert_eq!(s.session.depth(), 0);
    let mut s = s;
    while s
        .session
        .history()
        .unwrap()
        .node(s.session.current())
        .last_child
        .is_some()
    {
        s = act(s, Action::Redo);
    }
    let view = s.view.as_ref().unwrap();
    assert!(
        view.stderr
            .starts_with("panic: context: internal error: missing cancel error")
    );
}

#[test]
fn edits_wait_for_the_debounce_then_rebuild_and_reverify() {
    let s = flagship();
    let generation = s.generation;
    let s = act(s, Action::Step(gid(1)));
    let s = act(s, Action::Edit("package main\n\nfunc main() {}\n".into()));
    // The draft changed; the session has not yet.
    assert_eq!(s.session.depth(), 1);
    assert!(matches!(s.verify, VerifyState::Pending));
    let s = act(s, Action::Rebuild);
    assert_eq!(s.generation, generation + 1);
    assert_eq!(s.session.depth(), 0);
    assert_eq!(&*s.session.source, "package main\n\nfunc main() {}\n");
    // A broken edit gives diagnostics and no view, not a crash.
    let s = act(s, Action::Edit("package main\nfunc main() { x }\n".into()));
    let s = act(s, Action::Rebuild);
    assert!(s.view.is_none());
    assert!(!s.session.diagnostics.is_empty());
    assert!(act(s, Action::Step(gid(1))).view.is_none());
}

#[test]
fn a_program_over_the_size_limit_is_not_built() {
    let s = flagship();
    let generation = s.generation;
    let mut long = String::from("package main\n\nfunc main() {}\n");
    long.push_str(&"// padding\n".repeat(MAX_PROGRAM / 11 + 1));
    let s = act(s, Action::Edit(long));
    let s = act(s, Action::Rebuild);
    assert_eq!(s.notice, Some(Notice::ProgramTooLong));
    assert_eq!(s.generation, generation, "the old build stays");
    // Shortened back under the limit, it builds.
    let s = act(s, Action::Edit("package main\n\nfunc main() {}\n".into()));
    let s = act(s, Action::Rebuild);
    assert_eq!(s.generation, generation + 1);
}

#[test]
fn a_select_question_waits_for_the_answer() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := make(chan int, 1)\n\tb := make(chan int, 1)\n\ta <- 1\n\tb <- 2\n\tselect {\n\tcase v := <-a:\n\t\tfmt.Println(\"a\", v)\n\tcase v := <-b:\n\t\tfmt.Println(\"b\", v)\n\t}\n}\n";
    let mut s = act(
        flagship(),
        Action::LoadProgram {
            program: ProgramRef::Shared,
            source: src.into(),
        },
    );
    while s.question.is_none() {
        s = act(s, Action::Step(gid(1)));
    }
    let depth = s.session.depth();
    let s = act(s, Action::Answer(1));
    assert!(s.question.is_none());
    assert_eq!(s.session.depth(), depth + 1);
    let mut s = s;
    while !s.session.is_over() {
        s = act(s, Action::Step(gid(1)));
    }
    assert_eq!(s.view.as_ref().unwrap().stdout, "b 2\n");
}

#[test]
fn running_ticks_until_the_end_and_pause_stops() {
    let s = act(flagship(), Action::Run);
    assert!(s.running);
    let s = act(s, Action::Pause);
    assert!(!s.running);
    let mut s = act(s, Action::Run);
    for _ in 0..1000 {
        if !s.running {
            break;
        }
        s = act(s, Action::Tick);
    }
    assert!(!s.running);
    assert!(s.session.is_over());
    // Ticks after the end do nothing.
    let before = s.clone();
    assert!(Rc::ptr_eq(&before, &act(s, Action::Tick)));
}

#[test]
fn exploration_reports_progress_and_can_be_cancelled() {
    let s = act(flagship(), Action::StartExplore);
    assert!(s.explore.is_running());
    assert_eq!(s.run_tab, RunTab::Explore);
    let build = s.session.build().unwrap().clone();
    let mut explorer = explore::Explorer::new(&build, &explore::Options::default());
    explorer.run(10);
    let s = act(
        s,
        Action::ExploreProgress(Rc::new(explorer.report()), false),
    );
    assert_eq!(s.explore.report().unwrap().schedules, 10);
    let s = act(s, Action::CancelExplore);
    assert!(matches!(s.explore, ExploreState::Cancelled(Some(_))));
    // Late progress from a cancelled run is ignored.
    let s = act(
        s,
        Action::ExploreProgress(Rc::new(explorer.run_all()), true),
    );
    assert!(matches!(s.explore, ExploreState::Cancelled(_)));
}

#[test]
fn every_example_program_builds() {
    for p in programs::PROGRAMS {
        let s = AppState::with_program(Lang::En, false, ProgramRef::Example(p), &p.source());
        assert!(
            s.session.diagnostics.is_empty(),
            "{}: {:?}",
            p.id,
            s.session.diagnostics
        );
        assert!(!p.source().contains("// Outcome:"));
    }
}

#[test]
fn a_lesson_checks_its_goals_as_the_learner_works() {
    let lesson = lessons::by_slug("stop-channel-race").unwrap();
    let s = act(
        flagship(),
        Action::OpenLesson {
            lesson,
            source: lesson.start.to_string(),
            progress: Progress::new(lesson),
        },
    );
    assert_eq!(s.program, ProgramRef::Lesson(lesson));
    assert_eq!(s.pane, Pane::Lesson);
    // Reach: step into the panic (the explorer's simplest schedule).
    let schedule = panic_schedule(&s);
    let mut s = act(
        s,
        Action::LoadSchedule {
            schedule,
            step: None,
            at_end: true,
        },
    );
    assert!(s.progress.done[0], "{:?}", s.progress);
    // Quizzes: a wrong answer is not a met goal, the right one is.
    for (i, g) in lesson.goals.iter().enumerate() {
        if let lessons::Goal::Choose {
            answer, options, ..
        } = g
        {
            let wrong = (answer + 1) % options.len();
            s = act(
                s,
                Action::Choose {
                    goal: i,
                    option: wrong,
                },
            );
            assert!(!s.progress.done[i]);
            s = act(
                s,
                Action::Choose {
                    goal: i,
                    option: *answer,
                },
            );
            assert!(s.progress.done[i]);
        }
    }
    assert!(!s.progress.complete());
    // Verify: edit into the solution; once every interleaving is clean the
    // last goal is met and the lesson is complete.
    let s = act(s, Action::Edit(lesson.solution.to_string()));
    let s = act(s, Action::Rebuild);
    let build = s.session.build().unwrap().clone();
    let report = explore::Explorer::new(&build, &session::verify::options(false)).run_all();
    let s = act(s, Action::VerifyProgress(Rc::new(report), true));
    assert!(s.progress.complete(), "{:?}", s.progress);
    // Hints come one at a time, no further than there are.
    let mut s = s;
    for _ in 0..10 {
        s = act(s, Action::RevealHint);
    }
    assert_eq!(s.progress.hints, lesson.hints.len());
}
