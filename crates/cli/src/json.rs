//! The JSON `gosim` prints: `run --trace`'s event lines and `explore
//! --json`'s report. Only the command line speaks JSON, so the engine's
//! crates hand it values and it writes them here.

use explore::{OutcomeClass, Report};
use runtime::machine::{Event, EventKind};
use std::fmt::Write;

/// `s` as a JSON string literal.
pub fn string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One event as a JSON object (goroutine 0: the runtime's own, a timer).
pub fn event(e: &Event) -> String {
    let mut s = format!(
        "{{\"step\":{},\"goroutine\":{},\"line\":{},\"event\":",
        e.step(),
        e.goroutine().map_or(0, |g| g.get()),
        e.line()
    );
    let q = string;
    let _ = match e.kind() {
        EventKind::Start {
            parent,
            func,
            prelude,
        } => write!(
            s,
            "\"start\",\"parent\":{},\"func\":{},\"prelude\":{prelude}",
            parent.map_or("null".into(), |p| p.to_string()),
            q(func)
        ),
        EventKind::Block { reason } => {
            write!(s, "\"block\",\"reason\":{}", q(&reason.to_string()))
        }
        EventKind::Unblock => write!(s, "\"unblock\""),
        EventKind::Exit => write!(s, "\"exit\""),
        EventKind::Send { chan, value } => {
            write!(s, "\"send\",\"chan\":{chan},\"value\":{}", q(value))
        }
        EventKind::Recv { chan, value, ok } => write!(
            s,
            "\"recv\",\"chan\":{chan},\"value\":{},\"ok\":{ok}",
            q(value)
        ),
        EventKind::Close { chan } => write!(s, "\"close\",\"chan\":{chan}"),
        EventKind::Select { case } => match case {
            Some(case) => write!(s, "\"select\",\"case\":{case}"),
            None => write!(s, "\"select\",\"case\":-1"),
        },
        EventKind::Sync { func, .. } => write!(s, "\"sync\",\"op\":{}", q(func)),
        EventKind::TimerFire { at_ns } => write!(s, "\"timer\",\"at_ns\":{at_ns}"),
        EventKind::Panic { value } => write!(s, "\"panic\",\"value\":{}", q(value)),
        EventKind::Recover => write!(s, "\"recover\""),
        EventKind::Output { fd, text } => {
            write!(s, "\"output\",\"fd\":{fd},\"text\":{}", q(text))
        }
        EventKind::Memory { write, span, value } => {
            let (lo, hi) = span.map_or((-1, -1), |(lo, hi)| (i64::from(lo), i64::from(hi)));
            let kind = if *write { "write" } else { "read" };
            write!(s, "\"{kind}\",\"span\":[{lo},{hi}],\"value\":{}", q(value))
        }
    };
    s.push('}');
    s
}

/// The object `gosim explore --json` prints.
pub fn report(r: &Report, elapsed_ms: f64) -> String {
    let outcomes: Vec<String> = r.outcomes.iter().map(outcome_class).collect();
    format!(
        "{{\"complete\":{},\"schedules\":{},\"limited\":{},\"strategy\":{},\"elapsed_ms\":{:.3},\"outcomes\":[{}]}}",
        r.complete,
        r.schedules,
        r.limited,
        string(r.strategy),
        elapsed_ms,
        outcomes.join(",")
    )
}

fn outcome_class(c: &OutcomeClass) -> String {
    let side = |(func, line, write): &(String, u32, bool)| {
        format!(
            "{{\"func\":{},\"line\":{line},\"write\":{write}}}",
            string(func)
        )
    };
    let races: Vec<String> = c
        .races
        .iter()
        .map(|r| {
            format!(
                "{{\"access\":{},\"previous\":{}}}",
                side(&r.access),
                side(&r.previous)
            )
        })
        .collect();
    format!(
        "{{\"kind\":{},\"exit_code\":{},\"stdout\":{},\"stderr_first_line\":{},\"stderr\":{},\"races\":[{}],\"leaked_goroutines\":{},\"count\":{},\"schedule\":{}}}",
        string(c.kind.as_str()),
        c.exit_code,
        string(&c.stdout),
        string(&c.stderr_first_line),
        string(c.example.stderr()),
        races.join(","),
        c.leaked,
        c.count,
        string(&c.schedule.encode()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_escape_what_json_requires() {
        assert_eq!(
            super::string("a\"b\\c\nd\u{1}"),
            "\"a\\\"b\\\\c\\nd\\u0001\""
        );
        assert_eq!(super::string("道场"), "\"道场\"");
    }
}
