//! `gosim`: the engine on the command line, behaving like `go run` so the
//! two can be compared byte for byte, plus the explorer and the lesson
//! checker.

/// `print!` and friends, except that a closed pipe (`gosim run x.go |
/// head`) ends the output quietly instead of panicking, as a Go program's
/// output to a closed pipe ends it.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod args;
mod explore;
mod json;

use runtime::machine::{End, Event, INTERNAL_NOTE, Limits, Outcome};
use std::process::ExitCode;

const HELP: &str = "\
gosim — run and explore Go programs in the Goroutine Dojo engine

USAGE:
    gosim run FILE.go [--seed N] [--trace] [-race]
        Run with the default schedule (or the schedule of seed N). The
        program's stdout and stderr are printed as Go prints them and the
        exit status is Go's (0, 2 for a panic or fatal error, the os.Exit
        code, 1 if it does not compile). --trace prints the event stream
        as JSON lines on stderr. -race turns on Go's race detector: data
        races are reported as `go run -race` reports them, and a program
        that found any and would exit with status 0 exits with 66.
    gosim check FILE.go
        Compile errors only, as `go build` prints them; exit status 1 if
        there are any.
    gosim explore FILE.go [--json] [--strategy dfs|bounded|random|pct]
                  [--preemption-bound K] [--pct-depth D] [--max-schedules N]
                  [--max-steps N] [--seed S] [--fail-on-leak] [--no-reduction]
                  [--race] [--jobs N]
        Run the program under many schedules and print each distinct
        outcome, how many schedules led to it and the simplest one. dfs
        (the default) covers every interleaving up to partial-order
        reduction, split into tasks over N worker threads (--jobs N,
        default one per core; the result is the same for any N, and the
        same as the page's); bounded covers those with at most K preemptions
        (default 2); random and pct sample. Memory accesses interleave
        too, so a lost update is an outcome; --race also runs Go's race
        detector in every schedule and lists each outcome's data races
        (in --json, with the full stderr; racy runs exit 66). A schedule
        that hits a limit (--max-steps, instructions, memory) is one
        outcome and the search goes on, stopping after the third such;
        the search is then not complete. Exit status 1 if any outcome is
        a panic, fatal error, limit or data race (or, with
        --fail-on-leak, leaves goroutines blocked).
    gosim replay FILE.go --schedule S [--trace] [--max-steps N] [--race]
        Run the program under schedule S (printed by explore) and print
        what it prints, with its exit status.
    gosim vet FILE.go
        Run go vet's analyzers that matter for concurrent code (assign,
        atomic, bools, copylocks, defers, lostcancel, printf, shift,
        stringintconv, unreachable, unusedresult, waitgroup) and print each finding as go vet does,
        by position. Exit status 1 if there is any finding (or the
        program does not compile).
    gosim lessons check
        Check every lesson compiled into this gosim: both languages
        present, the Markdown subset, the glossary, and every goal proven
        by the engine. Exit status 1 if any lesson has a problem.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            errln!("gosim: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read(file: &str) -> Result<(String, String), String> {
    let src = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let name = std::path::Path::new(file)
        .file_name()
        .map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    Ok((name, src))
}

fn run(argv: &[String]) -> Result<u8, String> {
    let Some((cmd, rest)) = argv.split_first() else {
        out!("{HELP}");
        return Ok(0);
    };
    if matches!(cmd.as_str(), "help" | "--help" | "-h") {
        out!("{HELP}");
        return Ok(0);
    }
    if cmd == "lessons" {
        return cmd_lessons(rest);
    }
    if !matches!(cmd.as_str(), "run" | "check" | "explore" | "replay" | "vet") {
        return Err(format!("unknown command `{cmd}`\n\n{HELP}"));
    }
    let args = args::parse(rest, HELP)?;
    let (name, src) = read(&args.file)?;
    let build = match runtime::build_file(&name, &src) {
        Ok(b) => b,
        // go vet type-checks first and shows the first error only.
        Err(errors) if cmd == "vet" => {
            errln!("# command-line-arguments");
            errln!("# [command-line-arguments]");
            if let Some(e) = errors.first() {
                errln!("vet: {}", e.render(&name));
            }
            return Ok(1);
        }
        Err(errors) => {
            errln!("# command-line-arguments");
            for e in &errors {
                errln!("{}", e.render(&name));
            }
            return Ok(1);
        }
    };
    match cmd.as_str() {
        "run" => Ok(cmd_run(&args, &build)),
        "explore" => Ok(explore::cmd_explore(&args, &name, &src, &build)),
        "replay" => explore::cmd_replay(&args, &build),
        "vet" => Ok(cmd_vet(&args.file, &name, &build)),
        _ => Ok(0),
    }
}

/// `gosim vet`: each finding on stderr as `go vet FILE` prints it, by
/// position; exit status 1 if there is any.
fn cmd_vet(path: &str, name: &str, build: &runtime::Build) -> u8 {
    let findings = vet::vet(build.checked(), name);
    let file = build.checked().files.iter().find(|f| f.name == name);
    if let Some(file) = file {
        for f in &findings {
            errln!("{}", f.render(path, &file.lines));
        }
    }
    u8::from(!findings.is_empty())
}

/// `gosim lessons check`: the course's checker, one line per problem.
fn cmd_lessons(rest: &[String]) -> Result<u8, String> {
    if rest.len() != 1 || rest[0] != "check" {
        return Err(format!("usage: gosim lessons check\n\n{HELP}"));
    }
    let problems = lessons::check::check_all(lessons::LESSONS);
    for p in &problems {
        outln!("{}: {}", p.lesson, p.what);
    }
    if problems.is_empty() {
        outln!("{} lessons, no problems", lessons::LESSONS.len());
        Ok(0)
    } else {
        outln!("{} problem(s)", problems.len());
        Ok(1)
    }
}

fn cmd_run(args: &args::Args, build: &runtime::Build) -> u8 {
    let mut machine = build.machine(Limits::default());
    machine.set_record_events(args.trace);
    if args.race {
        machine.enable_race_detector();
    }
    let mut sched = runtime::sched::SeededScheduler::new(args.seed);
    let outcome = machine.run(&mut sched).clone();
    print_outcome(&outcome, args.trace.then_some(machine.events()))
}

/// Prints a run's output as `go run` would (plus the trace, and our own
/// note for limits and internal errors) and returns its exit status.
fn print_outcome(outcome: &Outcome, trace: Option<&[Event]>) -> u8 {
    use std::io::Write as _;
    // Byte for byte: a program may write bytes that are not UTF-8.
    let _ = std::io::stdout().write_all(outcome.stdout_bytes());
    for e in trace.into_iter().flatten() {
        errln!("{}", json::event(e));
    }
    let _ = std::io::stderr().write_all(outcome.stderr_bytes());
    match outcome.end() {
        End::Limit(which) => errln!("gosim: limit: {}", which.message()),
        End::Internal(what) => errln!("gosim: internal error: {what}\n{INTERNAL_NOTE}"),
        End::Exit(_) | End::Panic | End::Fatal => {}
    }
    // Exit statuses are a byte already (`os.Exit` keeps the low one).
    u8::try_from(outcome.exit_code()).unwrap_or(2)
}
