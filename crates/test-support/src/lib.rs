//! Shared by the test suites of several crates (a dev-dependency, never
//! shipped): building Go programs with a real Go toolchain, the oracle the
//! golden corpus, the explorer's programs and the lessons are held to.

pub mod real_go;

use std::path::{Path, PathBuf};

/// Every `.go` file under `dir`, in any depth, appended to `out` (nothing
/// if `dir` cannot be read).
pub fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
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
