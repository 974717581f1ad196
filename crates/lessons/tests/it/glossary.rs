//! The glossary lint over every Chinese text: the drift the 2026-12 review
//! found in the phrase bank (the race detector left in English, three
//! renderings of "watcher goroutine", 优雅关闭, 所有者, 没有上限的等待,
//! happens-before without its English name) must fail the check wherever
//! it appears: a phrase, a template example, an interview brief or a lesson.

use lessons::check::glossary::drift;
use lessons::check::practice::{examples, phrase_bank, scenarios};
use lessons::{Bi, CATEGORIES, LESSONS, PHRASES, Phrase, RCA, SCENARIOS, Scenario};

/// The review's drifting sentences, each with the rendering it must use.
const DRIFT: &[(&str, &str)] = &[
    (
        "测试全绿，race detector 也什么都没报。",
        "竞态检测器（`-race`）",
    ),
    (
        "Go 会启动一个监听 goroutine 来转发取消信号。",
        "watcher goroutine",
    ),
    (
        "所以 `WithCancel` 会起一个负责监视的协程。",
        "watcher goroutine",
    ),
    ("优雅关闭的前提是每个循环都有出口。", "优雅退出"),
    ("每个 channel 只有一个负责关闭它的所有者。", "owner"),
    ("第二个 bug 是没有上限的等待。", "无界等待"),
    (
        "发送之前做的事都先行发生于接收之后做的事。",
        "happens-before（先行发生）",
    ),
];

#[test]
fn each_drift_the_review_found_is_caught() {
    for (zh, term) in DRIFT {
        let found = drift(zh);
        assert!(
            found
                .iter()
                .any(|f| f.contains(term) && f.ends_with("(glossary)")),
            "{zh:?} should be told to write {term:?}: {found:?}"
        );
    }
    for fine in [
        "这个数据竞争竞态检测器（`-race`）能直接报出来。",
        "`WithCancel` 会起一个 watcher goroutine。",
        "两次访问之间没有 happens-before（先行发生）关系。",
        "让发送一侧做 {channel} 的 owner。",
    ] {
        assert_eq!(drift(fine), Vec::<String>::new(), "{fine}");
    }
}

#[test]
fn a_drifting_phrase_fails_the_phrase_bank() {
    let mut all = PHRASES.to_vec();
    all.push(Phrase {
        id: "evidence-drifting",
        category: "evidence",
        text: Bi {
            en: "The race detector is clean.",
            zh: "race detector 没报，监听 goroutine 也还在。",
        },
        slots: &[],
        when: Bi {
            en: "During graceful shutdown.",
            zh: "优雅关闭的时候。",
        },
        section: None,
        term: None,
        severity: None,
    });
    let found: Vec<String> = phrase_bank(CATEGORIES, &all, &RCA)
        .into_iter()
        .map(|p| format!("{}: {}", p.lesson, p.what))
        .collect();
    for want in [
        "phrases/evidence.toml: evidence-drifting: text: write \"竞态检测器（`-race`）\", not \"race detector\" (glossary)",
        "phrases/evidence.toml: evidence-drifting: text: write \"watcher goroutine\", not \"监听 goroutine\" (glossary)",
        "phrases/evidence.toml: evidence-drifting: when: write \"优雅退出\", not \"优雅关闭\" (glossary)",
    ] {
        assert!(
            found.iter().any(|f| f == want),
            "missing {want}: {found:#?}"
        );
    }
}

#[test]
fn drifting_examples_and_briefs_fail_too() {
    let found = examples(&[
        ("x.zh.md", "监听 goroutine 收走了这个值。"),
        ("x.en.md", "The race detector is quiet."),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].lesson, "templates/examples/x.zh.md");
    let brief = Scenario {
        brief: Bi {
            en: "The race detector finds nothing.",
            zh: "race detector 也什么都没报。",
        },
        ..SCENARIOS[5]
    };
    let found = scenarios(&[brief], PHRASES, LESSONS);
    assert!(
        found.iter().any(|p| p.what
            == "brief: write \"竞态检测器（`-race`）\", not \"race detector\" (glossary)"),
        "{found:?}"
    );
}
