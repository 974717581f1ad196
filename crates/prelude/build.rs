//! Embeds every `.go` file under `go/` into the crate, keyed by import
//! path, so the engine needs no file system or network at run time.

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
    for (pkg, name, path) in files {
        let _ = writeln!(out, "    ({pkg:?}, {name:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("files.rs");
    std::fs::write(dest, out)
        .unwrap_or_else(|e| panic!("cannot write the prelude file table: {e}"));
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
