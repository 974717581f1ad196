//! Names for channels, which have none at run time: the variable the
//! learner assigned `make(chan ...)` to, read off the line that made it.
//! The prelude names its own channels the same way, with a
//! `// dojo:chan NAME` comment on the line that makes them.

use runtime::machine::Machine;
use runtime::value::ChanId;

/// A short name for channel `id`: `stop`, `c.done`, `results#2` (the
/// second channel made at the same place), `ctx.Done()` for a context's
/// channel, `timer.C` for a timer's.
pub fn chan_name(m: &Machine, id: ChanId) -> String {
    let Some(ch) = m.channel(id) else {
        return "chan?".into();
    };
    let Some(origin) = ch.origin() else {
        return if ch.is_timer() {
            "timer.C".into()
        } else {
            format!("chan#{}", id.index())
        };
    };
    let (func, line) = origin;
    let f = m.func(func);
    let text = m
        .source(f.file())
        .and_then(|(_, src)| src.lines().nth(line.saturating_sub(1) as usize));
    let base = match text.and_then(marked_name) {
        Some(name) => name,
        None if f.prelude() => format!("{} chan", f.name()),
        None => text
            .and_then(assigned_name)
            .unwrap_or_else(|| format!("chan@{line}")),
    };
    let ordinal = m
        .channels()
        .take(id.index() as usize)
        .filter(|c| c.origin() == Some(origin))
        .count();
    if ordinal == 0 {
        base
    } else {
        format!("{base}#{}", ordinal + 1)
    }
}

/// What a memory access touches, as the source writes it (`counter`,
/// `c.hits`, `m[key]`): the text of its span on one line, shortened.
/// `?` when the compiler noted no span.
pub fn access_text(src: &str, span: Option<(u32, u32)>) -> String {
    let text = span.and_then(|(lo, hi)| src.get(lo as usize..hi as usize));
    let Some(text) = text else {
        return "?".into();
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(32) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

/// The name a `// dojo:chan NAME` comment gives the channel made on a line.
fn marked_name(line: &str) -> Option<String> {
    let (_, name) = line.split_once("// dojo:chan ")?;
    Some(name.trim().to_string())
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
    use super::{assigned_name, marked_name};

    #[test]
    fn the_prelude_names_its_channels_in_a_comment() {
        assert_eq!(
            marked_name("\t\td = make(chan struct{}) // dojo:chan ctx.Done()").as_deref(),
            Some("ctx.Done()")
        );
        assert_eq!(marked_name("\tstop := make(chan struct{})"), None);
    }

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
