//! `gosim explore` and `gosim replay`.

use crate::args::Args;
use explore::schedule::Schedule;
use explore::{Explorer, Report, StrategyKind};
use runtime::machine::{End, Outcome, OutcomeKind};
use std::fmt::Write;

pub fn cmd_explore(args: &Args, name: &str, src: &str, build: &runtime::Build) -> u8 {
    let start = std::time::Instant::now();
    // dfs is the split search the page runs in its Web Workers, on every
    // core unless --jobs says otherwise: the report is the same for any
    // number of workers, and the same as the page's.
    let report = if args.explore.strategy == StrategyKind::Dfs {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        explore::threads::explore(name, src, &args.explore, args.jobs.unwrap_or(cores))
    } else {
        Explorer::new(build, &args.explore).run_all()
    };
    let elapsed_ms = start.elapsed().as_secs_f64() * 1000.0;
    if args.json {
        outln!("{}", crate::json::report(&report, elapsed_ms));
    } else {
        out!("{}", summary(&report, name, elapsed_ms));
    }
    u8::from(report.failing())
}

/// The human summary: each outcome, how often, and how to replay it.
fn summary(report: &Report, name: &str, elapsed_ms: f64) -> String {
    let mut s = String::new();
    let n = report.outcomes.len();
    let limited = match report.limited {
        0 => String::new(),
        k if k >= explore::MAX_LIMITED_RUNS => {
            format!(", {k} hit a limit, so the search stopped there")
        }
        k => format!(", {k} hit a limit"),
    };
    let _ = writeln!(
        s,
        "{} schedules ({}{}{limited}) in {elapsed_ms:.1} ms: {n} distinct outcome{}",
        report.schedules,
        report.strategy,
        if report.complete {
            ", complete"
        } else {
            ", not complete"
        },
        if n == 1 { "" } else { "s" },
    );
    for (i, o) in report.outcomes.iter().enumerate() {
        let what = match o.kind {
            OutcomeKind::Exit => format!("exit {}", o.exit_code),
            kind => format!("{} (exit {})", kind.as_str(), o.exit_code),
        };
        let mark = if o.failing { "  <- bug" } else { "" };
        let _ = writeln!(
            s,
            "\noutcome {}: {what}, {} schedule{}{mark}",
            i + 1,
            o.count,
            if o.count == 1 { "" } else { "s" }
        );
        if !o.stdout.is_empty() {
            let _ = writeln!(s, "  stdout: {:?}", o.stdout);
        }
        // A racy exit's first line is the race count, said below.
        if !o.stderr_first_line.is_empty() && (o.races.is_empty() || o.kind != OutcomeKind::Exit) {
            let _ = writeln!(s, "  stderr: {}", o.stderr_first_line);
        }
        let access = |(func, line, write): &(String, u32, bool)| {
            format!(
                "{} at line {line} ({func})",
                if *write { "write" } else { "read" }
            )
        };
        for r in &o.races {
            let _ = writeln!(
                s,
                "  data race: {} and {}",
                access(&r.access),
                access(&r.previous)
            );
        }
        for b in o.example.blocked() {
            let _ = writeln!(
                s,
                "  blocked: goroutine {} [{}] in {} at line {}",
                b.id(),
                b.reason(),
                b.func(),
                b.line()
            );
        }
        let _ = writeln!(
            s,
            "  shortest: {} preemption{}, {} steps\n  replay: gosim replay {name} --schedule {}",
            o.preemptions,
            if o.preemptions == 1 { "" } else { "s" },
            o.steps,
            o.schedule.encode()
        );
    }
    s
}

pub fn cmd_replay(args: &Args, build: &runtime::Build) -> Result<u8, String> {
    let text = args
        .schedule
        .as_deref()
        .ok_or("replay needs --schedule S (from gosim explore)")?;
    let schedule = Schedule::decode(text).map_err(|e| format!("--schedule: {e}"))?;
    let replayed = explore::replay(build, &schedule, &args.explore, args.trace);
    if let Some(at) = replayed.diverged_at {
        errln!(
            "gosim: the schedule does not fit this program from choice {at} on; default choices were used from there"
        );
    }
    // A replay runs to the end, so it always has an outcome.
    let outcome = replayed.run.outcome.unwrap_or_else(|| {
        let what = "the replayed run did not end".to_string();
        Outcome::new(
            End::Internal(what),
            String::new(),
            String::new(),
            Vec::new(),
        )
    });
    Ok(crate::print_outcome(
        &outcome,
        args.trace.then_some(replayed.events.as_slice()),
    ))
}
