//! `gosim` as a user runs it: exit statuses, Go's error format, seeds and
//! the flagship stop-channel race.

use crate::common::{corpus, gosim};
use std::process::Output;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn run_prints_output_and_exits_like_go() {
    let o = gosim(&["run", &corpus("golden/lang/closures.go")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!o.stdout.is_empty());
    let o = gosim(&["run", &corpus("golden/panic/send_on_closed_channel.go")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("panic: send on closed channel\n\ngoroutine 1 [running]:\n"),
        "{}",
        stderr(&o)
    );
    let o = gosim(&["run", &corpus("golden/lib/os_exit_skips_defers.go")]);
    assert_eq!(o.status.code(), Some(3));
}

/// Bytes that are not UTF-8 reach stdout and stderr unchanged, as Go
/// writes them, and a reader that stops early does not crash gosim.
#[test]
fn output_is_written_byte_for_byte() {
    let dir = std::env::temp_dir().join(format!("gosim-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bytes.go");
    std::fs::write(
        &file,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"\\xa9ok\")\n\tos.Stderr.Write([]byte{0xff, '\\n'})\n}\n",
    )
    .unwrap();
    let o = gosim(&["run", &file.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, b"\xa9ok\n");
    assert_eq!(o.stderr, b"\xff\n");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn compile_errors_use_gos_format() {
    let file = corpus("golden/compile/missing_return.go");
    for cmd in ["check", "run"] {
        let o = gosim(&[cmd, &file]);
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(
            stderr(&o),
            "# command-line-arguments\n./missing_return.go:12:1: missing return\n"
        );
    }
}

#[test]
fn trace_is_json_lines() {
    let o = gosim(&[
        "run",
        "--trace",
        &corpus("golden/chan/unbuffered_handoff.go"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let events: Vec<String> = stderr(&o)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(str::to_string)
        .collect();
    assert!(
        events.iter().any(|e| e.contains("\"event\":\"start\"")),
        "{events:?}"
    );
    assert!(
        events.iter().any(|e| e.contains("\"event\":\"send\"")),
        "{events:?}"
    );
    assert!(events.iter().all(|e| e.ends_with('}')));
}

const PANIC: &str = "panic: context: internal error: missing cancel error";

/// Runs `file` under seeds 0..n, returning (clean seed, panicking seed).
fn seeds(file: &str, n: u32) -> (Option<u32>, Option<(u32, String)>) {
    let (mut clean, mut panicked) = (None, None);
    for seed in 0..n {
        let o = gosim(&["run", "--seed", &seed.to_string(), file]);
        match o.status.code() {
            Some(0) => clean = clean.or(Some(seed)),
            _ => panicked = panicked.or(Some((seed, stderr(&o)))),
        }
        if clean.is_some() && panicked.is_some() {
            break;
        }
    }
    (clean, panicked)
}

#[test]
fn flagship_race_panics_under_some_seed_and_exits_cleanly_under_another() {
    let (clean, panicked) = seeds(&corpus("explore/stop_channel_race.go"), 50);
    assert!(clean.is_some(), "no seed exited cleanly");
    let (_, err) = panicked.expect("no seed panicked");
    assert_eq!(err.lines().next(), Some(PANIC));
    // The watcher goroutine propagateCancel started is the one that died.
    assert!(
        err.contains("context.(*cancelCtx).propagateCancel.func2()"),
        "{err}"
    );
    assert!(
        err.contains("created by context.(*cancelCtx).propagateCancel in goroutine 1"),
        "{err}"
    );
}

#[test]
fn fixed_stop_channels_never_panic() {
    for file in [
        "explore/stop_channel_fixed_once.go",
        "explore/stop_channel_fixed_cancel.go",
    ] {
        let (_, panicked) = seeds(&corpus(file), 100);
        assert!(panicked.is_none(), "{file} failed: {panicked:?}");
    }
}

#[test]
fn tracebacks_hide_method_value_wrappers_as_go_does() {
    // `go b.post(ch)` runs through a method value; Go's traceback shows
    // only the method (checked against go1.27.3).
    let src = "package main\n\nimport \"sync\"\n\ntype board struct{ mu sync.Mutex }\n\nfunc (b *board) post(ch chan int) {\n\tb.mu.Lock()\n\tch <- 1\n}\n\nfunc main() {\n\tb := &board{}\n\tch := make(chan int)\n\tgo b.post(ch)\n\tselect {}\n}\n";
    let dir = std::env::temp_dir().join(format!("gosim-fm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("fm.go");
    std::fs::write(&file, src).unwrap();
    let o = gosim(&["run", file.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err.contains("goroutine 2 [chan send]:\nmain.(*board).post(...)\n"),
        "{err}"
    );
    assert!(!err.contains("-fm"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lessons_check_passes_on_the_course() {
    let o = gosim(&["lessons", "check"]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.ends_with("lessons, no problems\n"), "{out}");
    assert_eq!(gosim(&["lessons", "frobnicate"]).status.code(), Some(2));
}
