//! The lesson checker (`gosim lessons check`, and a test in `cargo xtask
//! test`): every text present in both languages and written in the
//! Markdown subset the page renders, terms as the glossary has them, and
//! every goal proven against the engine — the start program reaches its
//! failing outcomes, the solution passes every verification and the start
//! program does not — and every count the text states re-derived
//! ([`claims`]). [`practice`] does the same for the phrase bank, the
//! write-up templates and the interview scenarios.

pub mod claims;
pub mod counts;
pub mod glossary;
pub mod practice;

use crate::{Bi, Goal, Lesson, meets, verified};
use explore::{Options, Report};
use glossary::{drift, first_use_glossed};
use std::collections::{HashMap, HashSet};

/// Something wrong with one lesson or practice file, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: the lesson's folder, or a practice file under `lessons/`
    /// (`phrases/rca.toml`, `templates/rca.toml`, `interview/01-…`).
    pub lesson: String,
    pub what: String,
}

/// Checks the whole course: these lessons, and the practice data compiled
/// in (whose scenarios must not be these lessons' programs). An empty list
/// means all of it is sound.
pub fn check_all(lessons: &[Lesson]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut slugs = HashSet::new();
    let mut before: Option<&str> = None;
    for l in lessons {
        let mut say = |what: String| {
            problems.push(Problem {
                lesson: l.folder.to_string(),
                what,
            })
        };
        if !slugs.insert(l.slug) {
            say(format!("slug {:?} is used twice", l.slug));
        }
        let expected = next_labels(before);
        if !expected.contains(&l.label().to_string()) {
            say(format!(
                "numbered {} but follows {}: expected {}",
                l.label(),
                before.unwrap_or("nothing"),
                expected.join(" or ")
            ));
        }
        before = Some(l.label());
        for what in check(l) {
            say(what);
        }
    }
    problems.extend(practice::check_all(lessons));
    problems
}

/// The labels the lesson after `before` may have: the next number, or
/// the next letter after the same number (`7` → `7a`, `7a` → `7b`).
fn next_labels(before: Option<&str>) -> Vec<String> {
    let Some(label) = before else {
        return vec!["1".into()];
    };
    let digits = label.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let number: u32 = digits.parse().unwrap_or(0);
    let letter = label[digits.len()..].chars().next();
    let next_letter = letter.map_or(Some('a'), |c| char::from_u32(c as u32 + 1));
    let mut out = vec![(number + 1).to_string()];
    out.extend(next_letter.map(|c| format!("{number}{c}")));
    out
}

/// Everything wrong with one lesson.
pub fn check(l: &Lesson) -> Vec<String> {
    let mut out = Vec::new();
    let letter = l.label().trim_start_matches(|c: char| c.is_ascii_digit());
    if l.folder != format!("{:02}{letter}-{}", l.number, l.slug) {
        out.push(format!(
            "the folder should be {:02}{letter}-{}",
            l.number, l.slug
        ));
    }
    texts(l, &mut out);
    markdown(l.text.en, "## Explanation", "en.md", &mut out);
    markdown(l.text.zh, "## 解析", "zh.md", &mut out);
    glossary(l, &mut out);
    let mut explored = Explorations::default();
    goals(l, &mut explored, &mut out);
    if let Some(source) = crate::source(l.folder) {
        let programs: Vec<(&str, &str)> = [("start.go", l.start), ("solution.go", l.solution)]
            .into_iter()
            .chain(l.extras.iter().copied())
            .collect();
        out.extend(claims::check_source(
            source,
            &programs,
            crate::VERIFIED,
            &mut |name, src| explored.get(name, src),
        ));
    }
    out
}

/// Explorations of one lesson's programs, each run once however many
/// goals and count markers ask about it.
#[derive(Default)]
struct Explorations(HashMap<String, Result<Report, String>>);

impl Explorations {
    fn get(&mut self, name: &str, src: &str) -> Result<Report, String> {
        self.0
            .entry(name.to_string())
            .or_insert_with(|| explore(src))
            .clone()
    }
}

/// Every bilingual text of the lesson, with where it is.
fn all_texts(l: &Lesson) -> Vec<(String, Bi)> {
    let mut all = vec![
        ("title".to_string(), l.title),
        ("summary".to_string(), l.summary),
        ("text".to_string(), l.text),
    ];
    for (i, h) in l.hints.iter().enumerate() {
        all.push((format!("hint {}", i + 1), *h));
    }
    for (i, g) in l.goals.iter().enumerate() {
        let at = format!("goal {}", i + 1);
        match g {
            Goal::Reach { text, .. } | Goal::Explore { text, .. } | Goal::Verify { text, .. } => {
                all.push((at, *text));
            }
            Goal::Choose {
                text,
                options,
                explain,
                ..
            } => {
                all.push((at.clone(), *text));
                all.push((format!("{at} explanation"), *explain));
                for (j, o) in options.iter().enumerate() {
                    all.push((format!("{at} option {}", j + 1), *o));
                }
            }
        }
    }
    all
}

fn texts(l: &Lesson, out: &mut Vec<String>) {
    for (at, b) in all_texts(l) {
        if b.en.trim().is_empty() {
            out.push(format!("{at}: English is empty"));
        }
        if b.zh.trim().is_empty() {
            out.push(format!("{at}: Chinese is empty"));
        }
        if b.zh.trim() == b.en.trim()
            && !b.en.trim().is_empty()
            && b.en.chars().any(char::is_alphabetic)
        {
            out.push(format!("{at}: the Chinese is a copy of the English"));
        }
    }
    if l.hints.is_empty() {
        out.push("no hints".into());
    }
}

/// The Markdown subset the page renders: headings, paragraphs, lists,
/// emphasis, code, quotes and links. Raw HTML, tables and images are
/// refused, and the text must end in its explanation section.
fn markdown(text: &str, explanation: &str, file: &str, out: &mut Vec<String>) {
    let mut in_fence = false;
    for (n, line) in text.lines().enumerate() {
        let at = n + 1;
        if line.trim_start().starts_with("```") {
            let lang = line.trim_start().trim_start_matches('`');
            if !(in_fence || lang.is_empty() || lang == "go") {
                out.push(format!("{file}:{at}: only ```go fences are rendered"));
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let prose = strip_code_spans(line);
        if has_html(&prose) {
            out.push(format!("{file}:{at}: raw HTML is not rendered"));
        }
        if prose.trim_start().starts_with('|') {
            out.push(format!("{file}:{at}: tables are not rendered"));
        }
        if prose.contains("![") {
            out.push(format!("{file}:{at}: images are not rendered"));
        }
    }
    if in_fence {
        out.push(format!("{file}: a code fence is never closed"));
    }
    if !text.lines().any(|l| l.trim_end() == explanation) {
        out.push(format!("{file}: no {explanation:?} section"));
    }
}

pub(crate) fn strip_code_spans(line: &str) -> String {
    line.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, s)| s)
        .collect()
}

fn has_html(prose: &str) -> bool {
    prose.match_indices('<').any(|(i, _)| {
        prose[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}

fn glossary(l: &Lesson, out: &mut Vec<String>) {
    for (at, b) in all_texts(l) {
        for what in drift(b.zh) {
            out.push(format!("{at}: {what}"));
        }
    }
    out.extend(first_use_glossed(l.text.zh));
}

/// Explores `src` completely (or says why it cannot), with the search the
/// page runs, so a count in a lesson is the count a learner sees.
pub fn explore(src: &str) -> Result<Report, String> {
    let build = runtime::build(src).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render(runtime::FILE_NAME))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let report = explore::pool::search(&build, &Options::with_race_detector());
    if report.complete {
        Ok(report)
    } else {
        Err(format!(
            "exploration stopped after {} schedules",
            report.schedules
        ))
    }
}

fn goals(l: &Lesson, explored: &mut Explorations, out: &mut Vec<String>) {
    if l.goals.iter().all(|g| matches!(g, Goal::Choose { .. })) {
        out.push("no goal the engine checks".into());
    }
    for (name, src) in l.extras {
        if let Err(e) = runtime::build(src) {
            out.push(format!("{name} does not compile: {}", e[0].render(name)));
        }
    }
    let start = match explored.get("start.go", l.start) {
        Ok(r) => Some(r),
        Err(e) => {
            out.push(format!("start.go: {e}"));
            None
        }
    };
    let solution = match explored.get("solution.go", l.solution) {
        Ok(r) => Some(r),
        Err(e) => {
            out.push(format!("solution.go: {e}"));
            None
        }
    };
    for (i, g) in l.goals.iter().enumerate() {
        let at = format!("goal {}", i + 1);
        match g {
            Goal::Reach {
                expect, matches, ..
            }
            | Goal::Explore {
                expect, matches, ..
            } => {
                if let Some(r) = &start {
                    if !r
                        .outcomes
                        .iter()
                        .any(|o| meets(*expect, matches, &o.example))
                    {
                        out.push(format!(
                            "{at}: no interleaving of start.go ends in {expect:?} {matches:?}"
                        ));
                    }
                }
            }
            Goal::Verify {
                fail_on_leak,
                stdout,
                ..
            } => {
                if let Some(r) = &solution {
                    if !verified(r, *fail_on_leak, *stdout) {
                        out.push(format!("{at}: solution.go does not pass it"));
                    }
                }
                if let Some(r) = &start {
                    if verified(r, *fail_on_leak, *stdout) {
                        out.push(format!("{at}: start.go already passes it"));
                    }
                }
            }
            Goal::Choose {
                options, answer, ..
            } => {
                if options.len() < 2 {
                    out.push(format!("{at}: a question needs at least two options"));
                }
                if *answer >= options.len() {
                    out.push(format!("{at}: the answer is not one of the options"));
                }
            }
        }
    }
}
