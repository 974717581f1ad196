//! The practice data checker, the lesson checker's companion: the phrase
//! bank, the write-up templates and the interview scenarios must be what
//! `lessons/phrases/README.md` says they are, because the page fills and
//! shows them without checking again. Each data check takes its data as
//! arguments, so a test can hand it a broken entry; [`check_all`] runs
//! them on the compiled-in statics, with the engine's checks of every
//! scenario program.

use super::glossary::drift;
use super::{Problem, explore};
use crate::{
    Bi, CATEGORIES, Category, EXAMPLES, Expect, Lesson, PHRASES, Phrase, RCA, REVIEW, SCENARIOS,
    Scenario, Task, Template, fill, slots,
};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The categories issue 8 asks the phrase bank for.
pub const CATEGORY_IDS: &[&str] = &[
    "clarify",
    "hypothesis",
    "evidence",
    "tradeoff",
    "action",
    "review-issue",
    "review-suggestion",
    "review-rationale",
    "review-reply",
    "rca",
    "vocabulary",
];

/// The categories whose phrases open a review comment, and so carry its
/// severity; no other phrase has one.
pub const SEVERITY_CATEGORIES: &[&str] = &["review-issue", "review-suggestion"];

/// The RCA template's sections, in the order a post-mortem answers them:
/// what happened and what it cost, when, why, how the bleeding stopped,
/// and what makes it impossible now.
pub const RCA_SECTIONS: &[&str] = &[
    "conclusion",
    "impact",
    "timeline",
    "direct_error",
    "direct_cause",
    "root_cause",
    "why_intermittent",
    "mitigation",
    "fix",
    "follow_up",
];

/// The review comment's sections.
pub const REVIEW_SECTIONS: &[&str] = &["issue", "suggestion", "rationale"];

/// The slots the page fills from a failing run: a template may use no other.
pub const APP_SLOTS: &[&str] = &[
    "panic_text",
    "outcome_kind",
    "goroutines",
    "panic_goroutine",
    "panic_location",
    "channel",
    "lock",
    "interleaving",
    "schedule_count",
    "failing_count",
    "fix_summary",
    "verified",
    "program_name",
];

const MIN_PHRASES: usize = 80;
const MIN_SCENARIOS: usize = 6;

/// Everything wrong with the compiled-in practice data, the engine's
/// verdict on every scenario program included.
pub fn check_all(lessons: &[Lesson]) -> Vec<Problem> {
    let mut out = phrase_bank(CATEGORIES, PHRASES, &RCA);
    out.extend(template(&RCA, "rca", RCA_SECTIONS));
    out.extend(template(&REVIEW, "review", REVIEW_SECTIONS));
    out.extend(scenarios(SCENARIOS, PHRASES, lessons));
    out.extend(examples(EXAMPLES));
    for s in SCENARIOS {
        for what in scenario_programs(s) {
            out.push(problem(format!("interview/{}", s.folder), what));
        }
    }
    out
}

fn problem(at: impl Into<String>, what: String) -> Problem {
    Problem {
        lesson: at.into(),
        what,
    }
}

/// Everything wrong with a phrase bank: too few phrases or categories,
/// incomplete or duplicated entries, slots the texts do not agree on, RCA
/// phrases outside `rca`'s sections, vocabulary without its term.
pub fn phrase_bank(categories: &[Category], phrases: &[Phrase], rca: &Template) -> Vec<Problem> {
    let mut out = Vec::new();
    if phrases.len() < MIN_PHRASES {
        out.push(problem(
            "phrases",
            format!("{} phrases, at least {MIN_PHRASES} needed", phrases.len()),
        ));
    }
    for id in CATEGORY_IDS {
        if !categories.iter().any(|c| c.id == *id) {
            out.push(problem("phrases", format!("no {id:?} category")));
        }
    }
    for c in categories {
        let mut say = |what| out.push(problem(format!("phrases/{}.toml", c.id), what));
        bilingual("title", &c.title, &mut say);
        bilingual("description", &c.description, &mut say);
        if !phrases.iter().any(|p| p.category == c.id) {
            say("no phrases".into());
        }
    }
    let mut ids = HashSet::new();
    let mut english: HashMap<&str, &str> = HashMap::new();
    let mut chinese: HashMap<&str, &str> = HashMap::new();
    for p in phrases {
        let mut whats = Vec::new();
        let mut say = |what: String| whats.push(what);
        if !categories.iter().any(|c| c.id == p.category) {
            say(format!("unknown category {:?}", p.category));
        }
        let kebab = !p.id.is_empty()
            && p.id.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !kebab {
            say("the id is not kebab-case".into());
        }
        if !p.id.starts_with(&format!("{}-", p.category)) {
            say(format!("the id must start with \"{}-\"", p.category));
        }
        if !ids.insert(p.id) {
            say("the id is used twice".into());
        }
        bilingual("text", &p.text, &mut say);
        bilingual("when", &p.when, &mut say);
        slot_sets("text", &p.text, p.slots, &mut say);
        if let Some(other) = english.insert(p.text.en.trim(), p.id) {
            say(format!("the same English as {other}"));
        }
        if let Some(other) = chinese.insert(p.text.zh.trim(), p.id) {
            say(format!("the same Chinese as {other}"));
        }
        match (p.category == "rca", p.section) {
            (true, None) => say("an RCA phrase needs its section".into()),
            (true, Some(s)) if !rca.sections.iter().any(|x| x.id == s) => {
                say(format!("section {s:?} is not one of the RCA template's"));
            }
            (false, Some(_)) => say("only RCA phrases have a section".into()),
            _ => {}
        }
        match (p.category == "vocabulary", p.term) {
            (true, None) => say("a vocabulary phrase needs its term".into()),
            (true, Some(t)) => bilingual("term", &t, &mut say),
            (false, Some(_)) => say("only vocabulary phrases have a term".into()),
            _ => {}
        }
        match (SEVERITY_CATEGORIES.contains(&p.category), p.severity) {
            (true, None) => say("a review comment needs its severity".into()),
            (false, Some(_)) => say(format!(
                "only {} phrases have a severity",
                SEVERITY_CATEGORIES.join(" and ")
            )),
            _ => {}
        }
        for what in whats {
            out.push(problem(
                format!("phrases/{}.toml", p.category),
                format!("{}: {what}", p.id),
            ));
        }
    }
    out
}

/// Everything wrong with the `kind` template: sections other than `ids`
/// in that order, missing texts, or body slots that disagree with the
/// section's list or that the page cannot fill.
pub fn template(t: &Template, kind: &str, ids: &[&str]) -> Vec<Problem> {
    let mut whats = Vec::new();
    let mut say = |what: String| whats.push(what);
    if t.kind != kind {
        say(format!("the kind is {:?}, not {kind:?}", t.kind));
    }
    bilingual("title", &t.title, &mut say);
    bilingual("description", &t.description, &mut say);
    let got: Vec<&str> = t.sections.iter().map(|s| s.id).collect();
    if got != ids {
        say(format!("the sections are {got:?}; they must be {ids:?}"));
    }
    for s in t.sections {
        let at = format!("section {}", s.id);
        bilingual(&format!("{at} title"), &s.title, &mut say);
        bilingual(&format!("{at} body"), &s.body, &mut say);
        bilingual(&format!("{at} guidance"), &s.guidance, &mut say);
        slot_sets(&format!("{at} body"), &s.body, s.slots, &mut say);
        for slot in s.slots {
            if !APP_SLOTS.contains(slot) {
                say(format!("{at}: the page cannot fill {{{slot}}}"));
            }
        }
    }
    whats
        .into_iter()
        .map(|what| problem(format!("templates/{kind}.toml"), what))
        .collect()
}

/// Everything wrong with the scenarios' data (their programs are
/// [`scenario_programs`]'s job): too few, misnumbered, incomplete (a
/// model answer and two or three rubric points included), naming phrases
/// that do not exist, or reusing one of the lessons' programs.
pub fn scenarios(scenarios: &[Scenario], phrases: &[Phrase], lessons: &[Lesson]) -> Vec<Problem> {
    let mut out = Vec::new();
    if scenarios.len() < MIN_SCENARIOS {
        out.push(problem(
            "interview",
            format!(
                "{} scenarios, at least {MIN_SCENARIOS} needed",
                scenarios.len()
            ),
        ));
    }
    let mut slugs = HashSet::new();
    for (i, s) in scenarios.iter().enumerate() {
        let mut whats = Vec::new();
        let mut say = |what: String| whats.push(what);
        if s.number as usize != i + 1 {
            say(format!("numbered {} but is scenario {}", s.number, i + 1));
        }
        if s.folder != format!("{:02}-{}", s.number, s.slug) {
            say(format!("the folder should be {:02}-{}", s.number, s.slug));
        }
        if !slugs.insert(s.slug) {
            say(format!("slug {:?} is used twice", s.slug));
        }
        if !["easy", "medium", "hard"].contains(&s.difficulty) {
            say(format!(
                "difficulty {:?} is not easy, medium or hard",
                s.difficulty
            ));
        }
        bilingual("title", &s.title, &mut say);
        bilingual("brief", &s.brief, &mut say);
        bilingual("followup", &s.followup, &mut say);
        bilingual("answer", &s.answer, &mut say);
        if !(2..=3).contains(&s.rubric.len()) {
            say(format!(
                "{} rubric points; the model answer needs 2 or 3",
                s.rubric.len()
            ));
        }
        for (i, r) in s.rubric.iter().enumerate() {
            bilingual(&format!("rubric {}", i + 1), r, &mut say);
        }
        match s.task {
            Task::Fix { expect, matches } => {
                if expect == Expect::Leak && !s.fail_on_leak {
                    say(
                        "the target is a leak, so a leak must fail the fix: fail_on_leak = true"
                            .into(),
                    );
                }
                if expect != Expect::Leak && matches.trim().is_empty() {
                    say("the target outcome needs the stderr or stdout it ends with".into());
                }
            }
            Task::Write { stdout } => {
                if !s.fail_on_leak {
                    say("written code must not leak either: fail_on_leak = true".into());
                }
                if stdout.trim().is_empty() {
                    say("a write task needs the stdout every interleaving must print".into());
                }
                if !s.start.contains("TODO") {
                    say("start.go of a write task marks where to write with a TODO".into());
                }
            }
        }
        if s.phrases.is_empty() {
            say("no phrases to practise".into());
        }
        for id in s.phrases {
            if !phrases.iter().any(|p| p.id == *id) {
                say(format!("phrase {id:?} does not exist"));
            }
        }
        for l in lessons {
            let programs = [("start.go", l.start), ("solution.go", l.solution)]
                .into_iter()
                .chain(l.extras.iter().copied());
            for (name, program) in programs {
                if program.trim() == s.start.trim() {
                    say(format!("start.go is lesson {}'s {name}", l.folder));
                }
            }
        }
        for what in whats {
            out.push(problem(format!("interview/{}", s.folder), what));
        }
    }
    out
}

/// The filled write-up examples (`templates/examples/`, by file name):
/// learners copy them, so their Chinese keeps to the glossary like every
/// other text.
pub fn examples(files: &[(&str, &str)]) -> Vec<Problem> {
    files
        .iter()
        .filter(|(name, _)| name.ends_with(".zh.md"))
        .flat_map(|(name, text)| {
            drift(text)
                .into_iter()
                .map(move |what| problem(format!("templates/examples/{name}"), what))
        })
        .collect()
}

/// What the engine finds wrong with a scenario's programs. For a fix
/// task, some interleaving of `start.go` must end in the target outcome,
/// and `solution.go` must verify (leaks failing it when `fail_on_leak`)
/// and never end in the target. For a write task, the skeleton must fail
/// the verification the candidate's code is held to, and `solution.go`
/// must pass it.
pub fn scenario_programs(s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let target = match s.task {
        Task::Fix { expect, matches } => format!("{expect:?} {matches:?}"),
        Task::Write { .. } => String::new(),
    };
    let reaches = |r: &explore::Report| r.outcomes.iter().any(|o| s.reached(&o.example));
    match (explore(s.start), s.task) {
        (Err(e), _) => out.push(format!("start.go: {e}")),
        (Ok(r), Task::Fix { .. }) if !reaches(&r) => {
            out.push(format!("no interleaving of start.go ends in {target}"));
        }
        (Ok(r), Task::Write { .. }) if s.passes(&r) => {
            out.push(
                "start.go already passes: the skeleton must fail until the code is written".into(),
            );
        }
        (Ok(_), _) => {}
    }
    match explore(s.solution) {
        Err(e) => out.push(format!("solution.go: {e}")),
        Ok(r) => {
            if !s.passes(&r) {
                out.push(match s.task {
                    Task::Fix { .. } => "solution.go does not verify".into(),
                    Task::Write { .. } => {
                        "solution.go does not print the expected stdout, cleanly, in every interleaving".into()
                    }
                });
            }
            if reaches(&r) {
                out.push(format!("solution.go can still end in {target}"));
            }
        }
    }
    out
}

/// A text both languages write: neither empty, the Chinese in Chinese
/// characters and with the glossary's words.
fn bilingual(at: &str, b: &Bi, say: &mut impl FnMut(String)) {
    if b.en.trim().is_empty() {
        say(format!("{at}: the English is empty"));
    }
    if b.zh.trim().is_empty() {
        say(format!("{at}: the Chinese is empty"));
    } else if !b.zh.chars().any(is_cjk) {
        say(format!("{at}: the Chinese has no Chinese characters"));
    }
    for what in drift(b.zh) {
        say(format!("{at}: {what}"));
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// The slots of a text's two languages and its `listed` slots must be the
/// same set, listed once each, and every brace must belong to a slot (a
/// `{Name}` or `{two words}` would never be filled).
fn slot_sets(at: &str, text: &Bi, listed: &[&str], say: &mut impl FnMut(String)) {
    let want: BTreeSet<&str> = listed.iter().copied().collect();
    if want.len() != listed.len() {
        say(format!("{at}: a slot is listed twice in {listed:?}"));
    }
    for (lang, t) in [("English", text.en), ("Chinese", text.zh)] {
        let got: BTreeSet<&str> = slots(t).into_iter().collect();
        if got != want {
            say(format!(
                "{at}: the {lang} uses the slots {got:?}, but the list is {want:?}"
            ));
        }
        if fill(t, |_| Some(String::new())).contains(['{', '}']) {
            say(format!(
                "{at}: the {lang} has a brace that is not a {{snake_case}} slot"
            ));
        }
    }
}
