//! Reads every `lessons/NN-slug/` folder at build time and writes the
//! course as Rust statics (`lessons.rs` in `OUT_DIR`): metadata from
//! `lesson.toml`, texts and programs through `include_str!`. A lesson that
//! does not parse fails the build with its path and the reason: a broken
//! lesson must never ship. What the engine must prove about a lesson
//! (its goals) is the checker's job, at test time.
//!
//! The practice data (the phrase bank in `lessons/phrases/`, the write-up
//! templates in `lessons/templates/`, the interview scenarios in
//! `lessons/interview/`; format in `lessons/phrases/README.md`) becomes
//! `practice.rs` the same way, under the same rule.

#[path = "src/marker.rs"]
#[allow(dead_code)]
mod marker;

use serde::Deserialize;
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Bi {
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    slug: String,
    level: String,
    minutes: u32,
    tags: Vec<String>,
    title: Bi,
    summary: Bi,
    #[serde(default)]
    goal: Vec<Goal>,
    #[serde(default)]
    hint: Vec<Bi>,
    #[serde(default)]
    deep_dive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Goal {
    kind: String,
    text: Bi,
    outcome: Option<String>,
    #[serde(rename = "match")]
    matches: Option<String>,
    fail_on_leak: Option<bool>,
    stdout: Option<String>,
    options: Option<Vec<Bi>>,
    answer: Option<usize>,
    explain: Option<Bi>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("lesson.toml").exists())
        .collect();
    dirs.sort();
    let mut out = String::from(
        "/// Every lesson of the course, in order.\npub static LESSONS: &[Lesson] = &[\n",
    );
    let mut sources = String::from(
        "/// Every lesson's texts as written, count markers included, in order.\npub static SOURCES: &[Source] = &[\n",
    );
    for dir in &dirs {
        lesson(dir, &mut out, &mut sources);
    }
    out.push_str("];\n");
    sources.push_str("];\n");
    out.push_str(&sources);
    let _ = writeln!(
        out,
        "/// `lessons/VERIFIED.md`, whose `realgo` records back the real-Go figures lessons quote.\npub static VERIFIED: &str = include_str!({:?});",
        root.join("VERIFIED.md").to_string_lossy()
    );
    write("lessons.rs", &out);
    write("practice.rs", &practice(&root));
}

fn write(name: &str, text: &str) {
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join(name);
    std::fs::write(&dest, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

fn lesson(dir: &Path, out: &mut String, sources: &mut String) {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |why: String| -> ! { panic!("lesson {name}: {why}") };
    let toml_path = dir.join("lesson.toml");
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        println!("cargo:rerun-if-changed={}", entry.path().display());
    }
    let text = std::fs::read_to_string(&toml_path).unwrap_or_else(|e| fail(format!("{e}")));
    let meta: Meta = toml::from_str(&text).unwrap_or_else(|e| fail(format!("lesson.toml: {e}")));
    // `07a-…`: a lesson placed after lesson 7 without renumbering the rest.
    let number: u32 = name
        .split('-')
        .next()
        .map(|n| {
            n.strip_suffix(|c: char| c.is_ascii_lowercase())
                .unwrap_or(n)
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            fail("the folder must start with its number (and may add one letter)".into())
        });
    let file = |f: &str| {
        let p = dir.join(f);
        if !p.exists() {
            fail(format!("{f} is missing"));
        }
        format!("include_str!({:?})", p.to_string_lossy())
    };
    let mut extras: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".go") && f != "start.go" && f != "solution.go")
        .collect();
    extras.sort();
    let level = match meta.level.as_str() {
        "beginner" => "Beginner",
        "intermediate" => "Intermediate",
        "advanced" => "Advanced",
        other => fail(format!("unknown level {other:?}")),
    };
    let _ = writeln!(out, "    Lesson {{");
    let _ = writeln!(out, "        number: {number},");
    let _ = writeln!(out, "        folder: {name:?},");
    let _ = writeln!(out, "        slug: {:?},", meta.slug);
    let _ = writeln!(out, "        level: Level::{level},");
    let _ = writeln!(out, "        minutes: {},", meta.minutes);
    let _ = writeln!(out, "        tags: &{:?},", meta.tags);
    let _ = writeln!(out, "        title: {},", shown(&meta.title));
    let _ = writeln!(out, "        summary: {},", shown(&meta.summary));
    let markdown = |f: &str| {
        let p = dir.join(f);
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| fail(format!("{f}: {e}")));
        format!("{:?}", marker::render(&text))
    };
    let _ = writeln!(
        out,
        "        text: Bi {{ en: {}, zh: {} }},",
        markdown("en.md"),
        markdown("zh.md")
    );
    let _ = writeln!(out, "        start: {},", file("start.go"));
    let _ = writeln!(out, "        solution: {},", file("solution.go"));
    let _ = write!(out, "        extras: &[");
    for e in &extras {
        let _ = write!(out, "({e:?}, {}), ", file(e));
    }
    let _ = writeln!(out, "],");
    let _ = writeln!(out, "        goals: &[");
    for g in &meta.goal {
        let _ = writeln!(out, "            {},", goal(g, &name));
    }
    let _ = writeln!(out, "        ],");
    let hints: Vec<String> = meta.hint.iter().map(shown).collect();
    let _ = writeln!(out, "        hints: &[{}],", hints.join(", "));
    let _ = writeln!(out, "        deep_dive: {},", meta.deep_dive);
    let _ = writeln!(out, "    }},");
    let _ = writeln!(
        sources,
        "    Source {{ folder: {name:?}, texts: &[(\"en.md\", {}), (\"zh.md\", {}), {}] }},",
        file("en.md"),
        file("zh.md"),
        raw_texts(&meta)
    );
}

fn bi(b: &Bi) -> String {
    format!("Bi {{ en: {:?}, zh: {:?} }}", b.en, b.zh)
}

/// A lesson text as the page shows it: count markers become their values.
fn shown(b: &Bi) -> String {
    format!(
        "Bi {{ en: {:?}, zh: {:?} }}",
        marker::render(&b.en),
        marker::render(&b.zh)
    )
}

/// Every `lesson.toml` text as written, each with where it is (the
/// checker's names: `title`, `goal 2 option 1`, `hint 3`, with the
/// language), for the checker to read the markers in.
fn raw_texts(meta: &Meta) -> String {
    let mut all: Vec<(String, &Bi)> = vec![
        ("title".into(), &meta.title),
        ("summary".into(), &meta.summary),
    ];
    for (i, g) in meta.goal.iter().enumerate() {
        let at = format!("goal {}", i + 1);
        all.push((at.clone(), &g.text));
        if let Some(e) = &g.explain {
            all.push((format!("{at} explanation"), e));
        }
        for (j, o) in g.options.iter().flatten().enumerate() {
            all.push((format!("{at} option {}", j + 1), o));
        }
    }
    for (i, h) in meta.hint.iter().enumerate() {
        all.push((format!("hint {}", i + 1), h));
    }
    all.iter()
        .flat_map(|(at, b)| {
            [
                format!("({:?}, {:?})", format!("{at} (en)"), b.en),
                format!("({:?}, {:?})", format!("{at} (zh)"), b.zh),
            ]
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn goal(g: &Goal, lesson: &str) -> String {
    let fail = |why: String| -> ! { panic!("lesson {lesson}: {why}") };
    let expect = || {
        let kind = match g.outcome.as_deref() {
            Some("exit") => "Exit",
            Some("panic") => "Panic",
            Some("fatal") => "Fatal",
            Some("leak") => "Leak",
            Some("race") => "Race",
            other => fail(format!("{} goal: unknown outcome {other:?}", g.kind)),
        };
        format!(
            "expect: Expect::{kind}, matches: {:?}, text: {}",
            g.matches.clone().unwrap_or_default(),
            shown(&g.text)
        )
    };
    match g.kind.as_str() {
        "reach" => format!("Goal::Reach {{ {} }}", expect()),
        "explore" => format!("Goal::Explore {{ {} }}", expect()),
        "verify" => format!(
            "Goal::Verify {{ fail_on_leak: {}, stdout: {:?}, text: {} }}",
            g.fail_on_leak.unwrap_or(false),
            g.stdout,
            shown(&g.text)
        ),
        "choose" => {
            let options: Vec<String> = g
                .options
                .as_ref()
                .unwrap_or_else(|| fail("choose goal without options".into()))
                .iter()
                .map(shown)
                .collect();
            let explain = g
                .explain
                .as_ref()
                .unwrap_or_else(|| fail("choose goal without explain".into()));
            format!(
                "Goal::Choose {{ text: {}, options: &[{}], answer: {}, explain: {} }}",
                shown(&g.text),
                options.join(", "),
                g.answer
                    .unwrap_or_else(|| fail("choose goal without answer".into())),
                shown(explain)
            )
        }
        other => fail(format!("unknown goal kind {other:?}")),
    }
}

/// The phrase categories, in the order `lessons/phrases/README.md` lists
/// them (the order the page shows them in).
const CATEGORY_ORDER: &[&str] = &[
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    category: String,
    title: Bi,
    description: Bi,
    phrase: Vec<PhraseToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseToml {
    id: String,
    en: String,
    zh: String,
    slots: Vec<String>,
    when: Bi,
    section: Option<String>,
    term: Option<Bi>,
    severity: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    kind: String,
    title: Bi,
    description: Bi,
    section: Vec<SectionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionToml {
    id: String,
    slots: Vec<String>,
    title: Bi,
    body: Bi,
    guidance: Bi,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioToml {
    slug: String,
    /// `fix` (the default) or `write`.
    task: Option<String>,
    difficulty: String,
    /// A fix task's target outcome.
    outcome: Option<OutcomeToml>,
    /// A write task's expected output.
    stdout: Option<String>,
    fail_on_leak: bool,
    phrases: Vec<String>,
    title: Bi,
    brief: Bi,
    followup: Bi,
    // Missing ones reach the checker, which says what is wrong.
    #[serde(default)]
    answer: Bi,
    #[serde(default)]
    rubric: Vec<Bi>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeToml {
    kind: String,
    stderr: Option<String>,
    code: Option<i32>,
    stdout: Option<String>,
}

/// Reads one TOML file, failing the build with its path and the reason.
fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every practice static: the phrase bank, both templates, the scenarios.
fn practice(root: &Path) -> String {
    let mut out = String::new();
    phrases(&root.join("phrases"), &mut out);
    for (name, kind) in [("RCA", "rca"), ("REVIEW", "review")] {
        let path = root.join("templates").join(format!("{kind}.toml"));
        let t: TemplateFile = read_toml(&path);
        if t.kind != kind {
            panic!(
                "{}: kind must be {kind:?}, not {:?}",
                path.display(),
                t.kind
            );
        }
        let sections: Vec<String> = t
            .section
            .iter()
            .map(|s| {
                format!(
                    "Section {{ id: {:?}, title: {}, body: {}, guidance: {}, slots: &{:?} }}",
                    s.id,
                    bi(&s.title),
                    bi(&s.body),
                    bi(&s.guidance),
                    s.slots
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "/// The {kind} write-up template.\npub static {name}: Template = Template {{ kind: {kind:?}, title: {}, description: {}, sections: &[\n    {},\n] }};",
            bi(&t.title),
            bi(&t.description),
            sections.join(",\n    ")
        );
    }
    scenarios(&root.join("interview"), &mut out);
    examples(&root.join("templates/examples"), &mut out);
    out
}

/// The filled template examples, compiled in only so that the checker can
/// hold their wording to the glossary (the page does not show them).
fn examples(dir: &Path, out: &mut String) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let entries: Vec<String> = files
        .iter()
        .map(|p| {
            format!(
                "({:?}, include_str!({:?}))",
                p.file_name().unwrap_or_default().to_string_lossy(),
                p.to_string_lossy()
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "/// The filled write-up examples in `lessons/templates/examples/`, by file name.\npub static EXAMPLES: &[(&str, &str)] = &[{}];",
        entries.join(", ")
    );
}

fn phrases(dir: &Path, out: &mut String) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    let rank = |p: &PathBuf| {
        let name = p.file_stem().unwrap_or_default().to_string_lossy();
        CATEGORY_ORDER
            .iter()
            .position(|c| *c == name)
            .unwrap_or_else(|| {
                panic!(
                    "{}: unknown category (the README lists the categories)",
                    p.display()
                )
            })
    };
    files.sort_by_key(rank);
    let mut categories = String::new();
    let mut phrases = String::new();
    for path in &files {
        let f: PhraseFile = read_toml(path);
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        if f.category != name {
            panic!(
                "{}: category must be {name:?}, the file's name, not {:?}",
                path.display(),
                f.category
            );
        }
        let _ = writeln!(
            categories,
            "    Category {{ id: {:?}, title: {}, description: {} }},",
            f.category,
            bi(&f.title),
            bi(&f.description)
        );
        for p in &f.phrase {
            let severity = match p.severity.as_deref() {
                None => "None",
                Some("nit") => "Some(Severity::Nit)",
                Some("suggestion") => "Some(Severity::Suggestion)",
                Some("must-fix") => "Some(Severity::MustFix)",
                Some(other) => panic!(
                    "{}: {}: severity {other:?} is not nit, suggestion or must-fix",
                    path.display(),
                    p.id
                ),
            };
            let _ = writeln!(
                phrases,
                "    Phrase {{ id: {:?}, category: {:?}, text: Bi {{ en: {:?}, zh: {:?} }}, slots: &{:?}, when: {}, section: {:?}, term: {}, severity: {severity} }},",
                p.id,
                f.category,
                p.en,
                p.zh,
                p.slots,
                bi(&p.when),
                p.section,
                p.term
                    .as_ref()
                    .map_or("None".into(), |t| format!("Some({})", bi(t)))
            );
        }
    }
    let _ = writeln!(
        out,
        "/// The phrase bank's categories, in the README's order.\npub static CATEGORIES: &[Category] = &[\n{categories}];\n/// Every phrase, category by category, each file in its own order.\npub static PHRASES: &[Phrase] = &[\n{phrases}];"
    );
}

fn scenarios(dir: &Path, out: &mut String) {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    out.push_str(
        "/// The interview scenarios, in order.\npub static SCENARIOS: &[Scenario] = &[\n",
    );
    for dir in &dirs {
        let fail = |why: String| -> ! { panic!("{}: {why}", dir.display()) };
        let folder = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let number: u32 = folder
            .split('-')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| fail("the folder must start with its number".into()));
        let s: ScenarioToml = read_toml(&dir.join("scenario.toml"));
        let task = match (s.task.as_deref(), &s.outcome, &s.stdout) {
            (None | Some("fix"), Some(o), None) => {
                let (expect, matches) = match (o.kind.as_str(), &o.stderr, o.code, &o.stdout) {
                    ("panic", Some(e), None, None) => ("Panic", e.as_str()),
                    ("fatal", Some(e), None, None) => ("Fatal", e.as_str()),
                    ("race", Some(e), None, None) => ("Race", e.as_str()),
                    // `Task::Fix` keeps no exit code: the target is a
                    // clean exit that prints the wrong thing.
                    ("exit", None, Some(0), Some(out)) => ("Exit", out.as_str()),
                    ("leak", None, None, None) => ("Leak", ""),
                    _ => fail(
                        "outcome: panic, fatal and race take stderr, exit takes code = 0 and stdout, leak nothing else"
                            .into(),
                    ),
                };
                format!("Task::Fix {{ expect: Expect::{expect}, matches: {matches:?} }}")
            }
            (Some("write"), None, Some(stdout)) => format!("Task::Write {{ stdout: {stdout:?} }}"),
            _ => fail(
                "a fix task (the default) takes an outcome, a write task (task = \"write\") a stdout and no outcome"
                    .into(),
            ),
        };
        let rubric: Vec<String> = s.rubric.iter().map(bi).collect();
        let file = |f: &str| {
            let p = dir.join(f);
            if !p.exists() {
                fail(format!("{f} is missing"));
            }
            format!("include_str!({:?})", p.to_string_lossy())
        };
        let _ = writeln!(
            out,
            "    Scenario {{ number: {number}, folder: {folder:?}, slug: {:?}, difficulty: {:?}, task: {task}, fail_on_leak: {}, phrases: &{:?}, title: {}, brief: {}, followup: {}, answer: {}, rubric: &[{}], start: {}, solution: {} }},",
            s.slug,
            s.difficulty,
            s.fail_on_leak,
            s.phrases,
            bi(&s.title),
            bi(&s.brief),
            bi(&s.followup),
            bi(&s.answer),
            rubric.join(", "),
            file("start.go"),
            file("solution.go")
        );
    }
    out.push_str("];\n");
}
