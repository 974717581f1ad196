//! Numbers in lesson text: the checker proving count markers against a
//! fresh exploration and against VERIFIED.md's real-Go records, refusing
//! counts written without a marker (lesson 3's original "six different
//! outputs" among them), and the page never seeing a marker.

use lessons::check::claims::{check_source, engine_value, records, unmarked_counts};
use lessons::check::explore;
use lessons::marker::{Kind, render, scan};
use lessons::{LESSONS, Source};

const FOLDER: &str = "03-buffered-channels";

/// Lesson 3's start program, whose outcome count the original text got wrong.
fn start() -> &'static str {
    lessons::by_slug("buffered-channels")
        .expect("lesson 3")
        .start
}

/// A fresh exploration's count of distinct outcomes of lesson 3's start.
fn fresh_outcomes() -> u64 {
    engine_value(Kind::Outcomes, &explore(start()).expect("it explores"))
}

/// The checker's verdict on `texts`, as if they were lesson 3's, with
/// `verified` as its VERIFIED.md.
fn check(texts: Vec<(&'static str, String)>, verified: &str) -> Vec<String> {
    let texts: Vec<(&'static str, &'static str)> = texts
        .into_iter()
        .map(|(at, t)| (at, &*Box::leak(t.into_boxed_str())))
        .collect();
    let source = Source {
        folder: FOLDER,
        texts: Box::leak(texts.into_boxed_slice()),
    };
    check_source(
        &source,
        &[("start.go", start())],
        verified,
        &mut |_, src| explore(src),
    )
}

const RECORD: &str =
    "- `realgo 03-buffered-channels loaded runs=3000 panic=4 clean=2996` — measured so\n";

#[test]
fn a_wrong_engine_count_fails_naming_the_file_the_marker_and_the_fresh_value() {
    let fresh = fresh_outcomes();
    let wrong = if fresh == 6 { 7 } else { 6 };
    let found = check(
        vec![(
            "en.md",
            format!("Explore finds {{outcomes start.go = {wrong}}} different outputs."),
        )],
        "",
    );
    assert_eq!(
        found,
        [format!(
            "en.md: {{outcomes start.go = {wrong}}} says {wrong}, but a fresh exploration of start.go finds {fresh} distinct outcomes: update the number and the sentence around it"
        )]
    );
}

#[test]
fn a_count_of_a_program_the_lesson_lacks_fails() {
    let found = check(
        vec![("zh.md", "找出 {schedules nope.go = 3} 个调度序列".into())],
        "",
    );
    assert_eq!(
        found,
        ["zh.md: {schedules nope.go = 3} names nope.go, which this lesson does not have"]
    );
}

#[test]
fn the_original_lesson_3_sentences_fail_as_unverified_counts() {
    let found = check(
        vec![
            (
                "en.md",
                "A job queue. Explore finds six different outputs for this little program.".into(),
            ),
            (
                "en.md",
                "2. Press Explore and answer the quiz about what all six outcomes have in common."
                    .into(),
            ),
            (
                "zh.md",
                "就这么个小程序，穷举探索能找出六种不同的输出。".into(),
            ),
            (
                "zh.md",
                "2. 点穷举探索，回答选择题：六种结果有什么共同点？".into(),
            ),
            ("zh.md", "穷举探索能找出十几种不同的输出。".into()),
        ],
        "",
    );
    assert_eq!(found.len(), 5, "{found:#?}");
    for (line, quote) in found.iter().zip([
        "\"finds six different outputs for\"",
        "\"all six outcomes have in\"",
        "\"六种不同的输出\"",
        "\"六种结果有什么\"",
        "\"十几种不同的输出\"",
    ]) {
        assert!(
            line.contains(&format!("unverified count {quote}")),
            "{line}"
        );
    }
}

#[test]
fn unmarked_frequencies_and_schedule_counts_fail_too() {
    for text in [
        "On our machine real Go froze once in 4,000 runs.",
        "The explorer finds 4 schedules out of 12 in which it freezes.",
        "Real Go ran this program 2,000 times.",
        "真实的 Go 跑了 4000 次，只卡死过 1 次。",
        "探索器在 12 个调度序列里找出 4 个会卡死的。",
        "300 次里 4 次 panic。",
    ] {
        assert!(!unmarked_counts(text).is_empty(), "not caught: {text}");
    }
}

#[test]
fn numbers_that_are_not_counts_of_runs_or_outcomes_pass() {
    for text in [
        "## Try it\n\n1. Run the program normally.",
        "Step `main` past its three `go` statements, run each worker lane.",
        "the loop receives exactly four values",
        "Three channel operations panic. One schedule is enough.",
        "`cancel` 调两次没有任何害处。第 2 次关闭会 panic。",
        "找一个调度序列，让它输出 `made 3 of 3`。有三种 channel 操作会 panic。",
        "Count the `for i := 0; i < 300; i++` loop in `300 runs` code spans.",
    ] {
        assert_eq!(unmarked_counts(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_real_go_figure_must_match_a_record_in_verified() {
    let text = || {
        vec![(
            "en.md",
            "It crashed in {realgo loaded panic = 4} of {realgo loaded runs = 3,000} runs."
                .to_string(),
        )]
    };
    // No record at all.
    let found = check(text(), "# What was checked\n");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with(
        "en.md: {realgo loaded panic = 4} quotes a real-Go figure, but lessons/VERIFIED.md has no record `realgo 03-buffered-channels loaded`"
    ));
    // A record with other figures.
    let found = check(
        text(),
        "`realgo 03-buffered-channels loaded runs=3000 panic=2`",
    );
    assert_eq!(
        found,
        ["en.md: {realgo loaded panic = 4} says 4, but lessons/VERIFIED.md records panic=2"]
    );
    // A record of another lesson does not count.
    let found = check(
        text(),
        "`realgo 13-stop-channel-race loaded runs=3000 panic=4`",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    // A field the record lacks.
    let found = check(
        vec![("zh.md", "超时 {realgo loaded timeout = 1} 次".into())],
        RECORD,
    );
    assert_eq!(
        found,
        [
            "zh.md: {realgo loaded timeout = 1} quotes field \"timeout\", which the record `realgo 03-buffered-channels loaded` does not have"
        ]
    );
}

#[test]
fn the_correct_forms_pass() {
    let fresh = fresh_outcomes();
    let found = check(
        vec![
            (
                "en.md",
                format!(
                    "Explore finds {{outcomes start.go = {fresh}}} different outputs; real Go crashed in {{realgo loaded panic = 4}} of {{realgo loaded runs = 3,000}} runs."
                ),
            ),
            (
                "zh.md",
                format!(
                    "穷举探索能找出 {{outcomes start.go = {fresh}}} 种不同的输出；真实的 Go 跑了 {{realgo loaded runs = 3000}} 次，崩了 {{realgo loaded panic = 4}} 次。"
                ),
            ),
        ],
        RECORD,
    );
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn a_malformed_marker_is_reported_not_shown() {
    let found = check(
        vec![(
            "en.md",
            "{outcomes = 3} and {realgo loaded = 4} and {schedules start.go = many}".into(),
        )],
        RECORD,
    );
    let malformed: Vec<&String> = found
        .iter()
        .filter(|f| f.starts_with("en.md: malformed marker"))
        .collect();
    assert_eq!(malformed.len(), 3, "{found:#?}");
}

#[test]
fn the_page_sees_plain_numbers() {
    assert_eq!(
        render("finds {outcomes start.go = 13} outputs in {realgo idle runs = 3,000} runs"),
        "finds 13 outputs in 3,000 runs"
    );
    // Go code and template slots are not markers.
    let code = "go func() { defer wg.Done() }() and {schedule_count}";
    assert_eq!(render(code), code);
    assert!(scan(code).0.is_empty() && scan(code).1.is_empty());
    for l in LESSONS {
        let shown = [l.title, l.summary, l.text]
            .into_iter()
            .chain(l.hints.iter().copied());
        for b in shown {
            for t in [b.en, b.zh] {
                assert!(
                    scan(t).0.is_empty(),
                    "{}: a marker reached the page",
                    l.folder
                );
            }
        }
    }
}

#[test]
fn verified_records_are_read_from_backticks() {
    let r = records(
        "- `realgo 07-mutex-and-channels paired runs=20000 fatal=4` (2 + 2)\n- `go build` and `realgo` in prose",
    );
    assert_eq!(r.len(), 1);
    let fields = &r[&("07-mutex-and-channels".to_string(), "paired".to_string())];
    assert_eq!(fields["runs"], 20000);
    assert_eq!(fields["fatal"], 4);
    // The real file has records, and every lesson quoting real Go uses them.
    assert!(records(lessons::VERIFIED).len() >= 10);
}
