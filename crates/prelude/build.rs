//! Embeds every `.go` file under `go/` into the crate, keyed by import
//! path, so the engine needs no file system or network at run time.
//!
//! Learners read `context` and `wait` in the editor, so those ship as
//! written. The other packages ship with their whole-line comments blanked
//! (lines kept, so every position in a trace is unchanged): the page does
//! not show them, and the shipped wasm is smaller without them.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("go");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from(
        "/// (import path, file name, source) of every prelude file.\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    for (pkg, name, path) in files {
        let path = if SHOWN.contains(&pkg.as_str()) {
            path
        } else {
            let src = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
            let dest = Path::new(&out_dir).join(format!("{}-{name}", pkg.replace('/', "-")));
            std::fs::write(&dest, blank_comment_lines(&src))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
            dest.to_string_lossy().into_owned()
        };
        let _ = writeln!(out, "    ({pkg:?}, {name:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&out_dir).join("files.rs");
    std::fs::write(dest, out)
        .unwrap_or_else(|e| panic!("cannot write the prelude file table: {e}"));
}

/// Packages whose source the page shows, comments and all.
const SHOWN: &[&str] = &["context", "wait"];

/// Empties every line that is only a `//` comment, outside raw strings,
/// keeping the line itself. `//dojo:` directives stay: the engine reads
/// them.
fn blank_comment_lines(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut in_raw = false;
    for line in src.split_inclusive('\n') {
        if !in_raw && line.trim_start().starts_with("//") && !line.starts_with("//dojo:") {
            out.push('\n');
            continue;
        }
        out.push_str(line);
        in_raw = raw_string_open_after(line, in_raw);
    }
    out
}

/// Whether a raw string is still open at the end of `line`, given whether
/// one was open at its start: follows quotes, runes, escapes and comments.
fn raw_string_open_after(line: &str, mut in_raw: bool) -> bool {
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if in_raw {
            in_raw = c != '`';
            continue;
        }
        match c {
            '`' => in_raw = true,
            '"' | '\'' => {
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == c || d == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.clone().next() == Some('/') => return false,
            _ => {}
        }
    }
    in_raw
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "go")
            && !path.to_string_lossy().ends_with("_test.go")
        {
            let rel = dir
                .strip_prefix(root)
                .unwrap_or(dir)
                .to_string_lossy()
                .replace('\\', "/");
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((rel, name, path.to_string_lossy().into_owned()));
        }
    }
}
