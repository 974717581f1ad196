//! `cargo xtask test`: every suite, in the order that fails fastest.
//!
//! 1. `cargo test --workspace`, with a real Go toolchain handed to the golden
//!    runner so it also runs the differential check against `go build`.
//! 2. The release build of the app into `dist/`, and its size budget.
//! 3. The browser tests in headless Chromium against that `dist/`.

use crate::tools::{self, cargo};
use crate::{dist, project_root};
use anyhow::{Result, bail};
use std::process::Command;

pub fn all() -> Result<()> {
    let go = tools::ensure_go()?;
    eprintln!(
        "xtask: native tests (cargo test --workspace), differential check with {}",
        go.display()
    );
    tools::run(
        cargo()
            .args(["test", "--workspace"])
            .env("GOSIM_REAL_GO", &go),
    )?;
    tools::ensure_npm_deps()?;
    dist::build()?;
    dist::check_budget()?;
    browser()
}

/// The Playwright suites under `tests/e2e/`, run by `node --test`.
pub fn browser() -> Result<()> {
    tools::ensure_npm_deps()?;
    let chromium = tools::ensure_chromium()?;
    let root = project_root();
    let dir = root.join("tests/e2e");
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no browser tests found in {}", dir.display());
    }
    eprintln!(
        "xtask: browser tests in headless Chromium ({} files)",
        files.len()
    );
    tools::run(
        Command::new("node")
            .arg("--test")
            .arg("--test-concurrency=1")
            .args(&files)
            .current_dir(&root)
            .env("CHROMIUM", chromium)
            .env("DIST", root.join("dist")),
    )
}

/// Benchmarks natively and in headless Chromium. Figures are printed, not
/// checked: timings belong in the benchmark document, never in a test.
pub fn bench() -> Result<()> {
    eprintln!("xtask: native benchmarks (cargo bench -p runtime, -p explore)");
    tools::run(cargo().args(["bench", "--package", "runtime", "--bench", "engine"]))?;
    tools::run(cargo().args(["bench", "--package", "explore", "--bench", "explore"]))?;
    tools::ensure_npm_deps()?;
    dist::build()?;
    let chromium = tools::ensure_chromium()?;
    let root = project_root();
    eprintln!("xtask: browser benchmarks (headless Chromium)");
    for script in [
        "tests/e2e/bench.mjs",
        "tests/e2e/bench-workers.mjs",
        "tests/e2e/bench-load.mjs",
    ] {
        tools::run(
            Command::new("node")
                .arg(root.join(script))
                .current_dir(&root)
                .env("CHROMIUM", &chromium)
                .env("DIST", root.join("dist")),
        )?;
    }
    Ok(())
}
