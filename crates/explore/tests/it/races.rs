//! The race detector across every interleaving. A race-free program (the
//! `ok_` programs of the golden corpus's `race/` folder) must report
//! nothing under any schedule — a false alarm teaches the wrong lesson —
//! and each racy one must report its race under every schedule, since the
//! detector judges by happens-before, not by timing.

use explore::{Explorer, Options};
use std::fs;
use std::path::{Path, PathBuf};

fn race_programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/race");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "race corpus not found");
    files
}

#[test]
fn race_free_programs_never_report_and_racy_ones_always_do() {
    let options = Options {
        race: true,
        ..Options::default()
    };
    for path in race_programs() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let build = runtime::build(&fs::read_to_string(&path).unwrap()).unwrap();
        let report = Explorer::new(&build, &options).run_all();
        assert!(
            report.complete,
            "{name}: not complete in {} schedules",
            report.schedules
        );
        for o in &report.outcomes {
            if name.starts_with("ok_") {
                assert!(
                    o.races.is_empty(),
                    "{name}: false alarm {:?}\n{}",
                    o.races,
                    o.example.stderr()
                );
                assert!(!o.example.stderr().contains("DATA RACE"), "{name}");
            } else {
                assert!(
                    !o.races.is_empty(),
                    "{name}: an outcome without its race: {:?}",
                    o.stdout
                );
            }
        }
    }
}

#[test]
fn a_racy_outcome_exits_66_and_says_how_many_races() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\tdone := make(chan bool)\n\tgo func() {\n\t\tx = 1\n\t\tdone <- true\n\t}()\n\tx = 2\n\t<-done\n\tfmt.Println(x)\n}\n";
    let build = runtime::build(src).unwrap();
    let options = Options {
        race: true,
        ..Options::default()
    };
    let report = Explorer::new(&build, &options).run_all();
    assert!(report.failing());
    for o in &report.outcomes {
        assert_eq!(o.exit_code, 66);
        assert!(
            o.example.stderr().ends_with("Found 1 data race(s)\n"),
            "{}",
            o.example.stderr()
        );
        let r = &o.races[0];
        let lines = [r.access.1, r.previous.1];
        assert!(lines.contains(&9) && lines.contains(&12), "{r:?}");
    }
}

/// Explores `body` (the statements of `main`, with `fmt` and `sync`
/// imported whether it uses them or not) and returns each outcome's first line of stderr.
fn first_lines(body: &str) -> Vec<String> {
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar _ = fmt.Sprint\nvar _ sync.Mutex\n\nfunc main() {{\n{body}\n}}\n"
    );
    let build = runtime::build(&src).unwrap();
    let report = Explorer::new(&build, &Options::default()).run_all();
    assert!(report.complete);
    report
        .outcomes
        .iter()
        .map(|o| o.example.stderr().lines().next().unwrap_or("").to_string())
        .collect()
}

/// Go's map write is a window its runtime watches: another goroutine's
/// write, read or range inside it is a fatal error, reachable without the
/// race detector and beyond `recover`.
#[test]
fn concurrent_map_misuse_is_gos_fatal_error() {
    let cases = [
        (
            "m := map[int]int{}\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 2; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tdefer func() { recover() }()\n\t\t\tm[i] = i\n\t\t}()\n\t}\n\twg.Wait()",
            "fatal error: concurrent map writes",
        ),
        (
            "m := map[int]int{}\n\tdone := make(chan bool)\n\tgo func() {\n\t\tm[1] = 1\n\t\tdone <- true\n\t}()\n\t_ = m[1]\n\t<-done",
            "fatal error: concurrent map read and map write",
        ),
        (
            "m := map[int]int{1: 1}\n\tdone := make(chan bool)\n\tgo func() {\n\t\tm[2] = 2\n\t\tdone <- true\n\t}()\n\tfor range m {\n\t}\n\t<-done",
            "fatal error: concurrent map iteration and map write",
        ),
    ];
    for (body, fatal) in cases {
        let lines = first_lines(body);
        assert!(lines.iter().any(|l| l == fatal), "{fatal}: only {lines:?}");
        assert!(
            lines.iter().any(String::is_empty),
            "{fatal}: no clean run in {lines:?}"
        );
    }
}
