//! The checker against the golden corpus, whose expectations real Go
//! produced: programs under `compile/` must give exactly Go's errors
//! (`// Error: LINE:COL: message`), every other program none at all.

use std::fs;
use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

fn check(path: &Path) -> (Vec<String>, Vec<String>) {
    let src = fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let checked = types::check_program(&name, &src, &prelude::package);
    let file = checked
        .files
        .iter()
        .find(|f| f.name == name)
        .expect("user file");
    let got = checked
        .diagnostics
        .iter()
        .map(|d| {
            let lc = file.lines.line_col(d.span.lo);
            format!(
                "{}:{}: {}",
                lc.line,
                lc.col,
                d.message.lines().next().unwrap_or("")
            )
        })
        .collect();
    (got, checked.internal_errors)
}

#[test]
fn checker_agrees_with_go_on_the_golden_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut files = Vec::new();
    go_files(&root.join("golden"), &mut files);
    go_files(&root.join("explore"), &mut files);
    files.sort();
    assert!(
        files.len() > 100,
        "corpus not found under {}",
        root.display()
    );
    let mut failures = Vec::new();
    for path in &files {
        let src = fs::read_to_string(path).unwrap();
        let want: Vec<String> = src
            .lines()
            .filter_map(|l| l.strip_prefix("// Error: "))
            .map(str::to_string)
            .collect();
        let (got, internal) = check(path);
        if !internal.is_empty() {
            failures.push(format!(
                "{}: prelude errors:\n  {}",
                path.display(),
                internal.join("\n  ")
            ));
        }
        if got != want {
            failures.push(format!(
                "{}:\n  want {want:?}\n  got  {got:?}",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// A package Go has and the Dojo does not is said to be the Dojo's gap,
/// never in Go's words for a package that does not exist.
#[test]
fn a_package_the_dojo_lacks_is_reported_as_unsupported() {
    let src =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() { fmt.Println(io.EOF) }\n";
    let checked = types::check_program("lack.go", src, &prelude::package);
    let first = checked.diagnostics.first().map(|d| d.message.clone());
    assert_eq!(
        first.as_deref(),
        Some("package io is not supported by Goroutine Dojo")
    );
}
