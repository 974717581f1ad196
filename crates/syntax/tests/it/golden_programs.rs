//! Every Go program in the repository's `tests/` folder must parse without
//! syntax errors, except those whose expected output is a syntax error.
//! The folder is walked at test time, so new programs are covered as they
//! are added.

use std::fs;
use std::path::Path;
use test_support::go_files;

/// Whether the program, or an expectation file beside it, says that
/// compiling it fails with a syntax error.
fn expects_syntax_error(path: &Path, src: &str) -> bool {
    if src.contains("syntax error") {
        return true;
    }
    let Some(stem) = path.file_stem() else {
        return false;
    };
    let Some(dir) = path.parent() else {
        return false;
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().map(|e| e.path()).any(|other| {
        other != path
            && other.file_stem() == Some(stem)
            && fs::read_to_string(&other).is_ok_and(|text| text.contains("syntax error"))
    })
}

#[test]
fn repository_programs_have_no_syntax_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut files = Vec::new();
    go_files(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let Ok(src) = fs::read_to_string(path) else {
            continue;
        };
        if expects_syntax_error(path, &src) {
            continue;
        }
        let parsed = syntax::parse(&src);
        let lines = syntax::LineIndex::new(&src);
        for d in &parsed.diagnostics {
            failures.push(d.render(&path.display().to_string(), &lines));
        }
    }
    assert!(
        failures.is_empty(),
        "syntax errors in {} files:\n{}",
        files.len(),
        failures.join("\n")
    );
}
