//! The example programs the playground offers until a lesson is chosen:
//! the flagship bug, its fixes, and a few relatives. They are the
//! explorer's test programs, each checked against real Go.

use crate::i18n::Text;

pub struct Program {
    /// Stable id, used in localStorage keys and `?program=`.
    pub id: &'static str,
    pub title: Text,
    pub about: Text,
    source: &'static str,
}

impl Program {
    /// The program text without the test corpus's trailing expectation
    /// comments.
    pub fn source(&self) -> String {
        let keep: Vec<&str> = self
            .source
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
        source: include_str!("../../tests/explore/stop_channel_race.go"),
    },
    Program {
        id: "stop-channel-fixed",
        title: Text::ProgramStopFixed,
        about: Text::ProgramStopFixedAbout,
        source: include_str!("../../tests/explore/stop_channel_fixed_once.go"),
    },
    Program {
        id: "reap-double-close",
        title: Text::ProgramReap,
        about: Text::ProgramReapAbout,
        source: include_str!("../../tests/explore/reap_double_close.go"),
    },
    Program {
        id: "lock-while-send",
        title: Text::ProgramLockSend,
        about: Text::ProgramLockSendAbout,
        source: include_str!("../../tests/explore/lock_while_send.go"),
    },
    Program {
        id: "leaked-watcher",
        title: Text::ProgramLeak,
        about: Text::ProgramLeakAbout,
        source: include_str!("../../tests/explore/leaked_watcher.go"),
    },
];

pub fn by_id(id: &str) -> Option<&'static Program> {
    PROGRAMS.iter().find(|p| p.id == id)
}

pub fn default_program() -> &'static Program {
    &PROGRAMS[0]
}
