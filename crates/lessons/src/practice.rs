//! The practice data, compiled in like the lessons: the phrase bank (what
//! people say in a review, a post-mortem or an interview, in English with a
//! native Chinese rendering), the RCA and review-comment templates whose
//! `{slots}` the page fills from a failing run, and the interview
//! scenarios. The files and their format are in `lessons/phrases/README.md`;
//! [`crate::check::practice`] holds them to it.

use crate::goals::unverified;
use crate::{Bi, Expect, meets, verified};
use explore::Report;
use runtime::machine::Outcome;

/// A group of phrases for one conversational move (clarify, hypothesis, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    /// The file name under `lessons/phrases/`, and every id's prefix.
    pub id: &'static str,
    pub title: Bi,
    pub description: Bi,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub id: &'static str,
    /// The [`Category::id`] of the file it comes from.
    pub category: &'static str,
    /// The phrase itself, with `{slot}`s; the English is what is practised.
    pub text: Bi,
    /// Every slot the text uses, once each.
    pub slots: &'static [&'static str],
    /// The situation the phrase is for.
    pub when: Bi,
    /// For RCA phrases, the [`Section::id`] of the RCA template they belong to.
    pub section: Option<&'static str>,
    /// For vocabulary phrases, the bare term the sentence uses.
    pub term: Option<Bi>,
    /// For review comments (issues and suggestions), how much the comment
    /// asks of the author: the label it opens with.
    pub severity: Option<Severity>,
}

/// A review comment's label, so the author can tell at a glance what
/// blocks the merge and what is taste.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Take it or leave it: naming, a comment, a constant.
    Nit,
    /// Worth doing, and the author may argue: a test, a clearer design.
    Suggestion,
    /// Blocks the merge: a crash, a hang, a leak, a data race.
    MustFix,
}

/// One section of a write-up template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: Bi,
    /// The draft text: `{slots}` the page fills from the run, and
    /// `[prompts]` the learner replaces.
    pub body: Bi,
    /// One line on what a good section says.
    pub guidance: Bi,
    /// Every slot the body uses, once each.
    pub slots: &'static [&'static str],
}

/// A write-up: the RCA (`kind` "rca") or the review comment ("review").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    pub kind: &'static str,
    pub title: Bi,
    pub description: Bi,
    pub sections: &'static [Section],
}

/// What an interview scenario asks the candidate to do with its `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// `start` has a bug: reach its failing outcome, `expect` with
    /// `matches` as in a reach goal (stderr's first line for a panic or a
    /// fatal error, a substring of stderr for a race, the whole stdout for
    /// an exit, empty for a leak), then fix it.
    Fix {
        expect: Expect,
        matches: &'static str,
    },
    /// `start` is a skeleton, a harness with a `TODO`: there is no bug to
    /// reach, only code to write, and it passes when every interleaving
    /// exits cleanly, leaves no goroutine blocked and prints exactly
    /// `stdout`.
    Write { stdout: &'static str },
}

/// A program for interview practice, none of them a course lesson: a bug
/// to find and fix, or a pattern to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub number: u32,
    /// `NN-slug`, the folder under `lessons/interview/`.
    pub folder: &'static str,
    pub slug: &'static str,
    /// `easy`, `medium` or `hard`.
    pub difficulty: &'static str,
    pub task: Task,
    /// Whether a goroutine left blocked fails the fix's verification.
    pub fail_on_leak: bool,
    /// Ids of phrases worth practising on this scenario.
    pub phrases: &'static [&'static str],
    pub title: Bi,
    /// The bug report as on-call receives it.
    pub brief: Bi,
    /// The interviewer's next question once the fix is in.
    pub followup: Bi,
    /// A model answer to `followup`, for learners who practise alone.
    pub answer: Bi,
    /// What a good answer must get across: two or three points.
    pub rubric: &'static [Bi],
    pub start: &'static str,
    pub solution: &'static str,
}

impl Scenario {
    /// Whether a finished run of the candidate's program ends in the
    /// failing outcome a fix task asks for (a write task has none).
    pub fn reached(&self, o: &Outcome) -> bool {
        match self.task {
            Task::Fix { expect, matches } => meets(expect, matches, o),
            Task::Write { .. } => false,
        }
    }

    /// Whether a complete exploration of the candidate's program passes:
    /// every interleaving exits cleanly (leaking nothing when
    /// `fail_on_leak`), and a write task's prints exactly its `stdout`.
    pub fn passes(&self, report: &Report) -> bool {
        verified(report, self.fail_on_leak, self.stdout())
    }

    /// How many explored schedules of the candidate's program do not pass.
    pub fn failing(&self, report: &Report) -> u64 {
        unverified(report, self.fail_on_leak, self.stdout())
    }

    /// The output a write task is held to.
    fn stdout(&self) -> Option<&'static str> {
        match self.task {
            Task::Fix { .. } => None,
            Task::Write { stdout } => Some(stdout),
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/practice.rs"));

/// `body` with every `{slot}` replaced by `value(slot)`, or left as
/// `{slot}` when there is no value, so the learner sees what is missing.
/// Only `{snake_case}` counts as a slot: any other brace, balanced or not,
/// is copied as it is, and a value is never scanned for slots itself.
pub fn fill(body: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match slot_at(after) {
            Some(name) => {
                match value(name) {
                    Some(v) => out.push_str(&v),
                    None => out.push_str(&rest[open..open + name.len() + 2]),
                }
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The slots `text` uses, in order of first use, each once.
pub fn slots(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices('{') {
        if let Some(name) = slot_at(&text[i + 1..]) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

/// The slot name `s` (the text after a `{`) starts with: everything up to
/// the first `}`, if that is a name (lowercase letters, digits, `_`).
fn slot_at(s: &str) -> Option<&str> {
    let name = &s[..s.find('}')?];
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(slot: &str) -> Option<String> {
        match slot {
            "goroutine" => Some("G7".into()),
            "line" => Some("main.go:12".into()),
            "tricky" => Some("{line}".into()),
            _ => None,
        }
    }

    #[test]
    fn fill_replaces_known_slots_and_keeps_unknown_ones_visible() {
        assert_eq!(
            fill("{goroutine} panics at {line} on {channel}.", known),
            "G7 panics at main.go:12 on {channel}."
        );
        assert_eq!(fill("{line}{line}", known), "main.go:12main.go:12");
        assert_eq!(fill("no slots here", known), "no slots here");
        assert_eq!(fill("", known), "");
    }

    #[test]
    fn fill_copies_braces_that_are_not_slots() {
        assert_eq!(fill("{", known), "{");
        assert_eq!(fill("}", known), "}");
        assert_eq!(fill("a { b", known), "a { b");
        assert_eq!(fill("{{line}}", known), "{main.go:12}");
        assert_eq!(fill("{line", known), "{line");
        assert_eq!(fill("chan struct{}{}", known), "chan struct{}{}");
        assert_eq!(fill("{Line} {two words}", known), "{Line} {two words}");
        assert_eq!(fill("{ {line} }", known), "{ main.go:12 }");
        assert_eq!(fill("末尾 {line}。{", known), "末尾 main.go:12。{");
    }

    #[test]
    fn fill_does_not_rescan_values() {
        assert_eq!(fill("{tricky}", known), "{line}");
    }

    #[test]
    fn slots_lists_each_slot_once_in_order() {
        assert_eq!(
            slots("{b} then {a}, {b} again, {not a slot} {"),
            vec!["b", "a"]
        );
        assert!(slots("struct{}{}").is_empty());
    }

    #[test]
    fn the_statics_hold_the_files() {
        assert_eq!(CATEGORIES.first().map(|c| c.id), Some("clarify"));
        assert_eq!(CATEGORIES.last().map(|c| c.id), Some("vocabulary"));
        assert_eq!(RCA.kind, "rca");
        assert_eq!(REVIEW.kind, "review");
        assert_eq!(SCENARIOS.first().map(|s| s.slug), Some("abandoned-quote"));
        let first = PHRASES.iter().find(|p| p.id == "evidence-stack-trace");
        assert_eq!(first.map(|p| p.slots), Some(&["goroutine", "line"][..]));
        assert!(PHRASES.iter().all(|p| p.id.starts_with(p.category)));
    }
}
