//! Numbers in lesson text that something else decides. A count the engine
//! finds (outcomes, schedules, panics …) or a figure from real Go runs must
//! be written as a marker ([`crate::marker`]); this module proves each
//! marker against a fresh exploration or against the `realgo` records of
//! `lessons/VERIFIED.md`, and refuses a count written without one. So a
//! lesson cannot keep promising "six outputs" after the engine (or the
//! program) changed to thirteen: the check names the file, the marker and
//! the fresh value.

use crate::Source;
use crate::marker::{Kind, Marker, scan};
use explore::Report;
use runtime::machine::OutcomeKind;
use std::collections::{BTreeMap, HashMap};

/// The `realgo` records of a VERIFIED.md: (lesson folder, record name) to
/// its fields. A record is one line holding, between backticks,
/// `realgo <folder> <record> field=value field=value …`.
pub fn records(verified: &str) -> HashMap<(String, String), BTreeMap<String, u64>> {
    let mut out = HashMap::new();
    for line in verified.lines() {
        for (i, span) in line.split('`').enumerate() {
            if i % 2 == 0 {
                continue;
            }
            let mut words = span.split_whitespace();
            let (Some("realgo"), Some(folder), Some(record)) =
                (words.next(), words.next(), words.next())
            else {
                continue;
            };
            let fields = words
                .filter_map(|w| w.split_once('='))
                .filter_map(|(k, v)| Some((k.to_string(), v.replace(',', "").parse().ok()?)))
                .collect();
            out.insert((folder.to_string(), record.to_string()), fields);
        }
    }
    out
}

/// The value a count marker claims, as a fresh exploration finds it.
pub fn engine_value(kind: Kind, r: &Report) -> u64 {
    let schedules = |f: &dyn Fn(&explore::outcomes::OutcomeClass) -> bool| -> u64 {
        r.outcomes.iter().filter(|o| f(o)).map(|o| o.count).sum()
    };
    match kind {
        Kind::Outcomes => r.outcomes.len() as u64,
        Kind::Schedules => r.schedules,
        Kind::Panics => schedules(&|o| o.kind == OutcomeKind::Panic),
        Kind::Fatals => schedules(&|o| o.kind == OutcomeKind::Fatal),
        Kind::Leaks => schedules(&|o| o.kind == OutcomeKind::Exit && o.leaked > 0),
        Kind::Clean => {
            schedules(&|o| o.kind == OutcomeKind::Exit && o.exit_code == 0 && o.leaked == 0)
        }
        Kind::RealGo => 0,
    }
}

fn describe(kind: Kind) -> &'static str {
    match kind {
        Kind::Outcomes => "distinct outcomes",
        Kind::Schedules => "schedules",
        Kind::Panics => "schedules ending in a panic",
        Kind::Fatals => "schedules ending in a fatal error",
        Kind::Leaks => "schedules that exit with goroutines still blocked",
        Kind::Clean => "schedules that exit 0 with nothing blocked",
        Kind::RealGo => "real-Go runs",
    }
}

/// Everything wrong with the numbers in one lesson's texts as written:
/// malformed markers, markers the engine or VERIFIED.md contradicts, and
/// counts written without a marker. `programs` are the lesson's programs
/// by file name; `explore` explores one completely (the checker passes
/// the same exploration its goals use, so the numbers are the ones a
/// learner sees when pressing Explore).
pub fn check_source(
    source: &Source,
    programs: &[(&str, &str)],
    verified: &str,
    explore: &mut dyn FnMut(&str, &str) -> Result<Report, String>,
) -> Vec<String> {
    let records = records(verified);
    let mut out = Vec::new();
    for (at, text) in source.texts {
        let (markers, bad) = scan(text);
        for why in bad {
            out.push(format!("{at}: malformed marker {why}"));
        }
        for m in &markers {
            if let Some(why) = claim(source.folder, m, programs, &records, explore) {
                out.push(format!("{at}: {} {why}", m.source()));
            }
        }
        for why in unmarked_counts(&blank_markers(text, &markers)) {
            out.push(format!(
                "{at}: unverified count {why}: write it as a marker, e.g. {{outcomes start.go = N}} or {{realgo RECORD FIELD = N}} (lessons/README.md)"
            ));
        }
    }
    out
}

/// Why the marker is wrong, if it is.
fn claim(
    folder: &str,
    m: &Marker,
    programs: &[(&str, &str)],
    records: &HashMap<(String, String), BTreeMap<String, u64>>,
    explore: &mut dyn FnMut(&str, &str) -> Result<Report, String>,
) -> Option<String> {
    if m.kind == Kind::RealGo {
        let field = m.field.as_deref().unwrap_or("");
        let Some(record) = records.get(&(folder.to_string(), m.subject.clone())) else {
            return Some(format!(
                "quotes a real-Go figure, but lessons/VERIFIED.md has no record `realgo {folder} {}`",
                m.subject
            ));
        };
        return match record.get(field) {
            None => Some(format!(
                "quotes field {field:?}, which the record `realgo {folder} {}` does not have",
                m.subject
            )),
            Some(v) if *v != m.value => Some(format!(
                "says {}, but lessons/VERIFIED.md records {field}={v}",
                m.value
            )),
            Some(_) => None,
        };
    }
    let Some((name, src)) = programs.iter().find(|(n, _)| *n == m.subject) else {
        return Some(format!(
            "names {}, which this lesson does not have",
            m.subject
        ));
    };
    match explore(name, src) {
        Err(e) => Some(format!("cannot be checked: {name}: {e}")),
        Ok(r) => {
            let fresh = engine_value(m.kind, &r);
            (fresh != m.value).then(|| {
                format!(
                    "says {}, but a fresh exploration of {name} finds {fresh} {}: update the number and the sentence around it",
                    m.value,
                    describe(m.kind)
                )
            })
        }
    }
}

/// The text with every marker replaced by a word that is not a number,
/// so that a marked count is not taken for an unmarked one.
fn blank_markers(text: &str, markers: &[Marker]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for m in markers {
        out.push_str(&text[at..m.start]);
        out.push_str("MARKED");
        at = m.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Prose only: code fences, code spans and list numbers (`1. Run …`)
/// dropped.
fn prose(text: &str) -> String {
    let text: String = text
        .split("```")
        .step_by(2)
        .flat_map(|chunk| chunk.split('`').step_by(2))
        .collect::<Vec<_>>()
        .join(" ");
    text.lines()
        .map(|line| {
            let body = line.trim_start();
            let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            match body[digits..].strip_prefix(". ") {
                Some(rest) if digits > 0 => rest,
                _ => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Counts written as plain words or digits next to the nouns that make
/// them checkable claims ("six different outputs", "in 4,000 runs",
/// "十几种不同的输出", "跑了 3000 次"), each quoted for the message. "one"
/// and a lone 一 are left alone: there they mostly mean "a".
pub fn unmarked_counts(text: &str) -> Vec<String> {
    let text = prose(text);
    let mut out = super::counts::unmarked_en(&text);
    out.extend(super::counts::unmarked_zh(&text));
    out
}
