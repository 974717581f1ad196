//! The course as CI checks it: every lesson sound (both languages, the
//! Markdown subset, the glossary, every goal proven by the engine), and,
//! with `GOSIM_REAL_GO=/path/to/go`, every program whose output does not
//! depend on the schedule printing exactly what real Go prints.

use test_support::real_go;

use lessons::check::{check_all, explore};
use lessons::{Goal, LESSONS};
use std::path::PathBuf;

#[test]
fn every_lesson_is_sound() {
    assert!(
        LESSONS.len() >= 14,
        "the course has {} lessons",
        LESSONS.len()
    );
    let problems = check_all(LESSONS);
    let text: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.lesson, p.what))
        .collect();
    assert!(text.is_empty(), "{}", text.join("\n"));
}

#[test]
fn the_flagship_lesson_is_lesson_13_and_panics_as_in_production() {
    let l = lessons::by_slug("stop-channel-race").expect("the flagship lesson");
    assert_eq!(l.number, 13);
    assert!(l.goals.iter().any(|g| matches!(
        g,
        Goal::Reach { matches, .. } if matches.contains("missing cancel error")
    )));
}

#[test]
fn deterministic_programs_print_what_real_go_prints() {
    let Some(go) = std::env::var_os("GOSIM_REAL_GO").map(PathBuf::from) else {
        eprintln!(
            "lessons: GOSIM_REAL_GO not set, so real Go is not run here (`cargo xtask test` runs it)"
        );
        return;
    };
    let work = std::env::temp_dir().join(format!("lessons-real-go-{}", std::process::id()));
    let mut compared = 0;
    let mut failures = Vec::new();
    for l in LESSONS {
        let programs = [("start.go", l.start), ("solution.go", l.solution)]
            .into_iter()
            .chain(l.extras.iter().copied());
        for (name, src) in programs {
            let Ok(report) = explore(src) else { continue };
            let [only] = report.outcomes.as_slice() else {
                continue;
            };
            let built = real_go::build(&go, src, &work);
            assert!(
                built.status.success(),
                "{}/{name}: go build failed: {}",
                l.folder,
                String::from_utf8_lossy(&built.stderr)
            );
            let run = std::process::Command::new(work.join("prog.bin"))
                .output()
                .expect("the built program runs");
            let want = (
                run.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&run.stdout).into_owned(),
                String::from_utf8_lossy(&run.stderr)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string(),
            );
            let got = (
                only.exit_code,
                only.stdout.clone(),
                only.example
                    .stderr()
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string(),
            );
            compared += 1;
            if want != got {
                failures.push(format!(
                    "{}/{name}: real Go {want:?}, engine {got:?}",
                    l.folder
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every solution is deterministic (its verify goal fixes the output).
    assert!(
        compared >= LESSONS.len(),
        "only {compared} deterministic programs compared"
    );
}
