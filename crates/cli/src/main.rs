//! `gosim`: the engine on the command line, behaving like `go run` so the
//! two can be compared byte for byte.

use runtime::machine::{Limits, OutcomeKind};
use std::process::ExitCode;

const HELP: &str = "\
gosim — run Go programs in the Goroutine Dojo engine

USAGE:
    gosim run FILE.go [--seed N] [--trace]
        Run with the default schedule (or the schedule of seed N). The
        program's stdout and stderr are printed as Go prints them and the
        exit status is Go's (0, 2 for a panic or fatal error, the os.Exit
        code, 1 if it does not compile). --trace prints the event stream
        as JSON lines on stderr.
    gosim check FILE.go
        Compile errors only, in Go's format; exit status 1 if there are any.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("gosim: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Opts {
    file: String,
    seed: u64,
    trace: bool,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut opts = Opts {
        file: String::new(),
        seed: 0,
        trace: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => {
                let v = it.next().ok_or("--seed needs a number")?;
                opts.seed = v
                    .parse()
                    .map_err(|_| format!("--seed: `{v}` is not a number"))?;
            }
            "--trace" => opts.trace = true,
            f if !f.starts_with('-') && opts.file.is_empty() => opts.file = f.to_string(),
            other => return Err(format!("unexpected argument `{other}`\n\n{HELP}")),
        }
    }
    if opts.file.is_empty() {
        return Err(format!("missing FILE.go\n\n{HELP}"));
    }
    Ok(opts)
}

fn read(file: &str) -> Result<(String, String), String> {
    let src = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let name = std::path::Path::new(file)
        .file_name()
        .map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    Ok((name, src))
}

fn run(args: &[String]) -> Result<u8, String> {
    let Some((cmd, rest)) = args.split_first() else {
        print!("{HELP}");
        return Ok(0);
    };
    match cmd.as_str() {
        "run" => cmd_run(&parse(rest)?),
        "check" => cmd_check(&parse(rest)?),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(0)
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    }
}

fn cmd_check(opts: &Opts) -> Result<u8, String> {
    let (name, src) = read(&opts.file)?;
    match runtime::build_file(&name, &src) {
        Ok(_) => Ok(0),
        Err(errors) => {
            for e in &errors {
                eprintln!("{}", e.render(&name));
            }
            Ok(1)
        }
    }
}

fn cmd_run(opts: &Opts) -> Result<u8, String> {
    let (name, src) = read(&opts.file)?;
    let build = match runtime::build_file(&name, &src) {
        Ok(b) => b,
        Err(errors) => {
            eprintln!("# command-line-arguments");
            for e in &errors {
                eprintln!("{}", e.render(&name));
            }
            return Ok(1);
        }
    };
    let mut machine = build.machine(Limits::default());
    machine.record_events = opts.trace;
    let mut sched = runtime::sched::SeededScheduler::new(opts.seed);
    let outcome = machine.run(&mut sched).clone();
    print!("{}", outcome.stdout);
    if opts.trace {
        for e in &machine.events {
            eprintln!("{}", e.to_json());
        }
    }
    eprint!("{}", outcome.stderr);
    if let Some(msg) = &outcome.message {
        let what = if outcome.kind == OutcomeKind::Internal {
            "internal error"
        } else {
            "limit"
        };
        eprintln!("gosim: {what}: {msg}");
    }
    Ok(u8::try_from(outcome.exit_code.clamp(0, 255)).unwrap_or(2))
}
