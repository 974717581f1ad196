//! The data race report, as Go's race detector (ThreadSanitizer) prints
//! it: both accesses with their stacks, then how each goroutine was
//! created. Addresses and code offsets are the simulator's own; every
//! other character is Go's.

use crate::GoroutineId;
use crate::machine::{Machine, Status};
use ::race::{Access, Frame};
use program::value::FuncId;
use std::fmt::Write;

/// Where Go's sources are, as the simulator's reports name them.
pub const GOROOT: &str = "/usr/local/go/src/";

/// One side of a data race, for the page: who accessed, how, and where
/// in the program (the innermost frame of the program's own code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaceAccess {
    pub(crate) goroutine: GoroutineId,
    pub(crate) write: bool,
    pub(crate) func: String,
    pub(crate) line: u32,
}

/// The line that opens and closes each report.
pub(crate) const REPORT_RULE: &str = "==================";

impl RaceAccess {
    pub fn goroutine(&self) -> GoroutineId {
        self.goroutine
    }

    pub fn is_write(&self) -> bool {
        self.write
    }

    /// Go's name of the function, `main.main.func1`.
    pub fn func(&self) -> &str {
        &self.func
    }

    pub fn line(&self) -> u32 {
        self.line
    }
}

/// A data race the detector reported: Go's text and both accesses, the
/// later one first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Race {
    pub(crate) text: String,
    pub(crate) now: RaceAccess,
    pub(crate) before: RaceAccess,
}

impl Race {
    /// The report, from `==================` to `==================`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The access that found the race.
    pub fn access(&self) -> &RaceAccess {
        &self.now
    }

    /// The earlier access it races with.
    pub fn previous(&self) -> &RaceAccess {
        &self.before
    }
}

impl Machine {
    /// The path of the file function `func` is in, as traces show it.
    fn path_of(&self, func: FuncId) -> &str {
        let file = self.prog.funcs[func.0 as usize].file;
        self.checked
            .files
            .get(file as usize)
            .map_or("?", |f| f.path.as_str())
    }

    fn frame_text(&self, out: &mut String, f: &Frame) {
        match f {
            Frame::Code { func, line, pc } => {
                let (func, path) = (&self.prog.funcs[func.0 as usize], self.path_of(*func));
                let _ = write!(
                    out,
                    "  {}()\n      {path}:{line} +0x{:x}\n",
                    func.name,
                    u64::from(*pc) * 4 + 0x1c
                );
            }
            Frame::Wrapper { func, n, line } => {
                let (func, path) = (&self.prog.funcs[func.0 as usize], self.path_of(*func));
                let _ = write!(
                    out,
                    "  {}.gowrap{n}()\n      {path}:{line} +0xe\n",
                    func.name
                );
            }
            Frame::Runtime {
                func,
                file,
                line,
                offset,
            } => {
                let root = if file.starts_with('<') { "" } else { GOROOT };
                let _ = write!(out, "  {func}()\n      {root}{file}:{line} +0x{offset:x}\n");
            }
        }
    }

    /// The innermost frame of the program's own code in `frames`.
    fn race_access_of(&self, a: &Access) -> RaceAccess {
        let code = a.site.frames.iter().find_map(|f| match f {
            Frame::Code { func, line, .. } if !self.prog.funcs[func.0 as usize].prelude => {
                Some((self.prog.funcs[func.0 as usize].name.clone(), *line))
            }
            _ => None,
        });
        let (func, line) = code.unwrap_or_default();
        RaceAccess {
            goroutine: self.goroutines[a.goroutine].id,
            write: a.write,
            func,
            line,
        }
    }

    /// Go's report of a race between access `now` and the earlier access
    /// `before`.
    #[inline(never)]
    pub(super) fn race_report(&self, now: &Access, before: &Access) -> Race {
        let mut out = format!("{REPORT_RULE}\nWARNING: DATA RACE\n");
        let who = |a: &Access| {
            let id = self.goroutines[a.goroutine].id;
            if id == GoroutineId::MAIN {
                "main goroutine".to_string()
            } else {
                format!("goroutine {id}")
            }
        };
        let kind = |write: bool| if write { "write" } else { "read" };
        let first = if now.write { "Write" } else { "Read" };
        let _ = writeln!(out, "{first} at 0x{:012x} by {}:", now.site.addr, who(now));
        for f in now.site.frames.iter() {
            self.frame_text(&mut out, f);
        }
        let _ = writeln!(
            out,
            "\nPrevious {} at 0x{:012x} by {}:",
            kind(before.write),
            now.site.addr,
            who(before)
        );
        for f in before.site.frames.iter() {
            self.frame_text(&mut out, f);
        }
        for a in [now, before] {
            let g = &self.goroutines[a.goroutine];
            if g.id == GoroutineId::MAIN {
                continue;
            }
            let state = if g.status == Status::Exited {
                "finished"
            } else {
                "running"
            };
            let _ = writeln!(out, "\nGoroutine {} ({state}) created at:", g.id);
            if let Some(r) = self.race.as_deref() {
                for f in r.detector.created(a.goroutine) {
                    self.frame_text(&mut out, f);
                }
            }
        }
        out.push_str(REPORT_RULE);
        out.push('\n');
        Race {
            text: out,
            now: self.race_access_of(now),
            before: self.race_access_of(before),
        }
    }
}
