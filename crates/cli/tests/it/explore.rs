//! `gosim explore` and `gosim replay` as a user runs them: the summary,
//! the JSON object, exit statuses, and replaying what explore reported.

use crate::common::gosim;

fn corpus(rel: &str) -> String {
    crate::common::corpus(&format!("explore/{rel}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn explore_json(file: &str, extra: &[&str]) -> (serde_json::Value, Option<i32>) {
    let mut args = vec!["explore", "--json", file];
    args.extend_from_slice(extra);
    let o = gosim(&args);
    let out = text(&o.stdout);
    assert_eq!(out.lines().count(), 1, "exactly one JSON object: {out}");
    (
        serde_json::from_str(&out).expect("valid JSON"),
        o.status.code(),
    )
}

#[test]
fn json_has_the_documented_shape_and_bugs_exit_1() {
    let (v, code) = explore_json(&corpus("reap_double_close.go"), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(v["complete"], true);
    assert_eq!(v["strategy"], "dfs");
    assert!(v["schedules"].as_u64().unwrap() >= 2);
    assert!(v["elapsed_ms"].as_f64().unwrap() >= 0.0);
    let outcomes = v["outcomes"].as_array().unwrap();
    assert_eq!(outcomes.len(), 3);
    for o in outcomes {
        for key in [
            "kind",
            "exit_code",
            "stdout",
            "stderr_first_line",
            "leaked_goroutines",
            "count",
            "schedule",
        ] {
            assert!(o.get(key).is_some(), "missing {key} in {o}");
        }
    }
    let panic = outcomes.iter().find(|o| o["kind"] == "panic").unwrap();
    assert_eq!(panic["exit_code"], 2);
    assert_eq!(panic["stderr_first_line"], "panic: close of closed channel");

    let (v, code) = explore_json(&corpus("reap_fixed.go"), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(v["outcomes"].as_array().unwrap().len(), 1);
}

#[test]
fn replay_reproduces_every_reported_schedule() {
    let file = corpus("stop_channel_race.go");
    let (v, _) = explore_json(&file, &[]);
    for o in v["outcomes"].as_array().unwrap() {
        let r = gosim(&[
            "replay",
            &file,
            "--schedule",
            o["schedule"].as_str().unwrap(),
        ]);
        assert_eq!(r.status.code(), o["exit_code"].as_i64().map(|c| c as i32));
        assert_eq!(text(&r.stdout), o["stdout"].as_str().unwrap());
        let err = text(&r.stderr);
        assert_eq!(
            err.lines().next().unwrap_or(""),
            o["stderr_first_line"].as_str().unwrap()
        );
        if o["kind"] == "panic" {
            assert!(err.contains("goroutine "), "a full Go trace: {err}");
        }
    }
}

#[test]
fn replay_with_trace_prints_every_step() {
    let file = corpus("two_senders_order.go");
    let (v, _) = explore_json(&file, &[]);
    let schedule = v["outcomes"][0]["schedule"].as_str().unwrap().to_string();
    let r = gosim(&["replay", &file, "--schedule", &schedule, "--trace"]);
    let err = text(&r.stderr);
    let events: Vec<serde_json::Value> = err
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect();
    assert!(events.iter().any(|e| e["event"] == "send"), "{err}");
    assert!(events.iter().any(|e| e["event"] == "recv"), "{err}");
}

#[test]
fn a_bad_schedule_is_an_error_not_a_crash() {
    let file = corpus("two_senders_order.go");
    let r = gosim(&["replay", &file, "--schedule", "not*a*schedule"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(text(&r.stderr).starts_with("gosim: --schedule: "));
    // A well-formed schedule that does not fit (goroutine 9 never
    // exists): the run goes on by default choices and says so.
    let r = gosim(&["replay", &file, "--schedule", "sEg"]);
    assert_eq!(r.status.code(), Some(0));
    assert!(text(&r.stderr).contains("does not fit this program"));
}

#[test]
fn leaks_fail_only_when_asked() {
    let file = corpus("leaked_watcher.go");
    let (v, code) = explore_json(&file, &[]);
    assert_eq!(code, Some(0));
    assert!(
        v["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["leaked_goroutines"] == 1)
    );
    let (_, code) = explore_json(&file, &["--fail-on-leak"]);
    assert_eq!(code, Some(1));
    let (_, code) = explore_json(&corpus("leaked_watcher_fixed.go"), &["--fail-on-leak"]);
    assert_eq!(code, Some(0));
}

#[test]
fn the_summary_names_each_outcome_and_how_to_replay_it() {
    let o = gosim(&["explore", &corpus("stop_channel_race.go")]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(out.contains("(dfs, complete)"), "{out}");
    assert!(out.contains("2 distinct outcomes"), "{out}");
    assert!(
        out.contains("stderr: panic: context: internal error: missing cancel error"),
        "{out}"
    );
    assert!(out.contains("replay: gosim replay stop_channel_race.go --schedule s"));
    let bad = gosim(&[
        "explore",
        &corpus("two_senders_order.go"),
        "--strategy",
        "bfs",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}

/// `--jobs N` splits the search over N threads and reports the same thing
/// for any N; every outcome the one-thread search finds is there too.
#[test]
fn jobs_split_the_search_without_changing_its_report() {
    let file = corpus("stop_channel_race.go");
    let strip = |mut v: serde_json::Value| {
        v.as_object_mut().unwrap().remove("elapsed_ms");
        v
    };
    let (one, code) = explore_json(&file, &["--race", "--jobs", "1"]);
    assert_eq!(code, Some(1));
    for jobs in ["2", "3"] {
        let (many, _) = explore_json(&file, &["--race", "--jobs", jobs]);
        assert_eq!(strip(many), strip(one.clone()), "--jobs {jobs}");
    }
    let (plain, _) = explore_json(&file, &["--race"]);
    let firsts = |v: &serde_json::Value| {
        let mut lines: Vec<String> = v["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| format!("{} {}", o["exit_code"], o["stderr_first_line"]))
            .collect();
        lines.sort();
        lines
    };
    assert_eq!(firsts(&plain), firsts(&one));
    let o = gosim(&["explore", &file, "--jobs", "0"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--jobs needs at least one worker"));
}
