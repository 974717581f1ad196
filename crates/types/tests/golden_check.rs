//! The checker against the golden corpus, whose expectations real Go
//! produced: programs under `compile/` must give exactly Go's errors
//! (`// Error: LINE:COL: message`), every other program none at all.

use std::fs;
use std::path::Path;
use test_support::go_files;

fn check(path: &Path) -> (Vec<String>, Vec<String>) {
    let src = fs::read_to_string(path).unwrap();
    // The name Go was run with when the expectations were recorded (some
    // messages cite positions: "declared at ./prog.go:15:11").
    let name = "prog.go";
    let checked = types::check_program(name, &src, &prelude::package);
    let file = checked
        .files
        .iter()
        .find(|f| f.name == name)
        .expect("user file");
    let got = checked
        .diagnostics
        .iter()
        .flat_map(|d| {
            // A message's continuation lines (`\thave (…)`) follow it.
            let lc = file.lines.line_col(d.span.lo);
            let text = format!("{}:{}: {}", lc.line, lc.col, d.message);
            text.lines().map(str::to_string).collect::<Vec<_>>()
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
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() { fmt.Println(http.MethodGet) }\n";
    let checked = types::check_program("lack.go", src, &prelude::package);
    let first = checked.diagnostics.first().map(|d| d.message.clone());
    assert_eq!(
        first.as_deref(),
        Some("package net/http is not supported by Goroutine Dojo")
    );
}

/// What a loop over a function's body cannot hold in the Dojo (it runs as
/// a function of its own) is named as the Dojo's gap; Go accepts it.
#[test]
fn defer_and_outer_labels_in_a_loop_over_a_function_are_unsupported() {
    let src = "package main\n\nfunc seq(yield func(int) bool) { yield(1) }\n\nfunc main() {\nouter:\n\tfor range 2 {\n\t\tfor x := range seq {\n\t\t\tdefer println(x)\n\t\t\tcontinue outer\n\t\t}\n\t}\n}\n";
    let checked = types::check_program("prog.go", src, &prelude::package);
    let got: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        got,
        [
            "defer in the body of a loop over a function is not supported by Goroutine Dojo",
            "break or continue out of a loop over a function's body is not supported by Goroutine Dojo",
        ]
    );
}

/// Instances that lead to ever deeper instances end in an error, never
/// in a hang or a stack overflow: Go rejects the type (an instantiation
/// cycle) and shares code for the function, which the Dojo, expanding
/// every instance, reports as its own gap.
#[test]
fn ever_deeper_instantiation_ends_in_an_error() {
    let check = |src: &str| -> Vec<String> {
        let checked = types::check_program("prog.go", src, &prelude::package);
        checked
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect()
    };
    let ty = check(
        "package main\n\ntype L[P any] struct{ next *L[*P] }\n\nfunc main() {\n\tvar l L[int]\n\t_ = l\n}\n",
    );
    assert_eq!(ty, ["instantiation cycle"]);
    let func = check(
        "package main\n\nfunc f[T any](n int) {\n\tif n > 0 {\n\t\tf[*T](n - 1)\n\t}\n}\n\nfunc main() { f[int](3) }\n",
    );
    assert_eq!(
        func,
        [
            "a generic function instantiated with ever deeper type arguments is not supported by Goroutine Dojo"
        ]
    );
}

/// With real Go at hand (`GOSIM_REAL_GO`, as `cargo xtask test` runs), the
/// lists are exactly what Go's packages export and the prelude's do not.
#[test]
fn lacks_lists_match_go() {
    let Some(go) = std::env::var_os("GOSIM_REAL_GO") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = std::process::Command::new(go)
        .args(["run", "crates/prelude/gen/lacks.go", "-check"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every name a prelude package's `lacks.go` lists (what Go's package has
/// and the Dojo's lacks) is reported as not supported, once per use; a
/// listed name the package does declare would be accepted and fail here,
/// so the lists cannot go stale silently. Typos stay Go's "undefined".
#[test]
fn names_the_prelude_lacks_are_reported_as_unsupported() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../prelude/go");
    let mut lists = Vec::new();
    go_files(&root, &mut lists);
    lists.retain(|p| p.file_name().is_some_and(|n| n == "lacks.go"));
    // As packages become complete their lists go away; a few stay.
    assert!(lists.len() >= 5, "lacks.go files: {lists:?}");
    for list in lists {
        let dir = list.parent().unwrap();
        let import = dir
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(&list).unwrap();
        let names: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("//dojo:lacks "))
            .flat_map(str::split_whitespace)
            .collect();
        // The name the package is known by, from the file's clause
        // (`math/rand/v2` is `rand`).
        let short = text
            .lines()
            .find_map(|l| l.strip_prefix("package "))
            .unwrap()
            .trim();
        let mut uses = Vec::new();
        for name in &names {
            match name.split_once('.') {
                None => uses.push((format!("var _ = {short}.{name}"), name)),
                Some((ty, _)) if names.contains(&ty) => {}
                Some((ty, m)) => {
                    uses.push((format!("func _(x *{short}.{ty}) {{ _ = x.{m} }}"), name))
                }
            }
        }
        // Go stops after ten errors: a few uses per program, and a typo.
        for chunk in uses.chunks(8) {
            let lines: Vec<&str> = chunk.iter().map(|(l, _)| l.as_str()).collect();
            let src = format!(
                "package main\n\nimport \"{import}\"\n\n{}\nvar _ = {short}.NoSuchNameInGo\n\nfunc main() {{}}\n",
                lines.join("\n")
            );
            let checked = types::check_program("uses.go", &src, &prelude::package);
            let got: Vec<String> = checked
                .diagnostics
                .iter()
                .map(|d| d.message.clone())
                .collect();
            let mut wanted: Vec<String> = chunk
                .iter()
                .map(|(_, n)| format!("{short}.{n} is not supported by Goroutine Dojo"))
                .collect();
            wanted.push(format!("undefined: {short}.NoSuchNameInGo"));
            assert_eq!(got, wanted, "{src}");
        }
    }
}
