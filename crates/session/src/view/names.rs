//! Names for channels, which have none at run time: the variable the
//! learner assigned `make(chan ...)` to, read off the line that made it.

use runtime::machine::Machine;
use runtime::value::ChanId;

/// A short name for channel `id`: `stop`, `c.done`, `results#2` (the
/// second channel made at the same place), `ctx.Done()` for a context's
/// channel, `timer.C` for a timer's.
pub fn chan_name(m: &Machine, id: ChanId) -> String {
    let Some(ch) = m.chans.get(id.0 as usize) else {
        return "chan?".into();
    };
    let Some((func, line)) = ch.origin else {
        return if m.timers.chans.values().any(|c| *c == id) {
            "timer.C".into()
        } else {
            format!("chan#{}", id.0)
        };
    };
    let f = &m.prog.funcs[func.0 as usize];
    let base = if f.prelude {
        library_name(&f.name)
    } else {
        m.checked
            .files
            .get(f.file as usize)
            .and_then(|file| file.src.lines().nth(line.saturating_sub(1) as usize))
            .and_then(assigned_name)
            .unwrap_or_else(|| format!("chan@{line}"))
    };
    let ordinal = m.chans[..id.0 as usize]
        .iter()
        .filter(|c| c.origin == ch.origin)
        .count();
    if ordinal == 0 {
        base
    } else {
        format!("{base}#{}", ordinal + 1)
    }
}

/// What library code's channels are to a learner.
fn library_name(func: &str) -> String {
    match func {
        f if f.contains("cancelCtx") => "ctx.Done()".into(),
        "context.init" => "closedchan".into(),
        f if f.starts_with("time.") => "timer.C".into(),
        f => format!("{f} chan"),
    }
}

/// The variable or field a line assigns its `make(chan ...)` to:
/// `stop := make(...)`, `c.done = make(...)`, `done: make(...)`.
fn assigned_name(line: &str) -> Option<String> {
    let before = &line[..line.find("make(chan")?];
    let before = before.trim_end();
    let before = before
        .strip_suffix(":=")
        .or_else(|| before.strip_suffix('='))
        .or_else(|| before.strip_suffix(':'))?
        .trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map_or(0, |i| i + 1);
    let name = &before[start..];
    (!name.is_empty() && !name.starts_with('.')).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::assigned_name;

    #[test]
    fn names_come_from_the_assignment() {
        assert_eq!(
            assigned_name("\tstop := make(chan struct{})").as_deref(),
            Some("stop")
        );
        assert_eq!(
            assigned_name("\tc.done = make(chan int, 1)").as_deref(),
            Some("c.done")
        );
        assert_eq!(
            assigned_name("\t\tdone: make(chan struct{}),").as_deref(),
            Some("done")
        );
        assert_eq!(assigned_name("\treturn make(chan int)"), None);
        assert_eq!(assigned_name("\tgo f(make(chan int))"), None);
    }
}
