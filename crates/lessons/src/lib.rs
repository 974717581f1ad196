//! The course: every lesson of `lessons/` compiled in as static data (the
//! page needs no fetch, so it works offline and inside any wiki), and the
//! checker that proves what each lesson promises.
//!
//! A lesson is a real Go program (`start.go`) with goals the engine checks:
//! *reach* an outcome by stepping, *explore* to find one, *verify* that
//! every interleaving of the learner's code ends cleanly, or *choose* a
//! quiz answer. `solution.go` is the reference answer.
//!
//! Beside the course sit the practice data (`practice.rs`): the phrase
//! bank, the write-up templates and the interview scenarios.

pub mod check;
mod goals;
pub mod marker;
mod practice;

pub use goals::{meets, verified};
pub use practice::{
    CATEGORIES, Category, EXAMPLES, PHRASES, Phrase, RCA, REVIEW, SCENARIOS, Scenario, Section,
    Severity, Task, Template, fill, slots,
};

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bi {
    pub en: &'static str,
    pub zh: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

/// The kind of outcome a goal asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// The program exits with no goroutine left blocked.
    Exit,
    /// The program exits but leaves goroutines blocked (a leak).
    Leak,
    Panic,
    Fatal,
    /// The run reports a data race (Go's race detector is always on in the
    /// course); `matches` is a substring of stderr.
    Race,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Reach the outcome by stepping `start.go`; `matches` is a substring
    /// of stdout (exit, leak) or of stderr's first line (panic, fatal).
    Reach {
        expect: Expect,
        matches: &'static str,
        text: Bi,
    },
    /// The explorer finds the outcome in `start.go`.
    Explore {
        expect: Expect,
        matches: &'static str,
        text: Bi,
    },
    /// Every interleaving of the learner's program exits with status 0
    /// (and, if asked, leaks nothing and prints exactly `stdout`).
    Verify {
        fail_on_leak: bool,
        stdout: Option<&'static str>,
        text: Bi,
    },
    Choose {
        text: Bi,
        options: &'static [Bi],
        answer: usize,
        explain: Bi,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    pub number: u32,
    /// `NN-slug`, the folder under `lessons/`.
    pub folder: &'static str,
    pub slug: &'static str,
    pub level: Level,
    pub minutes: u32,
    pub tags: &'static [&'static str],
    pub title: Bi,
    pub summary: Bi,
    /// The lesson's Markdown, ending in its explanation section.
    pub text: Bi,
    pub start: &'static str,
    pub solution: &'static str,
    /// Other programs the text refers to, by file name.
    pub extras: &'static [(&'static str, &'static str)],
    pub goals: &'static [Goal],
    pub hints: &'static [Bi],
    /// Off the core path (`deep_dive = true`): the course list marks it,
    /// and the lessons after it do not build on it.
    pub deep_dive: bool,
}

impl Lesson {
    /// The lesson's number as the course shows it: `7`, or `7a` for a
    /// lesson placed after lesson 7 later, so that no lesson is renumbered
    /// (texts, links and saved progress refer to lessons as they are).
    pub fn label(&self) -> &'static str {
        let prefix = self.folder.split('-').next().unwrap_or(self.folder);
        prefix.trim_start_matches('0')
    }
}

/// A lesson's texts as its author wrote them, count markers included
/// (`Lesson` holds them as the page shows them). Only the checker reads
/// these: it re-derives every marked count and refuses unmarked ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The lesson's folder, as in `Lesson::folder`.
    pub folder: &'static str,
    /// Each text with where it is: `en.md`, `zh.md`, `goal 2 option 1 (zh)`.
    pub texts: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// The texts as written of the lesson in this folder.
pub fn source(folder: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.folder == folder)
}

/// The lesson with this slug.
pub fn by_slug(slug: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.slug == slug)
}
