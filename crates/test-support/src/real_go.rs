//! Building a program with real Go, for the test runners that hold the
//! engine to it.
//!
//! The program is built as module `prog` with the prelude's copy of
//! `k8s.io/apimachinery/pkg/util/wait` replaced in, offline.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// `go build`s `src` in `work` (emptied first) into `work/prog.bin`.
pub fn build(go: &Path, src: &str, work: &Path) -> Output {
    build_with(go, src, work, false)
}

/// [`build`], with Go's race detector when `race` (`go build -race`,
/// which needs cgo and a C compiler).
pub fn build_with(go: &Path, src: &str, work: &Path, race: bool) -> Output {
    let _ = fs::remove_dir_all(work);
    let wait_dir = work.join("apimachinery/pkg/util/wait");
    fs::create_dir_all(&wait_dir).unwrap();
    let wait = Path::new(env!("CARGO_MANIFEST_DIR")).join("../prelude/go/wait/wait.go");
    fs::copy(wait, wait_dir.join("wait.go")).unwrap();
    fs::write(
        work.join("apimachinery/go.mod"),
        "module k8s.io/apimachinery\n\ngo 1.22\n",
    )
    .unwrap();
    fs::write(
        work.join("go.mod"),
        "module prog\n\ngo 1.22\n\nrequire k8s.io/apimachinery v0.0.0\n\nreplace k8s.io/apimachinery => ./apimachinery\n",
    )
    .unwrap();
    fs::write(work.join("prog.go"), src).unwrap();
    let race_flag: &[&str] = if race { &["-race"] } else { &[] };
    Command::new(go)
        .arg("build")
        .args(race_flag)
        .args(["-o", "prog.bin", "."])
        .env("CGO_ENABLED", if race { "1" } else { "0" })
        .current_dir(work)
        .env("GOPROXY", "off")
        .env("GOFLAGS", "-mod=mod")
        .output()
        .unwrap()
}
