//! `gosim vet` on the vet corpus (`tests/vet/`): each program ends with
//! what `go vet prog.go` printed, one `// Vet: LINE:COL: message` line per
//! finding in the order of their positions (Go's own order varies from run
//! to run), or `// Vet: clean`. With `GOSIM_REAL_GO` set, real Go's vet
//! runs too and must agree; `UPDATE_EXPECT=1` rewrites the expectations
//! from it.

use crate::common::{corpus, gosim};
use std::path::{Path, PathBuf};
use std::process::Command;

const MARK: &str = "// Vet: ";
const CLEAN: &str = "clean";

fn programs() -> Vec<PathBuf> {
    let mut files = Vec::new();
    test_support::go_files(Path::new(&corpus("vet")), &mut files);
    files.sort();
    files
}

/// The program without its expectations, and the expected lines.
fn split(src: &str) -> (String, Vec<String>) {
    let mut lines: Vec<&str> = src.lines().collect();
    let mut want = Vec::new();
    while let Some(l) = lines.last() {
        match l.strip_prefix(MARK) {
            Some(w) => {
                want.push(w.to_string());
                lines.pop();
            }
            None if l.is_empty() && !want.is_empty() => {
                lines.pop();
                break;
            }
            None => break,
        }
    }
    want.reverse();
    let mut body = lines.join("\n");
    body.push('\n');
    if want == [CLEAN] {
        want.clear();
    }
    (body, want)
}

/// Findings as `LINE:COL: message`, in the order of their positions.
fn findings(stderr: &[u8], file_prefix: &str) -> Vec<String> {
    let mut lines: Vec<(u32, u32, String)> = String::from_utf8_lossy(stderr)
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix(file_prefix)?;
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let col = parts.next()?.parse().ok()?;
            Some((line, col, rest.to_string()))
        })
        .collect();
    lines.sort();
    lines.into_iter().map(|(_, _, l)| l).collect()
}

fn real_go_vet(go: &Path, body: &str, work: &Path) -> (Vec<String>, i32) {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).unwrap();
    std::fs::write(work.join("prog.go"), body).unwrap();
    let out = Command::new(go)
        .args(["vet", "prog.go"])
        .current_dir(work)
        .env("GOPROXY", "off")
        .output()
        .unwrap();
    (
        findings(&out.stderr, "prog.go:"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn vet_corpus() {
    let files = programs();
    assert!(files.len() >= 8, "{files:?}");
    let real_go = std::env::var_os("GOSIM_REAL_GO").map(PathBuf::from);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        let (body, mut want) = split(&src);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(go) = &real_go {
            let work = std::env::temp_dir().join(format!("gosim-vet-{}", std::process::id()));
            let (real, code) = real_go_vet(go, &body, &work);
            assert_eq!(
                code,
                i32::from(!real.is_empty()),
                "{name}: go vet exited {code}"
            );
            if update {
                let block: Vec<String> = if real.is_empty() {
                    vec![format!("{MARK}{CLEAN}")]
                } else {
                    real.iter().map(|l| format!("{MARK}{l}")).collect()
                };
                std::fs::write(&file, format!("{body}\n{}\n", block.join("\n"))).unwrap();
                want = real;
            } else if real != want {
                failures.push(format!(
                    "{name}: real go vet now says {real:?}, expected {want:?}"
                ));
            }
        }
        let path = file.to_string_lossy().into_owned();
        let out = gosim(&["vet", &path]);
        let got = findings(&out.stderr, &format!("{path}:"));
        let code = out.status.code().unwrap_or(-1);
        if got != want || code != i32::from(!want.is_empty()) {
            failures.push(format!(
                "{name}: gosim vet said (exit {code})\n  {}\nexpected\n  {}",
                got.join("\n  "),
                want.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A program that does not compile: go vet's type check stops it and
/// shows the first error only (recorded from `go vet broken.go`, Go
/// 1.27.3), with status 1.
#[test]
fn vet_of_a_program_that_does_not_compile_shows_the_first_error() {
    let dir = std::env::temp_dir().join(format!("gosim-vet-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.go");
    std::fs::write(
        &file,
        "package main\n\nfunc main() {\n\tx := 1\n\ty := 2\n}\n",
    )
    .unwrap();
    let out = gosim(&["vet", &file.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "# command-line-arguments\n# [command-line-arguments]\nvet: ./broken.go:4:2: declared and not used: x\n"
    );
}
