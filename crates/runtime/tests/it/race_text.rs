//! Race reports as the golden corpus compares them: every line of each
//! report and the `Found N data race(s)` line, with what may differ
//! between real Go and the engine made uniform — addresses, code offsets,
//! where the files are, and goroutine numbers (Go's runtime starts
//! goroutines of its own, so its numbers run ahead; both are renumbered
//! in order of first mention).

use std::collections::BTreeMap;

/// The race lines of `stderr`, normalised.
pub fn race_lines(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut numbers = BTreeMap::new();
    for line in stderr.lines() {
        if line == "==================" {
            inside = !inside;
            out.push(line.to_string());
        } else if inside {
            out.push(renumber(&normalise(line), &mut numbers));
        } else if line.starts_with("Found ") && line.ends_with(" data race(s)") {
            out.push(line.to_string());
        }
    }
    out
}

/// One line of a report with addresses, offsets and paths made uniform.
fn normalise(line: &str) -> String {
    if let Some(frame) = line.strip_prefix("      ") {
        // `      /path/file.go:LINE +0xOFF`
        let (place, _) = frame.rsplit_once(" +0x").unwrap_or((frame, ""));
        let (path, line_no) = place.rsplit_once(':').unwrap_or((place, ""));
        let path = match path.find("/go/src/") {
            Some(i) => format!("GOROOT/{}", &path[i + "/go/src/".len()..]),
            None if path.starts_with('<') => path.to_string(),
            None => path.rsplit('/').next().unwrap_or(path).to_string(),
        };
        return format!("      {path}:{line_no} +0x…");
    }
    match line.find(" at 0x") {
        Some(i) => {
            let rest = &line[i + " at 0x".len()..];
            let hex = rest.chars().take_while(char::is_ascii_hexdigit).count();
            format!("{} at 0x…{}", &line[..i], &rest[hex..])
        }
        None => line.to_string(),
    }
}

/// Goroutine numbers replaced by their order of first mention.
fn renumber(line: &str, numbers: &mut BTreeMap<String, usize>) -> String {
    for word in ["goroutine ", "Goroutine "] {
        if let Some(i) = line.find(word) {
            let start = i + word.len();
            let digits: String = line[start..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if !digits.is_empty() {
                let next = numbers.len() + 1;
                let n = *numbers.entry(digits.clone()).or_insert(next);
                return format!("{}G{n}{}", &line[..start], &line[start + digits.len()..]);
            }
        }
    }
    line.to_string()
}

#[test]
fn reports_from_real_go_and_the_engine_normalise_alike() {
    let go = "==================\nWARNING: DATA RACE\nRead at 0x00c000094028 by goroutine 9:\n  main.main.func1()\n      /tmp/x/prog.go:15 +0x7b\n\nPrevious write at 0x00c000094028 by goroutine 8:\n  runtime.mapassign_fast64()\n      /opt/go/src/internal/runtime/maps/runtime_fast64.go:182 +0x0\n\nGoroutine 9 (running) created at:\n  main.main()\n      /tmp/x/prog.go:13 +0x84\n==================\nFound 1 data race(s)\n";
    let ours = go
        .replace("goroutine 9", "goroutine 3")
        .replace("Goroutine 9", "Goroutine 3")
        .replace("goroutine 8", "goroutine 2")
        .replace("0x00c000094028", "0x00c00001e040")
        .replace("/opt/go/src/", "/usr/local/go/src/")
        .replace("/tmp/x/prog.go", "/tmp/prog.go")
        .replace("+0x7b", "+0x2c");
    assert_eq!(race_lines(go), race_lines(&ours));
    assert!(race_lines(go).contains(&"Read at 0x… by goroutine G1:".to_string()));
    assert!(
        race_lines(go)
            .contains(&"      GOROOT/internal/runtime/maps/runtime_fast64.go:182 +0x…".to_string())
    );
}
