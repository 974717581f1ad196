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
    write_packages(&files, Path::new(&out_dir));
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

/// Writes `packages.rs`: every package folder with the import paths its
/// files name, so a page that loads packages one by one knows what a
/// program needs before it has any of their text.
fn write_packages(files: &[(String, String, String)], out_dir: &Path) {
    let mut packages: Vec<(&str, Vec<String>)> = Vec::new();
    for (pkg, _, path) in files {
        let src =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        if packages.last().is_none_or(|(p, _)| p != pkg) {
            packages.push((pkg, Vec::new()));
        }
        if let Some((_, imports)) = packages.last_mut() {
            imports.extend(import_paths(&src));
            imports.sort();
            imports.dedup();
        }
    }
    let mut out = String::from(
        "/// (package folder, import paths its files name) of every prelude package.\npub static PACKAGES: &[(&str, &[&str])] = &[\n",
    );
    for (pkg, imports) in packages {
        let _ = writeln!(out, "    ({pkg:?}, &{imports:?}),");
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("packages.rs"), out)
        .unwrap_or_else(|e| panic!("cannot write the prelude package table: {e}"));
}

/// The import paths of a gofmt-formatted Go file: `import "p"`, or one
/// quoted path per line of an `import ( … )` block, perhaps named.
fn import_paths(src: &str) -> Vec<String> {
    let quoted = |line: &str| {
        let line = line.split("//").next().unwrap_or("");
        let start = line.find('"')?;
        let end = line[start + 1..].find('"')?;
        Some(line[start + 1..start + 1 + end].to_string())
    };
    let mut paths = Vec::new();
    let mut in_block = false;
    for line in src.lines() {
        let line = line.trim();
        if in_block {
            if line.starts_with(')') {
                in_block = false;
            } else {
                paths.extend(quoted(line));
            }
        } else if line == "import (" {
            in_block = true;
        } else if let Some(rest) = line.strip_prefix("import ") {
            paths.extend(quoted(rest));
        } else if line.starts_with("func ") || line.starts_with("type ") {
            break;
        }
    }
    paths
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
