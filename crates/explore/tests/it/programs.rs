//! The explorer on the bug programs of `tests/explore/`: each file lists,
//! in `// Outcome:` lines, every distinct outcome its interleavings can
//! have. A complete search must find exactly those, and replaying the
//! schedule it reports for each must reproduce it.
//!
//! With `GOSIM_REAL_GO=/path/to/go` each program also runs 300 times under
//! real Go, and every outcome real Go shows must be one the explorer found
//! (`cargo xtask test` sets it).

use test_support::real_go;

use explore::outcomes::OutcomeClass;
use explore::{Explorer, Options, replay};
use runtime::machine::OutcomeKind;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    files
}

/// An outcome as the `// Outcome:` lines write it.
fn line(exit: i32, stdout: &str, stderr_first: &str, leaked: usize) -> String {
    let mut s = format!("exit {exit} stdout={stdout:?} stderr={stderr_first:?}");
    if leaked > 0 {
        s.push_str(&format!(" leaked={leaked}"));
    }
    s
}

/// Leaks are part of a normal exit's outcome; in a deadlock every
/// goroutine is blocked by definition.
fn class_line(o: &OutcomeClass) -> String {
    let leaked = if o.kind == OutcomeKind::Exit {
        o.leaked
    } else {
        0
    };
    line(o.exit_code, &o.stdout, &o.stderr_first_line, leaked)
}

fn expected(src: &str) -> Vec<String> {
    let mut v: Vec<String> = src
        .lines()
        .filter_map(|l| l.strip_prefix("// Outcome: "))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

#[test]
fn complete_search_finds_exactly_the_documented_outcomes_and_replays_them() {
    let mut failures = Vec::new();
    for path in programs() {
        let src = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let build = runtime::build(&src).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let options = Options::default();
        let report = Explorer::new(&build, &options).run_all();
        let mut found: Vec<String> = report.outcomes.iter().map(class_line).collect();
        found.sort();
        if !report.complete || found != expected(&src) {
            failures.push(format!(
                "{name}: complete={} found {found:#?}",
                report.complete
            ));
        }
        for o in &report.outcomes {
            let r = replay(&build, &o.schedule, &options, false);
            let got = r.run.outcome.unwrap();
            assert_eq!(r.diverged_at, None, "{name}: replay diverged");
            assert_eq!(
                (got.kind(), got.exit_code(), &got.stdout(), &got.stderr()),
                (
                    o.kind,
                    o.exit_code,
                    &o.example.stdout(),
                    &o.example.stderr()
                ),
                "{name}: replaying {} does not reproduce its outcome",
                o.schedule.encode()
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bug_programs_fail_and_fixed_ones_do_not() {
    for path in programs() {
        let src = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let build = runtime::build(&src).unwrap();
        let options = Options {
            fail_on_leak: true,
            ..Options::default()
        };
        let report = Explorer::new(&build, &options).run_all();
        let is_bug = expected(&src)
            .iter()
            .any(|o| o.starts_with("exit 2") || o.contains("leaked="));
        assert_eq!(report.failing(), is_bug, "{name}");
    }
}

/// Real Go's outcome of one run, in the `// Outcome:` form (real Go cannot
/// see leaks, so without `leaked=`).
fn real_runs(go: &Path, src: &str, work: &Path, runs: usize) -> Vec<String> {
    let build = real_go::build(go, src, work);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    (0..runs)
        .map(|_| {
            let out = Command::new(work.join("prog.bin")).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            line(
                out.status.code().unwrap_or(-1),
                &String::from_utf8_lossy(&out.stdout),
                stderr.lines().next().unwrap_or(""),
                0,
            )
        })
        .collect()
}

#[test]
fn every_outcome_real_go_shows_is_found() {
    let Some(go) = std::env::var_os("GOSIM_REAL_GO").map(PathBuf::from) else {
        eprintln!(
            "explore: GOSIM_REAL_GO not set, so real Go is not run here (`cargo xtask test` runs it)"
        );
        return;
    };
    let work = std::env::temp_dir().join(format!("gosim-explore-{}", std::process::id()));
    for path in programs() {
        let src = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let build = runtime::build(&src).unwrap();
        let report = Explorer::new(&build, &Options::default()).run_all();
        let found: Vec<String> = report
            .outcomes
            .iter()
            .map(|o| line(o.exit_code, &o.stdout, &o.stderr_first_line, 0))
            .collect();
        let mut seen = real_runs(&go, &src, &work, 300);
        seen.sort();
        seen.dedup();
        for s in seen {
            assert!(
                found.contains(&s),
                "{name}: real Go showed `{s}`, which the explorer did not find"
            );
        }
    }
    let _ = fs::remove_dir_all(work);
}
