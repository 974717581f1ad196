//! What the `gosim` command-line tests share: running the binary and
//! finding the corpus.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn gosim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gosim"))
        .args(args)
        .output()
        .expect("gosim runs")
}

/// A file under the repository's `tests/`.
pub fn corpus(rel: &str) -> String {
    let p: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(rel);
    p.to_string_lossy().into_owned()
}
