//! The example programs the playground offers until a lesson is chosen:
//! the flagship bug, its fixes, and a few relatives. They are the
//! explorer's test programs, each checked against real Go. Their text
//! travels in `programs.js` beside the wasm (written from `SOURCES` by
//! `cargo xtask dist`, see [`crate::data`]), like the course, so the wasm
//! does not carry it.

use crate::i18n::Text;

#[derive(Debug, PartialEq)]
pub struct Program {
    /// Stable id, used in localStorage keys and `?program=`.
    pub id: &'static str,
    pub title: Text,
    pub about: Text,
}

impl Program {
    /// The program text without the test corpus's trailing expectation
    /// comments.
    pub fn source(&self) -> String {
        let raw = raw_source(self.id);
        let keep: Vec<&str> = raw
            .lines()
            .filter(|l| !l.starts_with("// Outcome:") && !l.starts_with("// RealGo:"))
            .collect();
        let mut text = keep.join("\n").trim_end().to_string();
        text.push('\n');
        text
    }
}

pub const PROGRAMS: &[Program] = &[
    Program {
        id: "stop-channel-race",
        title: Text::ProgramStopRace,
        about: Text::ProgramStopRaceAbout,
    },
    Program {
        id: "stop-channel-fixed",
        title: Text::ProgramStopFixed,
        about: Text::ProgramStopFixedAbout,
    },
    Program {
        id: "reap-double-close",
        title: Text::ProgramReap,
        about: Text::ProgramReapAbout,
    },
    Program {
        id: "lock-while-send",
        title: Text::ProgramLockSend,
        about: Text::ProgramLockSendAbout,
    },
    Program {
        id: "leaked-watcher",
        title: Text::ProgramLeak,
        about: Text::ProgramLeakAbout,
    },
];

/// Every example's text by id, as the test corpus holds it.
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCES: &[(&str, &str)] = &[
    (
        "stop-channel-race",
        include_str!("../../tests/explore/stop_channel_race.go"),
    ),
    (
        "stop-channel-fixed",
        include_str!("../../tests/explore/stop_channel_fixed_once.go"),
    ),
    (
        "reap-double-close",
        include_str!("../../tests/explore/reap_double_close.go"),
    ),
    (
        "lock-while-send",
        include_str!("../../tests/explore/lock_while_send.go"),
    ),
    (
        "leaked-watcher",
        include_str!("../../tests/explore/leaked_watcher.go"),
    ),
];

/// The example's text as the test corpus holds it (in the browser, as
/// `programs.js` brought it).
fn raw_source(id: &str) -> String {
    crate::data::program_sources()
        .iter()
        .find(|(i, _)| *i == id)
        .map_or_else(String::new, |(_, s)| (*s).to_string())
}

pub fn by_id(id: &str) -> Option<&'static Program> {
    PROGRAMS.iter().find(|p| p.id == id)
}

pub fn default_program() -> &'static Program {
    &PROGRAMS[0]
}
