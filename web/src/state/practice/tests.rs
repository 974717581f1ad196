//! The practice side driven the way the page drives it: an interview from
//! start to summary, write-ups from a failing run, the stored sessions.

use super::*;
use crate::state::{Action, ProgramRef, RunTab};
use lessons::Task;
use yew::Reducible;

fn act(state: Rc<AppState>, action: Action) -> Rc<AppState> {
    state.reduce(action)
}

fn practice(state: Rc<AppState>, action: PracticeAction) -> Rc<AppState> {
    act(state, Action::Practice(action))
}

fn explore(src: &str) -> Rc<Report> {
    let build = runtime::build(src).unwrap();
    Rc::new(explore::Explorer::new(&build, &session::verify::options(false)).run_all())
}

/// Explore, as the page's effect does it: start, then the final report.
fn explored(state: Rc<AppState>) -> Rc<AppState> {
    let report = explore(&state.session.source);
    let state = act(state, Action::StartExplore);
    assert_eq!(state.run_tab, RunTab::Explore);
    act(state, Action::ExploreProgress(report, true))
}

/// Fills every section of a draft in `lang`.
fn write_all(mut state: Rc<AppState>, kind: Kind) -> Rc<AppState> {
    let (rca, review) = sections();
    let n = match kind {
        Kind::Rca => rca,
        Kind::Review => review,
    };
    for part in 0..usize::from(n) {
        let text = format!("第 {part} 节：说清楚了。");
        state = practice(state, PracticeAction::Edit { kind, part, text });
    }
    state
}

fn scenario(slug: &str) -> &'static Scenario {
    crate::course::scenarios()
        .iter()
        .find(|s| s.slug == slug)
        .unwrap()
}

#[test]
fn an_interview_goes_from_reproduce_to_summary() {
    let s = scenario("receiver-closes-links");
    let state = Rc::new(AppState::initial(Some("zh"), None));
    let state = practice(
        state,
        PracticeAction::StartInterview {
            scenario: s,
            minutes: 10,
        },
    );
    assert_eq!(state.practice.side, Side::Interview);
    assert_eq!(*state.session.source, *s.start);
    let i = state.practice.interview.clone().unwrap();
    assert_eq!((i.total_s, i.left_s, i.reproduced), (600, 600, false));

    // Reproduce with Explore: the scenario's panic is among the outcomes.
    let state = explored(state);
    assert!(state.practice.interview.as_ref().unwrap().reproduced);
    let failing = state
        .practice
        .failing
        .as_ref()
        .expect("the failing run is kept");
    assert!(failing.report.is_some());

    // Explain: the RCA is drafted from that run, then written.
    let state = practice(state, PracticeAction::Draft(Kind::Rca));
    assert_eq!(state.practice.side, Side::WriteUp);
    let rca = state.practice.rca.clone().unwrap();
    let error = rca.parts.iter().find(|p| p.id == "direct_error").unwrap();
    assert!(error.zh.contains("send on closed channel"), "{}", error.zh);
    let state = write_all(state, Kind::Rca);
    assert_eq!(state.practice.rca.as_ref().unwrap().unfinished(Lang::Zh), 0);

    // Fix: the edited program verifies clean.
    let state = act(state, Action::Edit(s.solution.to_string()));
    let state = act(state, Action::Rebuild);
    let state = act(state, Action::VerifyProgress(explore(s.solution), true));
    assert!(state.practice.interview.as_ref().unwrap().fixed);
    assert!(state.practice.fix.is_some());

    // Review, then a minute and a half passes and the learner finishes.
    let state = practice(state, PracticeAction::Draft(Kind::Review));
    let review = state.practice.review.clone().unwrap();
    assert!(
        review.parts.iter().any(|p| p.zh.contains("已在全部")),
        "{review:?}"
    );
    let mut state = write_all(state, Kind::Review);
    for _ in 0..90 {
        state = practice(state, PracticeAction::Tick);
    }
    let state = practice(state, PracticeAction::Finish);
    let i = state.practice.interview.clone().unwrap();
    assert!(i.finished);
    assert_eq!(i.left_s, 510);

    let past = &state.practice.past[0];
    assert_eq!(
        (past.rca, past.review, past.used_s, past.hints),
        (10, 3, 90, 0)
    );
    assert_eq!(past.score(), 100);
    let md = summary(&i, &state.practice, Lang::Zh);
    assert!(md.starts_with("# 面试总结："), "{md}");
    assert!(md.contains("| 得分 | 100/100 |"), "{md}");
    assert!(md.contains("| 用时 | 1:30 / 10:00 |"), "{md}");
    assert!(md.contains("第 6 节：说清楚了。"));
    // A finished session no longer ticks.
    let after = practice(state.clone(), PracticeAction::Tick);
    assert!(Rc::ptr_eq(&state, &after));
}

#[test]
fn the_countdown_stops_while_paused_and_time_up_finishes_the_session() {
    let s = scenario("abandoned-quote");
    let state = Rc::new(AppState::initial(None, None));
    let mut state = practice(
        state,
        PracticeAction::StartInterview {
            scenario: s,
            minutes: 1,
        },
    );
    state = practice(state, PracticeAction::Pause(true));
    let paused = practice(state.clone(), PracticeAction::Tick);
    assert!(
        Rc::ptr_eq(&state, &paused),
        "a paused session does not change"
    );
    state = practice(state, PracticeAction::Pause(false));
    state = practice(state, PracticeAction::Hint);
    for _ in 0..60 {
        state = practice(state, PracticeAction::Tick);
    }
    let i = state.practice.interview.clone().unwrap();
    assert!(i.finished && i.left_s == 0 && i.hints == 1);
    let past = &state.practice.past[0];
    assert!(!past.reproduced && !past.fixed);
    assert_eq!(past.score(), 0, "nothing done and a hint used");
    let state = practice(state, PracticeAction::Close);
    assert!(state.practice.interview.is_none());
    assert_eq!(state.practice.past.len(), 1);
}

#[test]
fn a_stepped_failure_can_be_written_up_until_another_program_opens() {
    let state = Rc::new(AppState::initial(None, None));
    let nothing = practice(state.clone(), PracticeAction::Draft(Kind::Rca));
    assert!(Rc::ptr_eq(&state, &nothing), "no failing run yet");
    let schedule = explore(&state.session.source)
        .outcomes
        .iter()
        .find(|o| o.kind == OutcomeKind::Panic)
        .unwrap()
        .schedule
        .clone();
    let state = act(
        state,
        Action::LoadSchedule {
            schedule,
            step: None,
            at_end: true,
        },
    );
    let state = practice(state, PracticeAction::Draft(Kind::Rca));
    let rca = state.practice.rca.clone().unwrap();
    assert!(
        rca.parts
            .iter()
            .find(|p| p.id == "direct_error")
            .unwrap()
            .en
            .starts_with("panic: context: internal error: missing cancel error")
    );
    assert!(
        rca.parts[0].en.contains("The stop-channel race"),
        "{}",
        rca.parts[0].en
    );
    let program = &crate::programs::PROGRAMS[1];
    let state = act(
        state,
        Action::LoadProgram {
            program: ProgramRef::Example(program),
            source: program.source(),
        },
    );
    assert!(state.practice.failing.is_none() && state.practice.rca.is_none());
}

#[test]
fn a_write_task_skips_reproducing_and_is_graded_on_its_exact_output() {
    let s = scenario("ping-pong-printer");
    let state = Rc::new(AppState::initial(None, None));
    let state = practice(
        state,
        PracticeAction::StartInterview {
            scenario: s,
            minutes: 10,
        },
    );
    // The skeleton runs cleanly but prints in any order: nothing to
    // reproduce, and not written yet.
    let state = explored(state);
    let i = state.practice.interview.clone().unwrap();
    assert!(!i.reproduced && !i.fixed);

    // A first attempt that forgets the last turn: every interleaving
    // deadlocks, and the page says how many do not pass.
    let wrong = s.solution.replace(
        "if i < 10 { // after 10 nobody is left to take the turn",
        "if true {",
    );
    let state = act(state, Action::Edit(wrong.clone()));
    let state = act(state, Action::Rebuild);
    let report = explore(&wrong);
    assert_eq!(s.failing(&report), report.schedules);
    let state = act(state, Action::VerifyProgress(report, true));
    assert!(!state.practice.interview.as_ref().unwrap().fixed);

    // The right one passes in every interleaving.
    let state = act(state, Action::Edit(s.solution.to_string()));
    let state = act(state, Action::Rebuild);
    let report = explore(s.solution);
    assert_eq!(s.failing(&report), 0);
    let state = act(state, Action::VerifyProgress(report, true));
    assert!(state.practice.interview.as_ref().unwrap().fixed);

    let state = practice(state, PracticeAction::Finish);
    let past = &state.practice.past[0];
    assert!(past.write && !past.reproduced);
    assert_eq!(past.score(), 100, "no write-up is asked of a write task");
    assert_eq!(decode_past(&past.encode()), vec![past.clone()]);
    let i = state.practice.interview.clone().unwrap();
    let md = summary(&i, &state.practice, Lang::En);
    assert!(md.contains("| Write: complete the code"), "{md}");
    assert!(!md.contains("Reproduce"), "{md}");
}

#[test]
fn stored_sessions_round_trip_and_damaged_lines_are_dropped() {
    let past = Past {
        slug: scenario("lost-wakeup").slug,
        write: false,
        total_s: 1200,
        used_s: 754,
        reproduced: true,
        fixed: false,
        rca: 5,
        review: 0,
        hints: 2,
    };
    let text = encode_past(&[past.clone(), past.clone()]);
    assert_eq!(decode_past(&text), vec![past.clone(), past.clone()]);
    let damaged = format!(
        "{}\nno-such-scenario 60 1 0 0 0 0 0\nlost-wakeup 60 61 0 0 0 0 0\nlost-wakeup 60 1 2 0 0 0 0\n<script>\n",
        past.encode()
    );
    assert_eq!(decode_past(&damaged), vec![past]);
    assert!(decode_past("").is_empty());
}

#[test]
fn the_pool_holds_the_written_scenarios_and_the_course_bug_lessons() {
    let pool = crate::course::interview_pool();
    let written = pool
        .iter()
        .filter(|s| !s.slug.starts_with(crate::course::LESSON_SCENARIO));
    assert!(written.count() >= 6);
    let from_course: Vec<_> = pool
        .iter()
        .filter(|s| s.slug.starts_with(crate::course::LESSON_SCENARIO))
        .collect();
    assert!(from_course.len() >= 4, "{} bug lessons", from_course.len());
    let flagship = from_course
        .iter()
        .find(|s| matches!(s.task, Task::Fix { matches, .. } if matches.contains("missing cancel error")))
        .expect("the stop-channel race is in the pool");
    let mut slugs: Vec<_> = pool.iter().map(|s| s.slug).collect();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), pool.len());
    // An interview's program is never taken for the lesson's stored edit.
    assert!(
        crate::course::lessons()
            .iter()
            .all(|l| pool.iter().all(|s| s.folder != l.folder))
    );

    // The flagship lesson as an interview: Explore reproduces it.
    let state = Rc::new(AppState::initial(None, None));
    let state = practice(
        state,
        PracticeAction::StartInterview {
            scenario: flagship,
            minutes: 20,
        },
    );
    assert!(!state.practice.interview.as_ref().unwrap().reproduced);
    let state = explored(state);
    assert!(state.practice.interview.as_ref().unwrap().reproduced);
    let past = Past {
        slug: flagship.slug,
        write: false,
        total_s: 60,
        used_s: 1,
        reproduced: true,
        fixed: false,
        rca: 0,
        review: 0,
        hints: 0,
    };
    assert_eq!(decode_past(&past.encode()), vec![past]);
}
