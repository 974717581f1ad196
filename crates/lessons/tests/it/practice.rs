//! The practice data: what was compiled in, and the checker catching each
//! kind of broken entry (fed to it in memory). `course.js` carrying it all
//! is tested where it is written, in `web/src/data/tests.rs`.
//! The engine's verdict on the real scenarios runs in `course.rs`, with
//! the lessons' (`check_all` checks both).

use lessons::check::practice::{
    CATEGORY_IDS, RCA_SECTIONS, REVIEW_SECTIONS, phrase_bank, scenario_programs, scenarios,
    template,
};
use lessons::{
    Bi, CATEGORIES, Category, Expect, LESSONS, PHRASES, Phrase, RCA, REVIEW, SCENARIOS, Scenario,
    Section, Severity, Task, Template,
};

/// The problems' `place: what` lines.
fn lines(problems: Vec<lessons::check::Problem>) -> Vec<String> {
    problems
        .into_iter()
        .map(|p| format!("{}: {}", p.lesson, p.what))
        .collect()
}

fn assert_has(found: &[String], want: &str) {
    assert!(
        found.iter().any(|f| f == want),
        "expected {want:?} among {found:#?}"
    );
}

#[test]
fn the_compiled_data_is_what_the_files_hold() {
    let ids: Vec<&str> = CATEGORIES.iter().map(|c| c.id).collect();
    assert_eq!(ids, CATEGORY_IDS);
    assert!(PHRASES.len() >= 80, "{} phrases", PHRASES.len());
    // Phrases come category by category, in the categories' order.
    let order: Vec<usize> = PHRASES
        .iter()
        .map(|p| ids.iter().position(|c| *c == p.category).unwrap())
        .collect();
    assert!(order.is_sorted());
    let p = PHRASES
        .iter()
        .find(|p| p.id == "rca-direct-error-panic")
        .unwrap();
    assert_eq!(p.section, Some("direct_error"));
    assert_eq!(p.slots, ["panic_text", "goroutine", "line"]);
    let v = PHRASES
        .iter()
        .find(|p| p.id == "vocabulary-goroutine-leak")
        .unwrap();
    assert_eq!(v.term.map(|t| t.en), Some("goroutine leak"));
    let sections: Vec<&str> = RCA.sections.iter().map(|s| s.id).collect();
    assert_eq!(sections, RCA_SECTIONS);
    assert_eq!(REVIEW.sections.len(), REVIEW_SECTIONS.len());
    assert!(SCENARIOS.len() >= 6);
    let s = &SCENARIOS[1];
    assert_eq!(
        (s.number, s.folder, s.task),
        (
            2,
            "02-receiver-closes-links",
            Task::Fix {
                expect: Expect::Panic,
                matches: "panic: send on closed channel"
            }
        )
    );
    let exit = scenario("duplicate-cache-load");
    assert_eq!(
        exit.task,
        Task::Fix {
            expect: Expect::Exit,
            matches: "billing API calls: 3\n"
        }
    );
    assert!(s.start.starts_with("package main"));
    // Every scenario has a model answer and its rubric; the write tasks
    // carry the output they are held to instead of an outcome.
    assert!(
        SCENARIOS
            .iter()
            .all(|s| !s.answer.en.is_empty() && s.rubric.len() >= 2)
    );
    let write = scenario("ping-pong-printer");
    assert_eq!(
        write.task,
        Task::Write {
            stdout: "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
        }
    );
    let tagged = PHRASES
        .iter()
        .find(|p| p.id == "review-suggestion-guarded-by")
        .unwrap();
    assert_eq!(tagged.severity, Some(Severity::Nit));
    assert!(PHRASES.iter().any(|p| p.category == "review-reply"));
    let deep: Vec<&str> = LESSONS
        .iter()
        .filter(|l| l.deep_dive)
        .map(|l| l.folder)
        .collect();
    assert_eq!(deep, ["12-inside-propagatecancel"]);
}

fn scenario(slug: &str) -> &'static Scenario {
    SCENARIOS.iter().find(|s| s.slug == slug).unwrap()
}

#[test]
fn the_compiled_data_passes_the_data_checks() {
    let mut found = lines(phrase_bank(CATEGORIES, PHRASES, &RCA));
    found.extend(lines(template(&RCA, "rca", RCA_SECTIONS)));
    found.extend(lines(template(&REVIEW, "review", REVIEW_SECTIONS)));
    found.extend(lines(scenarios(SCENARIOS, PHRASES, LESSONS)));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

const fn bi(en: &'static str, zh: &'static str) -> Bi {
    Bi { en, zh }
}

const GOOD: Phrase = Phrase {
    id: "evidence-good",
    category: "evidence",
    text: bi(
        "{goroutine} panics at {line}.",
        "{goroutine} 在 {line} panic 了。",
    ),
    slots: &["goroutine", "line"],
    when: bi("You have a stack.", "手上有栈。"),
    section: None,
    term: None,
    severity: None,
};

/// The real bank with `extra` appended, checked.
fn bank_with(extra: &[Phrase]) -> Vec<String> {
    let mut all = PHRASES.to_vec();
    all.extend_from_slice(extra);
    lines(phrase_bank(CATEGORIES, &all, &RCA))
}

#[test]
fn a_good_phrase_passes() {
    assert_eq!(bank_with(&[GOOD]), Vec::<String>::new());
}

#[test]
fn slots_must_agree_across_both_languages_and_the_list() {
    let found = bank_with(&[Phrase {
        text: bi("{goroutine} panics at {line}.", "{goroutine} panic 了。"),
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: text: the Chinese uses the slots {\"goroutine\"}, but the list is {\"goroutine\", \"line\"}",
    );
    let found = bank_with(&[Phrase {
        slots: &["goroutine", "line", "line"],
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: text: a slot is listed twice in [\"goroutine\", \"line\", \"line\"]",
    );
    let found = bank_with(&[Phrase {
        text: bi(
            "{goroutine} panics at {Line}.",
            "{goroutine} 在 {Line} panic 了。",
        ),
        slots: &["goroutine"],
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: text: the English has a brace that is not a {snake_case} slot",
    );
}

#[test]
fn texts_must_be_written_in_both_languages() {
    let found = bank_with(&[Phrase {
        text: bi("It hangs.", "It hangs."),
        slots: &[],
        when: bi("", "卡住时。"),
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: text: the Chinese has no Chinese characters",
    );
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: when: the English is empty",
    );
    let found = bank_with(&[Phrase {
        text: bi("It leaks.", "它泄露了。"),
        slots: &[],
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: text: write \"泄漏\", not \"泄露\" (glossary)",
    );
}

#[test]
fn ids_and_texts_must_be_unique_and_ids_prefixed() {
    let copy = PHRASES[0];
    let found = bank_with(&[copy]);
    let at = format!("phrases/{}.toml: {}", copy.category, copy.id);
    assert_has(&found, &format!("{at}: the id is used twice"));
    assert_has(&found, &format!("{at}: the same English as {}", copy.id));
    assert_has(&found, &format!("{at}: the same Chinese as {}", copy.id));
    let found = bank_with(&[Phrase {
        id: "hypothesis-misfiled",
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: hypothesis-misfiled: the id must start with \"evidence-\"",
    );
}

#[test]
fn rca_phrases_need_a_real_section_and_vocabulary_its_term() {
    let found = bank_with(&[Phrase {
        id: "rca-somewhere",
        category: "rca",
        section: Some("epilogue"),
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/rca.toml: rca-somewhere: section \"epilogue\" is not one of the RCA template's",
    );
    let found = bank_with(&[Phrase {
        id: "vocabulary-termless",
        category: "vocabulary",
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/vocabulary.toml: vocabulary-termless: a vocabulary phrase needs its term",
    );
    let found = bank_with(&[Phrase {
        term: Some(bi("hang", "卡死")),
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: only vocabulary phrases have a term",
    );
}

#[test]
fn review_comments_and_only_they_carry_a_severity() {
    let found = bank_with(&[Phrase {
        id: "review-issue-untagged",
        category: "review-issue",
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/review-issue.toml: review-issue-untagged: a review comment needs its severity",
    );
    let found = bank_with(&[Phrase {
        severity: Some(Severity::MustFix),
        ..GOOD
    }]);
    assert_has(
        &found,
        "phrases/evidence.toml: evidence-good: only review-issue and review-suggestion phrases have a severity",
    );
    let tagged = Phrase {
        id: "review-suggestion-tagged",
        category: "review-suggestion",
        severity: Some(Severity::Suggestion),
        ..GOOD
    };
    assert_eq!(bank_with(&[tagged]), Vec::<String>::new());
}

#[test]
fn the_bank_needs_its_size_and_every_category() {
    let found = lines(phrase_bank(&CATEGORIES[1..], &PHRASES[..79], &RCA));
    assert_has(&found, "phrases: 79 phrases, at least 80 needed");
    assert_has(&found, "phrases: no \"clarify\" category");
    let extra = [Category {
        id: "smalltalk",
        title: bi("Small talk", "寒暄"),
        description: bi("Before the meeting.", "会前。"),
    }];
    let all: Vec<Category> = CATEGORIES.iter().chain(&extra).copied().collect();
    assert_has(
        &lines(phrase_bank(&all, PHRASES, &RCA)),
        "phrases/smalltalk.toml: no phrases",
    );
}

#[test]
fn templates_need_their_sections_in_order_and_slots_the_page_fills() {
    let mut sections = RCA.sections.to_vec();
    sections.swap(0, 1);
    sections[0] = Section {
        body: bi("{panic_text} at {line}", "{panic_text}，位置 {line}"),
        slots: &["panic_text", "line"],
        ..sections[0]
    };
    let broken = Template {
        sections: Box::leak(sections.into_boxed_slice()),
        ..RCA
    };
    let found = lines(template(&broken, "rca", RCA_SECTIONS));
    assert_has(
        &found,
        "templates/rca.toml: the sections are [\"impact\", \"conclusion\", \"timeline\", \"direct_error\", \"direct_cause\", \"root_cause\", \"why_intermittent\", \"mitigation\", \"fix\", \"follow_up\"]; they must be [\"conclusion\", \"impact\", \"timeline\", \"direct_error\", \"direct_cause\", \"root_cause\", \"why_intermittent\", \"mitigation\", \"fix\", \"follow_up\"]",
    );
    assert_has(
        &found,
        "templates/rca.toml: section impact: the page cannot fill {line}",
    );
    let found = lines(template(&REVIEW, "rca", RCA_SECTIONS));
    assert_has(
        &found,
        "templates/rca.toml: the kind is \"review\", not \"rca\"",
    );
    let mut sections = REVIEW.sections.to_vec();
    sections[2].slots = &[];
    let broken = Template {
        sections: Box::leak(sections.into_boxed_slice()),
        ..REVIEW
    };
    assert_has(
        &lines(template(&broken, "review", REVIEW_SECTIONS)),
        "templates/review.toml: section rationale body: the English uses the slots {\"verified\"}, but the list is {}",
    );
}

const TWO_POINTS: &[Bi] = &[bi("Says why.", "说出原因。"), bi("Says how.", "说出做法。")];
const HALF_POINT: &[Bi] = &[bi("Mentions the buffer.", "")];
const FOUR_POINTS: &[Bi] = &[
    bi("One.", "一。"),
    bi("Two.", "二。"),
    bi("Three.", "三。"),
    bi("Four.", "四。"),
];

#[test]
fn scenarios_must_name_real_phrases_and_not_be_lessons() {
    let lesson = &LESSONS[0];
    let broken = Scenario {
        number: 1,
        folder: "01-copycat",
        slug: "copycat",
        difficulty: "impossible",
        task: Task::Fix {
            expect: Expect::Leak,
            matches: "",
        },
        fail_on_leak: false,
        phrases: &["evidence-nowhere"],
        title: bi("Copycat", "抄袭"),
        brief: bi("It is a lesson.", "这是一课。"),
        followup: bi("Why?", "为什么？"),
        answer: bi("Because.", "因为。"),
        rubric: TWO_POINTS,
        start: lesson.start,
        solution: lesson.solution,
    };
    let found = lines(scenarios(&[broken], PHRASES, LESSONS));
    let at = "interview/01-copycat";
    assert_has(&found, "interview: 1 scenarios, at least 6 needed");
    assert_has(
        &found,
        &format!("{at}: start.go is lesson {}'s start.go", lesson.folder),
    );
    assert_has(
        &found,
        &format!("{at}: phrase \"evidence-nowhere\" does not exist"),
    );
    assert_has(
        &found,
        &format!("{at}: difficulty \"impossible\" is not easy, medium or hard"),
    );
    assert_has(
        &found,
        &format!("{at}: the target is a leak, so a leak must fail the fix: fail_on_leak = true"),
    );
}

/// What the checker says about `s` when it takes the place of the real
/// scenario with its slug, as `what` lines.
fn scenario_lines(s: Scenario) -> Vec<String> {
    let all: Vec<Scenario> = SCENARIOS
        .iter()
        .map(|real| if real.slug == s.slug { s } else { *real })
        .collect();
    let found = lines(scenarios(&all, PHRASES, LESSONS));
    let at = format!("interview/{}: ", s.folder);
    found
        .into_iter()
        .filter_map(|l| l.strip_prefix(&at).map(str::to_string))
        .collect()
}

#[test]
fn every_followup_has_a_model_answer_and_two_or_three_rubric_points() {
    let real = *scenario("abandoned-quote");
    assert_eq!(scenario_lines(real), Vec::<String>::new());
    let found = scenario_lines(Scenario {
        answer: bi("", ""),
        rubric: HALF_POINT,
        ..real
    });
    for want in [
        "answer: the English is empty",
        "answer: the Chinese is empty",
        "1 rubric points; the model answer needs 2 or 3",
        "rubric 1: the Chinese is empty",
    ] {
        assert_has(&found, want);
    }
    let found = scenario_lines(Scenario {
        rubric: FOUR_POINTS,
        ..real
    });
    assert_eq!(found, ["4 rubric points; the model answer needs 2 or 3"]);
    let found = scenario_lines(Scenario {
        answer: bi("Use a context.", "用 context 泄露。"),
        ..real
    });
    assert_eq!(found, ["answer: write \"泄漏\", not \"泄露\" (glossary)"]);
}

#[test]
fn a_write_task_needs_its_output_a_todo_and_no_leak() {
    let real = *scenario("bounded-downloader");
    assert_eq!(scenario_lines(real), Vec::<String>::new());
    let found = scenario_lines(Scenario {
        task: Task::Write { stdout: " \n" },
        fail_on_leak: false,
        start: real.solution,
        ..real
    });
    assert_eq!(
        found,
        [
            "written code must not leak either: fail_on_leak = true",
            "a write task needs the stdout every interleaving must print",
            "start.go of a write task marks where to write with a TODO",
        ]
    );
}

#[test]
fn the_engine_holds_a_write_task_to_its_exact_output() {
    let real = scenario("ping-pong-printer");
    assert_eq!(scenario_programs(real), Vec::<String>::new());
    // The answer handed out as the skeleton, the skeleton as the answer.
    let swapped = Scenario {
        start: real.solution,
        solution: real.start,
        ..*real
    };
    assert_eq!(
        scenario_programs(&swapped),
        [
            "start.go already passes: the skeleton must fail until the code is written",
            "solution.go does not print the expected stdout, cleanly, in every interleaving",
        ]
    );
    // A solution that prints the right numbers is still held to leaving
    // no goroutine blocked.
    let leaky = Scenario {
        solution: Box::leak(
            real.solution
                .replace(
                    "if i < 10 { // after 10 nobody is left to take the turn",
                    "if true {",
                )
                .replace("\twg.Wait()\n", "")
                .into_boxed_str(),
        ),
        ..*real
    };
    assert_eq!(
        scenario_programs(&leaky),
        ["solution.go does not print the expected stdout, cleanly, in every interleaving"]
    );
}

#[test]
fn the_engine_holds_scenario_programs_to_their_target() {
    let real = SCENARIOS.iter().find(|s| s.slug == "nested-rlock").unwrap();
    assert_eq!(scenario_programs(real), Vec::<String>::new());
    // The fix offered as the bug and the bug as the fix.
    let swapped = Scenario {
        start: real.solution,
        solution: real.start,
        ..*real
    };
    let target = "Fatal \"fatal error: all goroutines are asleep - deadlock!\"";
    assert_eq!(
        scenario_programs(&swapped),
        [
            format!("no interleaving of start.go ends in {target}"),
            "solution.go does not verify".to_string(),
            format!("solution.go can still end in {target}"),
        ]
    );
    let broken = Scenario {
        start: "package main\n\nfunc main() { undefined() }\n",
        ..*real
    };
    let found = scenario_programs(&broken);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("start.go: ") && found[0].contains("undefined"),
        "{found:?}"
    );
}
