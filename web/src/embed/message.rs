//! The `postMessage` protocol between an embed and the page hosting it.
//!
//! Commands come from the host as plain objects tagged
//! `target: "goroutine-dojo"`; events go to the host tagged
//! `source: "goroutine-dojo"`. The two tags differ so that an event can
//! never be read back as a command, and so that other libraries' messages
//! (which often have a `type` too) are never taken for ours. A message is
//! hostile input: anything of the wrong shape, type or size is ignored
//! without a word.

use crate::i18n::Lang;
use crate::state::Action;
use runtime::GoroutineId;
use runtime::machine::Outcome;

/// The tag on every message of the protocol.
pub const TAG: &str = "goroutine-dojo";
/// The protocol's version, announced in `ready`.
pub const VERSION: u32 = 1;
/// Longest string (in UTF-16 units, as JavaScript counts) the edge copies
/// out of a message; longer ones are read as [`Value::Other`].
pub const MAX_STRING_UNITS: u32 = session::share::MAX_CODE as u32;

/// One field of a message, as the edge found it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Absent, `undefined` or `null`.
    Missing,
    Str(String),
    Num(f64),
    /// Anything else: an object, a boolean, a string too long to copy.
    Other,
}

/// What a host may ask.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Replace the program with this Go source.
    LoadProgram(String),
    /// Step this goroutine, or (`None`) take the default scheduler's step.
    Step(Option<GoroutineId>),
    Reset,
    SetLanguage(Lang),
}

/// Reads a command from a message's fields (`field` looks one up by
/// name); `None` for anything that is not a well-formed command.
pub fn parse(field: &dyn Fn(&str) -> Value) -> Option<Command> {
    if field("target") != Value::Str(TAG.into()) {
        return None;
    }
    let Value::Str(kind) = field("type") else {
        return None;
    };
    match kind.as_str() {
        "load-program" => match field("code") {
            Value::Str(code) if code.len() <= session::share::MAX_CODE && !code.contains('\0') => {
                Some(Command::LoadProgram(code))
            }
            _ => None,
        },
        "step" => match field("goroutine") {
            Value::Missing => Some(Command::Step(None)),
            Value::Num(n) if n.fract() == 0.0 && n >= 1.0 && n <= f64::from(u32::MAX) => {
                GoroutineId::new(n as u32).map(|g| Command::Step(Some(g)))
            }
            _ => None,
        },
        "reset" => Some(Command::Reset),
        "set-language" => match field("lang") {
            Value::Str(code) if code.len() <= 8 => Lang::from_code(&code).map(Command::SetLanguage),
            _ => None,
        },
        _ => None,
    }
}

impl Command {
    /// The reducer's action for the command.
    pub fn action(self) -> Action {
        match self {
            Command::LoadProgram(source) => Action::LoadProgram {
                program: crate::state::ProgramRef::Shared,
                source,
            },
            Command::Step(None) => Action::StepDefault,
            Command::Step(Some(g)) => Action::Step(g),
            Command::Reset => Action::Reset,
            Command::SetLanguage(lang) => Action::SetLang(lang),
        }
    }
}

/// What the embed tells its host.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The embed listens for commands now; a `step` with the state it
    /// shows follows.
    Ready {
        lang: Lang,
        lesson: Option<&'static str>,
    },
    /// The state shown: the first one, then after every move (a step, an
    /// undo, a reset, a new program).
    Step {
        step: u32,
        /// The goroutine the last move stepped.
        goroutine: Option<GoroutineId>,
        /// Goroutines that can be stepped now.
        runnable: Vec<GoroutineId>,
    },
    /// The run shown has ended.
    Outcome { step: u32, outcome: Outcome },
    /// The embed's content is this many CSS pixels tall.
    Height(u32),
}

/// A field of an event, for the edge to write into a plain object.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Str(String),
    Num(f64),
    List(Vec<u32>),
}

impl Event {
    /// The event's fields. `private` (only when posting to one named
    /// origin) adds what the program printed: the program may be the
    /// learner's own typing, which a page of any origin should not read.
    pub fn fields(&self, private: bool) -> Vec<(&'static str, Field)> {
        let text = |s: &str| Field::Str(s.to_string());
        let num = |n: u32| Field::Num(f64::from(n));
        let mut out = vec![("source", text(TAG))];
        match self {
            Event::Ready { lang, lesson } => {
                out.push(("type", text("ready")));
                out.push(("version", num(VERSION)));
                out.push(("lang", text(lang.code())));
                out.extend(lesson.map(|slug| ("lesson", text(slug))));
            }
            Event::Step {
                step,
                goroutine,
                runnable,
            } => {
                out.push(("type", text("step")));
                out.push(("step", num(*step)));
                out.extend(goroutine.map(|g| ("goroutine", num(g.get()))));
                out.push((
                    "runnable",
                    Field::List(runnable.iter().map(|g| g.get()).collect()),
                ));
            }
            Event::Outcome { step, outcome } => {
                out.push(("type", text("outcome")));
                out.push(("step", num(*step)));
                out.push(("kind", text(outcome.kind().as_str())));
                out.push(("exitCode", Field::Num(f64::from(outcome.exit_code()))));
                out.push(("leaked", num(outcome.blocked().len() as u32)));
                if private {
                    out.push(("stdout", text(outcome.stdout())));
                    out.push(("stderr", text(outcome.stderr())));
                }
            }
            Event::Height(px) => {
                out.push(("type", text("height")));
                out.push(("height", num(*px)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(fields: &[(&str, Value)]) -> Option<Command> {
        parse(&|name| {
            fields
                .iter()
                .find(|(k, _)| *k == name)
                .map_or(Value::Missing, |(_, v)| v.clone())
        })
    }

    fn s(text: &str) -> Value {
        Value::Str(text.into())
    }

    #[test]
    fn well_formed_commands_are_read() {
        let tagged = |kind: &str, extra: Option<(&str, Value)>| {
            let mut fields = vec![("target", s(TAG)), ("type", s(kind))];
            fields.extend(extra);
            message(&fields)
        };
        assert_eq!(tagged("reset", None), Some(Command::Reset));
        assert_eq!(tagged("step", None), Some(Command::Step(None)));
        assert_eq!(
            tagged("step", Some(("goroutine", Value::Num(3.0)))),
            Some(Command::Step(GoroutineId::new(3)))
        );
        assert_eq!(
            tagged("set-language", Some(("lang", s("zh")))),
            Some(Command::SetLanguage(Lang::Zh))
        );
        assert_eq!(
            tagged("load-program", Some(("code", s("package main\n")))),
            Some(Command::LoadProgram("package main\n".into()))
        );
    }

    #[test]
    fn malformed_or_foreign_messages_are_ignored() {
        let huge = "x".repeat(session::share::MAX_CODE + 1);
        let cases: Vec<Vec<(&str, Value)>> = vec![
            vec![],
            vec![("type", s("reset"))],
            vec![("target", s("someone-else")), ("type", s("reset"))],
            // Our own events, echoed back, are not commands.
            vec![("source", s(TAG)), ("type", s("step"))],
            vec![("target", Value::Other), ("type", s("reset"))],
            vec![("target", s(TAG)), ("type", Value::Num(1.0))],
            vec![("target", s(TAG)), ("type", s("RESET"))],
            vec![("target", s(TAG)), ("type", s("eval"))],
            vec![("target", s(TAG)), ("type", s("load-program"))],
            vec![
                ("target", s(TAG)),
                ("type", s("load-program")),
                ("code", Value::Num(1.0)),
            ],
            vec![
                ("target", s(TAG)),
                ("type", s("load-program")),
                ("code", Value::Str(huge)),
            ],
            vec![
                ("target", s(TAG)),
                ("type", s("load-program")),
                ("code", s("package main\0")),
            ],
            vec![
                ("target", s(TAG)),
                ("type", s("step")),
                ("goroutine", s("1")),
            ],
            vec![("target", s(TAG)), ("type", s("set-language"))],
            vec![
                ("target", s(TAG)),
                ("type", s("set-language")),
                ("lang", s("klingon")),
            ],
            vec![
                ("target", s(TAG)),
                ("type", s("set-language")),
                ("lang", s(&"zh".repeat(100))),
            ],
        ];
        for fields in cases {
            assert_eq!(message(&fields), None, "{fields:?}");
        }
        for g in [0.0, -1.0, 1.5, f64::NAN, f64::INFINITY, 5e9] {
            let fields = [
                ("target", s(TAG)),
                ("type", s("step")),
                ("goroutine", Value::Num(g)),
            ];
            assert_eq!(message(&fields), None, "goroutine {g}");
        }
    }

    fn names(fields: &[(&'static str, Field)]) -> Vec<&'static str> {
        fields.iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn output_goes_only_to_a_named_origin() {
        let outcome = Outcome::new(
            runtime::machine::End::Panic,
            "secret\n".into(),
            "panic: boom\n".into(),
            Vec::new(),
        );
        let event = Event::Outcome { step: 7, outcome };
        let public = event.fields(false);
        assert_eq!(
            names(&public),
            ["source", "type", "step", "kind", "exitCode", "leaked"]
        );
        assert!(public.contains(&("kind", Field::Str("panic".into()))));
        let private = event.fields(true);
        assert!(private.contains(&("stdout", Field::Str("secret\n".into()))));
        assert!(private.contains(&("stderr", Field::Str("panic: boom\n".into()))));
    }

    #[test]
    fn events_carry_the_tag_and_their_type() {
        let events = [
            Event::Ready {
                lang: Lang::Zh,
                lesson: Some("select"),
            },
            Event::Step {
                step: 2,
                goroutine: None,
                runnable: (1..=2).filter_map(GoroutineId::new).collect(),
            },
            Event::Height(480),
        ];
        for (event, kind) in events.iter().zip(["ready", "step", "height"]) {
            let fields = event.fields(false);
            assert_eq!(fields[0], ("source", Field::Str(TAG.into())));
            assert_eq!(fields[1], ("type", Field::Str(kind.into())));
        }
        assert!(
            events[1]
                .fields(false)
                .contains(&("runnable", Field::List(vec![1, 2])))
        );
        assert!(!names(&events[1].fields(false)).contains(&"goroutine"));
    }
}
