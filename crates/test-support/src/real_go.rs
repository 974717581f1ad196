//! Building a program with real Go, for the test runners that hold the
//! engine to it.
//!
//! The program is built as module `prog` with the prelude's copies of
//! `k8s.io/apimachinery/pkg/util/wait` and of `golang.org/x/sync/...`
//! replaced in, offline.

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
    let xsync = Path::new(env!("CARGO_MANIFEST_DIR")).join("../prelude/go/golang.org/x/sync");
    copy_go_files(&xsync, &work.join("xsync"));
    fs::write(
        work.join("xsync/go.mod"),
        "module golang.org/x/sync\n\ngo 1.22\n",
    )
    .unwrap();
    fs::write(
        work.join("go.mod"),
        "module prog\n\ngo 1.27\n\n\
         require (\n\tk8s.io/apimachinery v0.0.0\n\tgolang.org/x/sync v0.0.0\n)\n\n\
         replace k8s.io/apimachinery => ./apimachinery\n\n\
         replace golang.org/x/sync => ./xsync\n",
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

/// Copies the `.go` files under `from` to the same places under `to`.
fn copy_go_files(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_go_files(&path, &dest);
        } else if path.extension().is_some_and(|e| e == "go") {
            fs::copy(&path, dest).unwrap();
        }
    }
}
