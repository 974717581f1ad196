//! Reads every `lessons/NN-slug/` folder at build time and writes the
//! course as Rust statics (`lessons.rs` in `OUT_DIR`): metadata from
//! `lesson.toml`, texts and programs through `include_str!`. A lesson that
//! does not parse fails the build with its path and the reason: a broken
//! lesson must never ship. What the engine must prove about a lesson
//! (its goals) is the checker's job, at test time.

use serde::Deserialize;
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
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
    for dir in &dirs {
        lesson(dir, &mut out);
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("lessons.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

fn lesson(dir: &Path, out: &mut String) {
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
    let number: u32 = name
        .split('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| fail("the folder must start with its number".into()));
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
    let _ = writeln!(out, "        title: {},", bi(&meta.title));
    let _ = writeln!(out, "        summary: {},", bi(&meta.summary));
    let _ = writeln!(
        out,
        "        text: Bi {{ en: {}, zh: {} }},",
        file("en.md"),
        file("zh.md")
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
    let hints: Vec<String> = meta.hint.iter().map(bi).collect();
    let _ = writeln!(out, "        hints: &[{}],", hints.join(", "));
    let _ = writeln!(out, "    }},");
}

fn bi(b: &Bi) -> String {
    format!("Bi {{ en: {:?}, zh: {:?} }}", b.en, b.zh)
}

fn goal(g: &Goal, lesson: &str) -> String {
    let fail = |why: String| -> ! { panic!("lesson {lesson}: {why}") };
    let expect = || {
        let kind = match g.outcome.as_deref() {
            Some("exit") => "Exit",
            Some("panic") => "Panic",
            Some("fatal") => "Fatal",
            Some("leak") => "Leak",
            other => fail(format!("{} goal: unknown outcome {other:?}", g.kind)),
        };
        format!(
            "expect: Expect::{kind}, matches: {:?}, text: {}",
            g.matches.clone().unwrap_or_default(),
            bi(&g.text)
        )
    };
    match g.kind.as_str() {
        "reach" => format!("Goal::Reach {{ {} }}", expect()),
        "explore" => format!("Goal::Explore {{ {} }}", expect()),
        "verify" => format!(
            "Goal::Verify {{ fail_on_leak: {}, stdout: {:?}, text: {} }}",
            g.fail_on_leak.unwrap_or(false),
            g.stdout,
            bi(&g.text)
        ),
        "choose" => {
            let options: Vec<String> = g
                .options
                .as_ref()
                .unwrap_or_else(|| fail("choose goal without options".into()))
                .iter()
                .map(bi)
                .collect();
            let explain = g
                .explain
                .as_ref()
                .unwrap_or_else(|| fail("choose goal without explain".into()));
            format!(
                "Goal::Choose {{ text: {}, options: &[{}], answer: {}, explain: {} }}",
                bi(&g.text),
                options.join(", "),
                g.answer
                    .unwrap_or_else(|| fail("choose goal without answer".into())),
                bi(explain)
            )
        }
        other => fail(format!("unknown goal kind {other:?}")),
    }
}
