//! Drafts written from real runs of the flagship program.

use super::*;
use crate::course;
use session::Session;

const FLAGSHIP: &str = include_str!("../../../tests/explore/stop_channel_race.go");
const FIXED: &str = include_str!("../../../tests/explore/stop_channel_fixed_once.go");

fn explore(src: &str) -> Report {
    let build = runtime::build(src).unwrap();
    explore::Explorer::new(&build, &session::verify::options(false)).run_all()
}

/// The flagship, stepped through the explorer's panicking schedule to its end.
fn panicked() -> (View, Report) {
    let report = explore(FLAGSHIP);
    let schedule = report
        .outcomes
        .iter()
        .find(|o| o.kind == OutcomeKind::Panic)
        .unwrap()
        .schedule
        .clone();
    let mut session = Session::new(FLAGSHIP);
    assert_eq!(
        session.load_schedule(&schedule, None),
        session::Loaded::default()
    );
    (View::of(&session).unwrap(), report)
}

fn section<'a>(draft: &'a Draft, id: &str) -> &'a Part {
    draft.parts.iter().find(|p| p.id == id).unwrap()
}

#[test]
fn the_flagship_rca_holds_the_panic_the_watcher_and_the_send_line() {
    let (view, report) = panicked();
    let send_line = FLAGSHIP
        .lines()
        .position(|l| l.trim() == "stop <- struct{}{}")
        .unwrap()
        + 1;
    let facts = Facts {
        view: &view,
        program_name: "stop_channel_race.go".into(),
        explored: Some(&report),
        verified: None,
        changed_lines: Vec::new(),
        vet_finding: None,
    };
    let draft = Draft::new(Kind::Rca, course::rca(), &facts);
    assert_eq!(draft.parts.len(), course::rca().sections.len());

    let error = section(&draft, "direct_error");
    assert!(
        error
            .en
            .starts_with("panic: context: internal error: missing cancel error\n"),
        "{}",
        error.en
    );
    assert!(
        error
            .zh
            .starts_with("panic: context: internal error: missing cancel error\n")
    );
    // The goroutine that panicked is context's watcher, not the learner's.
    let watcher = facts.slot("panic_goroutine", Lang::En).unwrap();
    assert!(watcher.contains("propagateCancel"), "{watcher}");
    assert!(error.en.contains(&watcher));
    assert!(
        facts
            .slot("panic_location", Lang::En)
            .unwrap()
            .starts_with("context.go:")
    );

    let root = section(&draft, "root_cause");
    let send = format!("sent {{}} on stop — prog.go:{send_line}");
    assert!(root.en.contains(&send), "no {send:?} in\n{}", root.en);
    assert!(
        root.zh.contains(&format!("prog.go:{send_line}")),
        "{}",
        root.zh
    );
    let steps: Vec<&str> = root
        .en
        .lines()
        .filter(|l| l.starts_with(char::is_numeric))
        .collect();
    assert!(
        steps[0].contains("(context.(*cancelCtx).propagateCancel.func2): started"),
        "{steps:?}"
    );
    let sent = steps
        .iter()
        .position(|l| l.contains("sent {} on stop"))
        .unwrap();
    let stolen = steps
        .iter()
        .position(|l| l.contains("received {} from stop"))
        .unwrap();
    assert_eq!(
        stolen,
        sent + 1,
        "the watcher takes the value the worker sent: {steps:?}"
    );
    assert!(
        steps
            .last()
            .unwrap()
            .contains("panic: \"context: internal error: missing cancel error\"")
    );

    let conclusion = section(&draft, "conclusion");
    let failing = failing(&report);
    assert!(failing > 0 && failing < report.schedules);
    assert!(
        conclusion
            .en
            .contains(&format!("In {failing} of {} explored", report.schedules))
    );
    assert!(conclusion.en.contains("not verified yet"));
    assert!(
        section(&draft, "direct_cause")
            .en
            .contains("stop (chan struct{})"),
        "{}",
        section(&draft, "direct_cause").en
    );
    // The prompts are left for the learner: the draft is not finished.
    assert!(draft.unfinished(Lang::En) > 0);
}

#[test]
fn a_verified_fix_names_the_changed_lines_and_the_schedule_count() {
    let (view, report) = panicked();
    let fixed = explore(FIXED);
    let changed = changed_lines(FLAGSHIP, FIXED);
    assert!(!changed.is_empty());
    let facts = Facts {
        view: &view,
        program_name: "stop_channel_race.go".into(),
        explored: Some(&report),
        verified: Some(&fixed),
        changed_lines: changed.clone(),
        vet_finding: None,
    };
    let fix = section(&Draft::new(Kind::Rca, course::rca(), &facts), "fix").clone();
    assert!(
        fix.en.contains(&format!("line {}", changed[0])),
        "{}",
        fix.en
    );
    assert!(fix.en.contains(&format!(
        "verified across all {} interleavings",
        fixed.schedules
    )));
    assert!(fix.zh.contains(&format!(
        "已在全部 {} 种调度交错下验证通过",
        fixed.schedules
    )));
}

#[test]
fn the_review_has_three_sections_and_exports_in_both_formats() {
    let (view, report) = panicked();
    let facts = Facts {
        view: &view,
        program_name: "p".into(),
        explored: Some(&report),
        verified: None,
        changed_lines: Vec::new(),
        vet_finding: None,
    };
    let mut draft = Draft::new(Kind::Review, course::review(), &facts);
    let ids: Vec<&str> = draft.parts.iter().map(|p| p.id).collect();
    assert_eq!(ids, ["issue", "suggestion", "rationale"]);
    for i in 0..3 {
        assert!(draft.edit(i, Lang::Zh, format!("第 {i} 节写完了")));
    }
    assert_eq!(draft.unfinished(Lang::Zh), 0);
    assert!(!draft.edit(0, Lang::Zh, "第 0 节写完了".into()));
    assert!(!draft.edit(9, Lang::Zh, String::new()));
    let md = draft.markdown(Lang::Zh);
    assert!(md.starts_with("## "));
    assert!(md.contains("\n### 问题\n\n第 0 节写完了\n"), "{md}");
    let plain = draft.plain(Lang::Zh);
    assert!(!plain.contains('#'));
    assert!(plain.contains("第 2 节写完了"));
}

#[test]
fn prompts_and_unfilled_slots_count_as_unfinished() {
    let part = |en: &str| Part {
        id: "x",
        title: Bi { en: "", zh: "" },
        guidance: Bi { en: "", zh: "" },
        en: en.into(),
        zh: String::new(),
    };
    assert!(part("  ").unfinished(Lang::En));
    assert!(part("because [why]").unfinished(Lang::En));
    assert!(part("in {goroutine}").unfinished(Lang::En));
    assert!(!part("a[] b{} and [ unbalanced").unfinished(Lang::En));
    assert!(!part("done: the worker closes stop").unfinished(Lang::En));
    assert!(part("anything").unfinished(Lang::Zh));
}

#[test]
fn changed_lines_ignore_indentation_and_blank_lines() {
    assert_eq!(changed_lines("a\n  b\n", "a\nb\n\nc\n"), vec![4]);
    assert!(changed_lines("x", "x").is_empty());
}

/// Two goroutines doing `counter++`: the run fails of a data race alone.
const LOST_UPDATE: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tcounter := 0\n\tvar wg sync.WaitGroup\n\tfor range 2 {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tcounter++\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(\"counter:\", counter)\n}\n";

#[test]
fn a_race_is_what_a_racy_run_failed_of() {
    let report = explore(LOST_UPDATE);
    let mut session = Session::new(LOST_UPDATE);
    session.load_schedule(&report.outcomes[0].schedule, None);
    let view = View::of(&session).unwrap();
    let race = &view.races[0].access;
    let facts = Facts {
        view: &view,
        program_name: "lost_update.go".into(),
        explored: Some(&report),
        verified: None,
        changed_lines: Vec::new(),
        vet_finding: None,
    };
    assert_eq!(
        facts.slot("panic_text", Lang::En).as_deref(),
        Some("WARNING: DATA RACE")
    );
    assert_eq!(
        facts.slot("outcome_kind", Lang::En).as_deref(),
        Some("data race")
    );
    assert_eq!(
        facts.slot("outcome_kind", Lang::Zh).as_deref(),
        Some("数据竞争")
    );
    assert_eq!(
        facts.slot("line", Lang::En),
        Some(format!("{}:15", runtime::FILE_NAME))
    );
    assert_eq!(
        facts.slot("goroutine", Lang::En),
        Some(format!("goroutine {} (main.main.func1)", race.goroutine))
    );
    assert_eq!(
        facts.slot("failing_count", Lang::En),
        Some(report.schedules.to_string())
    );
}

#[test]
fn a_vet_finding_is_quoted_under_the_issue_in_both_languages() {
    let (view, report) = panicked();
    let finding = "prog.go:10:7: the cancel function returned by context.WithCancel should be called, not discarded, to avoid a context leak";
    let facts = Facts {
        view: &view,
        program_name: "forgotten_cancel.go".into(),
        explored: Some(&report),
        verified: None,
        changed_lines: Vec::new(),
        vet_finding: Some(finding.into()),
    };
    let draft = Draft::new(Kind::Review, course::review(), &facts);
    let issue = section(&draft, "issue");
    assert!(
        issue.en.ends_with(&format!(
            "go vet flags this code before it runs: `{finding}`"
        )),
        "{}",
        issue.en
    );
    assert!(
        issue
            .zh
            .ends_with(&format!("这段代码还没运行，go vet 就已经报了：`{finding}`")),
        "{}",
        issue.zh
    );
    assert_eq!(
        facts.slot("vet_finding", Lang::Zh).as_deref(),
        Some(finding)
    );
    // Without a finding nothing is added.
    let quiet = Facts {
        vet_finding: None,
        ..facts
    };
    let plain = Draft::new(Kind::Review, course::review(), &quiet);
    assert!(!section(&plain, "issue").en.contains("go vet"));
}
