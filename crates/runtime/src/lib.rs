//! The engine: runs a Go program under a scheduler the caller controls.
//!
//! Walking-skeleton stage: [`run_source`] is the call path the page uses
//! (page → engine → page). It understands only `fmt.Println` of string
//! literals inside `main`; the real interpreter replaces the body, keeping
//! the signature.

/// What a finished run printed and how it ended, as `go run` would report it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunReport {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Runs a whole program with the default schedule.
pub fn run_source(src: &str) -> RunReport {
    let mut stdout = String::new();
    for line in src.lines() {
        let line = line.trim();
        if let Some(arg) = line
            .strip_prefix("fmt.Println(\"")
            .and_then(|s| s.strip_suffix("\")"))
        {
            stdout.push_str(arg);
            stdout.push('\n');
        }
    }
    RunReport {
        stdout,
        stderr: String::new(),
        exit_code: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_string_literals_in_order() {
        let report = run_source(
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n\tfmt.Println(\"道场\")\n}\n",
        );
        assert_eq!(
            report,
            RunReport {
                stdout: "hello\n道场\n".into(),
                stderr: String::new(),
                exit_code: 0
            }
        );
    }
}
