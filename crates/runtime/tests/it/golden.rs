//! The golden corpus: whole Go programs under `tests/golden/`, each ending
//! in a comment block that says what `go build` + running the binary
//! produces (see `tests/golden/README.md`).
//!
//! One runner does three things:
//! - runs every program in the engine and compares with the expectation;
//! - with `GOSIM_REAL_GO=/path/to/go`, also runs every program with real Go
//!   and holds the *expectation* to it (the differential check: the files
//!   record real Go, not us);
//! - with `UPDATE_EXPECT=1` (and `GOSIM_REAL_GO`), rewrites expectations
//!   from real Go's output.
//!
//! Programs under `race/` are built with `-race` and run in the engine
//! with its race detector; `GOLDEN_ONLY=race/` limits a run to them.

use crate::race_text::race_lines;
use test_support::real_go;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Debug, Default, PartialEq)]
struct Expect {
    errors: Vec<String>,
    output: Vec<String>,
    exit: i32,
    stderr: Option<String>,
    waits: Option<String>,
    /// For `race/` programs (built and run with the race detector): the
    /// race reports, normalised (see `race_text`).
    races: Vec<String>,
}

impl Expect {
    fn parse(src: &str) -> (String, Expect) {
        let lines: Vec<&str> = src.lines().collect();
        let start = lines
            .iter()
            .rposition(|l| *l == "// Output:")
            .or_else(|| lines.iter().position(|l| l.starts_with("// Error: ")));
        let Some(start) = start else {
            return (src.to_string(), Expect::default());
        };
        let body = lines[..start].join("\n");
        let mut e = Expect::default();
        let mut in_output = false;
        for l in &lines[start..] {
            if *l == "// Output:" {
                in_output = true;
            } else if let Some(x) = l.strip_prefix("// Error: ") {
                e.errors.push(x.to_string());
            } else if let Some(x) = l.strip_prefix("// Exit: ") {
                in_output = false;
                e.exit = x.trim().parse().unwrap_or(-1);
            } else if let Some(x) = l.strip_prefix("// Stderr: ") {
                in_output = false;
                e.stderr = Some(x.to_string());
            } else if let Some(x) = l.strip_prefix("// Waits: ") {
                e.waits = Some(x.to_string());
            } else if let Some(x) = l.strip_prefix("// Race: ") {
                in_output = false;
                e.races.push(x.to_string());
            } else if l.starts_with("// Race rate: ") {
                in_output = false;
            } else if in_output {
                e.output.push(
                    l.strip_prefix("// ")
                        .or_else(|| l.strip_prefix("//"))
                        .unwrap_or(l)
                        .to_string(),
                );
            }
        }
        (body.trim_end().to_string(), e)
    }

    fn render(&self) -> String {
        let mut s = String::new();
        if !self.errors.is_empty() {
            for e in &self.errors {
                let _ = writeln!(s, "// Error: {e}");
            }
            return s;
        }
        s.push_str("// Output:\n");
        for l in &self.output {
            if l.is_empty() {
                s.push_str("//\n");
            } else {
                let _ = writeln!(s, "// {l}");
            }
        }
        if self.exit != 0 {
            let _ = writeln!(s, "// Exit: {}", self.exit);
        }
        if let Some(st) = &self.stderr {
            let _ = writeln!(s, "// Stderr: {st}");
        }
        if let Some(w) = &self.waits {
            let _ = writeln!(s, "// Waits: {w}");
        }
        for r in &self.races {
            let _ = writeln!(s, "// Race: {r}");
        }
        s
    }
}

fn corpus() -> Vec<PathBuf> {
    let mut out = Vec::new();
    test_support::go_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden"),
        &mut out,
    );
    out.sort();
    out
}

fn stdout_lines(s: &str) -> Vec<String> {
    s.strip_suffix('\n')
        .unwrap_or(s)
        .split('\n')
        .map(str::to_string)
        .filter(|_| !s.is_empty())
        .collect()
}

/// Sorted wait reasons from a deadlock report's `goroutine N [reason]:` headers.
fn waits_of(stderr: &str) -> Option<String> {
    if !stderr.starts_with("fatal error: all goroutines are asleep") {
        return None;
    }
    let mut reasons: Vec<String> = stderr
        .lines()
        .filter_map(|l| {
            l.strip_prefix("goroutine ")
                .and_then(|r| r.split_once(" ["))
                .and_then(|(_, r)| r.strip_suffix("]:"))
        })
        .map(|r| r.split(',').next().unwrap_or(r).to_string())
        .collect();
    reasons.sort();
    Some(reasons.join("; "))
}

/// The first line of stderr that is not part of a race report.
fn first_other_line(stderr: &str) -> Option<String> {
    let mut inside = false;
    stderr
        .lines()
        .find(|l| {
            if *l == "==================" {
                inside = !inside;
                return false;
            }
            let summary = l.starts_with("Found ") && l.ends_with(" data race(s)");
            !inside && !summary
        })
        .map(str::to_string)
}

/// Programs under `race/` are built and run with the race detector.
fn is_race_program(name: &str) -> bool {
    name.starts_with("race/")
}

/// What the engine does with a program, in the expectation's terms.
fn engine(src: &str, race: bool) -> Expect {
    match runtime::build(src) {
        Err(errors) => Expect {
            // A message's continuation lines (`\thave (…)`) follow it.
            errors: errors
                .iter()
                .flat_map(|e| {
                    let text = format!("{}:{}: {}", e.line(), e.col(), e.message());
                    text.lines().map(str::to_string).collect::<Vec<_>>()
                })
                .collect(),
            ..Expect::default()
        },
        Ok(build) => {
            let out = if race {
                let mut m = build.machine(runtime::machine::Limits::default());
                m.enable_race_detector();
                m.run(&mut runtime::sched::SeededScheduler::new(0))
            } else {
                runtime::run_source(src)
            };
            Expect {
                errors: Vec::new(),
                output: stdout_lines(out.stdout()),
                exit: out.exit_code(),
                stderr: (out.exit_code() != 0)
                    .then(|| first_other_line(out.stderr()))
                    .flatten(),
                waits: waits_of(out.stderr()),
                races: race_lines(out.stderr()),
            }
        }
    }
}

/// What real Go does with a program: `go build` (`-race` if `race`),
/// then run the binary.
fn real_go(go: &Path, src: &str, work: &Path, race: bool) -> Expect {
    let build = real_go::build_with(go, src, work, race);
    if !build.status.success() {
        let errors = String::from_utf8_lossy(&build.stderr)
            .lines()
            .filter_map(|l| {
                l.strip_prefix("./prog.go:")
                    .or_else(|| l.starts_with('\t').then_some(l))
            })
            .map(str::to_string)
            .collect();
        return Expect {
            errors,
            ..Expect::default()
        };
    }
    let run = Command::new(work.join("prog.bin"))
        .current_dir(work)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    let exit = run.status.code().unwrap_or(-1);
    Expect {
        errors: Vec::new(),
        output: stdout_lines(&stdout),
        exit,
        stderr: (exit != 0).then(|| first_other_line(&stderr)).flatten(),
        waits: waits_of(&stderr),
        races: race_lines(&stderr),
    }
}

/// How many of `runs` runs of the built race program in `work` reported
/// a race: Go's detector sees only the interleaving each run happens to
/// take, so a golden's recorded report is only as stable as this.
fn race_rate(work: &Path, runs: u32) -> String {
    let found = (0..runs)
        .filter(|_| {
            Command::new(work.join("prog.bin"))
                .current_dir(work)
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stderr).contains("WARNING: DATA RACE"))
        })
        .count();
    format!("// Race rate: {found}/{runs} runs of the -race binary reported a race\n")
}

#[test]
fn golden_corpus() {
    let files = corpus();
    assert!(files.len() > 100, "golden corpus not found");
    let go = std::env::var_os("GOSIM_REAL_GO").map(PathBuf::from);
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    if go.is_none() {
        eprintln!(
            "golden: GOSIM_REAL_GO not set, so the differential check against real Go is not run here (`cargo xtask test` runs it)"
        );
    }
    let work = std::env::temp_dir().join(format!("gosim-golden-{}", std::process::id()));
    let mut engine_failures = Vec::new();
    let mut go_failures = Vec::new();
    // `GOLDEN_ONLY=race/` runs the programs whose path contains it.
    let only = std::env::var("GOLDEN_ONLY").unwrap_or_default();
    for path in &files {
        let name = path
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden"))
            .unwrap_or(path)
            .display()
            .to_string();
        if !name.contains(&only) {
            continue;
        }
        let src = fs::read_to_string(path).unwrap();
        let (body, want) = Expect::parse(&src);
        let race = is_race_program(&name);
        if let Some(go) = &go {
            let real = real_go(go, &src, &work, race);
            if update && (real != want || (race && !src.contains("// Race rate: "))) {
                let rate = if race && !real.races.is_empty() {
                    race_rate(&work, 20)
                } else {
                    String::new()
                };
                fs::write(path, format!("{body}\n\n{}{rate}", real.render())).unwrap();
            } else if real != want {
                go_failures.push(format!("{name}:\n  recorded {want:?}\n  real Go  {real:?}"));
            }
        }
        let got = engine(&src, race);
        if got != want {
            engine_failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    let _ = fs::remove_dir_all(&work);
    let total = files.len();
    eprintln!(
        "golden: {} of {total} programs match in the engine",
        total - engine_failures.len()
    );
    assert!(
        go_failures.is_empty(),
        "{} recorded expectations differ from real Go:\n{}",
        go_failures.len(),
        go_failures.join("\n")
    );
    assert!(
        engine_failures.is_empty(),
        "{} of {total} programs differ in the engine:\n{}",
        engine_failures.len(),
        engine_failures.join("\n")
    );
}
