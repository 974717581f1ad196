//! How a run ends, as values, and the reports Go prints for panics and
//! fatal errors (a goroutine's frames, `created by`, wait reasons).

use super::{Machine, Status, WaitReason};
use crate::GoroutineId;
use crate::value::FuncId;
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutcomeKind {
    /// `main` returned or `os.Exit` was called.
    Exit,
    /// An unrecovered panic.
    Panic,
    /// A fatal error: deadlock, unlock of an unlocked mutex, ...
    Fatal,
    /// A resource limit of the simulator was hit.
    Limit,
    /// A bug in the engine, never the program's fault.
    Internal,
}

impl OutcomeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Exit => "exit",
            OutcomeKind::Panic => "panic",
            OutcomeKind::Fatal => "fatal",
            OutcomeKind::Limit => "limit",
            OutcomeKind::Internal => "internal",
        }
    }
}

/// A goroutine still blocked when the run ended: leaked (after `main`
/// returned) or part of a deadlock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocked {
    pub(crate) id: GoroutineId,
    pub(crate) reason: WaitReason,
    /// Innermost function outside the prelude, and its line.
    pub(crate) func: String,
    pub(crate) line: u32,
}

impl Blocked {
    pub fn id(&self) -> GoroutineId {
        self.id
    }

    pub fn reason(&self) -> WaitReason {
        self.reason
    }

    /// The innermost function outside the prelude.
    pub fn func(&self) -> &str {
        &self.func
    }

    pub fn line(&self) -> u32 {
        self.line
    }
}

/// Which resource limit ended a run (`Limit` outcomes). A closed set, so
/// the page can say each one in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// `Limits::max_instructions`: usually an endless loop.
    Instructions,
    /// `Limits::max_steps`: usually goroutines passing work around forever.
    Steps,
    Goroutines,
    /// `Limits::max_memory` or `Limits::max_heap_objects`.
    Memory,
    Output,
}

impl Limit {
    /// What `gosim` prints, in English.
    pub fn message(self) -> &'static str {
        match self {
            Limit::Instructions => "instruction budget exhausted (endless loop?)",
            Limit::Steps => "step budget exhausted (livelock or endless loop?)",
            Limit::Goroutines => "goroutine limit reached",
            Limit::Memory => "memory limit reached",
            Limit::Output => "output limit reached",
        }
    }
}

/// How a run ended. Each kind carries what only it has: an exit status
/// for an exit, which limit for a limit, a description for an internal
/// error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// `main` returned (status 0) or `os.Exit` was called.
    Exit(i32),
    /// An unrecovered panic (status 2).
    Panic,
    /// A fatal error: a deadlock, an unlock of an unlocked mutex, ...
    /// (status 2).
    Fatal,
    /// A resource limit of the simulator (status 2, as `gosim` reports it).
    Limit(Limit),
    /// A bug in Goroutine Dojo, never the program's fault: what broke, in
    /// English (status 70).
    Internal(String),
}

/// A finished run: how it ended, what it printed, and the goroutines left
/// blocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub(crate) end: End,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    /// The bytes written, when they are not UTF-8 and `stdout`/`stderr`
    /// show them with U+FFFD in place of invalid bytes: `gosim` writes
    /// these, as Go would (the page shows text, so its wasm goes without).
    #[cfg(not(target_arch = "wasm32"))]
    raw: Option<Box<(Vec<u8>, Vec<u8>)>>,
    pub(crate) blocked: Vec<Blocked>,
    /// The data races the race detector reported, if it was on.
    pub(crate) races: Vec<super::Race>,
}

/// What the page and `gosim` add to an internal error, so nobody takes it
/// for the program's fault.
pub const INTERNAL_NOTE: &str = "This is a bug in Goroutine Dojo, not in your program. \
Please report it with the program attached.";

impl Outcome {
    /// An outcome from its parts: for runs that never reached the machine
    /// (a program that does not compile) and for tests.
    pub fn new(end: End, stdout: String, stderr: String, blocked: Vec<Blocked>) -> Outcome {
        Outcome {
            end,
            stdout,
            stderr,
            #[cfg(not(target_arch = "wasm32"))]
            raw: None,
            blocked,
            races: Vec::new(),
        }
    }

    /// The outcome `end` of machine `m`, with what it printed and left blocked.
    pub(crate) fn of(end: End, m: &Machine) -> Outcome {
        let (stdout, stderr) = (m.stdout.to_vec(), m.stderr.to_vec());
        Outcome {
            end,
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            #[cfg(not(target_arch = "wasm32"))]
            raw: (std::str::from_utf8(&stdout).is_err() || std::str::from_utf8(&stderr).is_err())
                .then(|| Box::new((stdout, stderr))),
            blocked: m.blocked_goroutines(),
            races: m.races().to_vec(),
        }
    }

    pub fn end(&self) -> &End {
        &self.end
    }

    pub fn kind(&self) -> OutcomeKind {
        match self.end {
            End::Exit(_) => OutcomeKind::Exit,
            End::Panic => OutcomeKind::Panic,
            End::Fatal => OutcomeKind::Fatal,
            End::Limit(_) => OutcomeKind::Limit,
            End::Internal(_) => OutcomeKind::Internal,
        }
    }

    /// The status the process would exit with.
    pub fn exit_code(&self) -> i32 {
        match self.end {
            End::Exit(code) => code,
            End::Panic | End::Fatal | End::Limit(_) => 2,
            End::Internal(_) => 70,
        }
    }

    pub fn stdout(&self) -> &str {
        &self.stdout
    }

    pub fn stderr(&self) -> &str {
        &self.stderr
    }

    /// Standard output byte for byte (`stdout` is it as text).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn stdout_bytes(&self) -> &[u8] {
        self.raw.as_ref().map_or(self.stdout.as_bytes(), |r| &r.0)
    }

    /// Standard error byte for byte.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn stderr_bytes(&self) -> &[u8] {
        self.raw.as_ref().map_or(self.stderr.as_bytes(), |r| &r.1)
    }

    /// Goroutines still blocked when the run ended: leaked (after `main`
    /// returned) or part of a deadlock.
    pub fn blocked(&self) -> &[Blocked] {
        &self.blocked
    }

    /// The data races reported during the run (only with the race
    /// detector on), in order.
    pub fn races(&self) -> &[super::Race] {
        &self.races
    }

    /// Which limit ended the run, for a limit.
    pub fn limit(&self) -> Option<Limit> {
        match self.end {
            End::Limit(l) => Some(l),
            _ => None,
        }
    }

    /// What broke, for an internal error.
    pub fn internal(&self) -> Option<&str> {
        match &self.end {
            End::Internal(m) => Some(m),
            _ => None,
        }
    }

    /// The first line of stderr outside the race detector's reports: what
    /// a panic or fatal error begins with, even when races were reported
    /// before it (Go prints each report as it finds the race).
    pub fn stderr_first_line(&self) -> &str {
        let mut in_report = false;
        for line in self.stderr.lines() {
            if line == super::race::REPORT_RULE {
                in_report = !in_report;
            } else if !in_report {
                return line;
            }
        }
        ""
    }
}

impl Machine {
    /// The goroutines left blocked: leaked, if the program ends now. One
    /// inside `time.Sleep` is not: it would wake and go on, and Go's
    /// goroutine-leak profile would not report it. Nor is a spinner, which
    /// Go sees as runnable.
    pub(super) fn blocked_goroutines(&self) -> Vec<Blocked> {
        self.goroutines
            .iter()
            .enumerate()
            .filter_map(|(gi, g)| match g.status {
                Status::Blocked(reason)
                    if reason != WaitReason::Sleep && reason != WaitReason::Spinning =>
                {
                    let (func, line) = self.user_position(gi);
                    Some(Blocked {
                        id: g.id,
                        reason,
                        func,
                        line,
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The innermost frame outside the prelude (the learner's code), or the
    /// innermost frame at all.
    pub fn user_position(&self, gi: usize) -> (String, u32) {
        let trace = self.frames_trace(gi);
        let pick = trace
            .iter()
            .find(|(f, _)| !self.prog.funcs[f.0 as usize].prelude)
            .or(trace.first());
        pick.map_or((String::new(), 0), |(f, l)| {
            (self.prog.funcs[f.0 as usize].name.clone(), *l)
        })
    }

    fn frame_lines(&self, out: &mut String, trace: &[(FuncId, u32)]) {
        for (f, line) in trace {
            let func = &self.prog.funcs[f.0 as usize];
            // Go hides its method-value wrappers (`T.m-fm`) in tracebacks,
            // as it hides the runtime's unexported functions (its entry
            // `runtime.main`, `runtime.panicrangestate`).
            let runtime_internal = func
                .name
                .strip_prefix("runtime.")
                .is_some_and(|f| f.starts_with(|c: char| c.is_ascii_lowercase()));
            if runtime_internal || func.name.ends_with("-fm") {
                continue;
            }
            let args = if func.params > 0 { "(...)" } else { "()" };
            let path = self
                .checked
                .files
                .get(func.file as usize)
                .map_or("?", |f| f.path.as_str());
            let _ = write!(out, "{}{args}\n\t{path}:{line}\n", func.name);
        }
    }

    fn created_by(&self, out: &mut String, gi: usize) {
        match &self.goroutines[gi].created_by {
            Some(super::Creator::Go { func, line, parent }) => {
                let f = &self.prog.funcs[func.0 as usize];
                let path = self
                    .checked
                    .files
                    .get(f.file as usize)
                    .map_or("?", |f| f.path.as_str());
                let _ = write!(
                    out,
                    "created by {} in goroutine {parent}\n\t{path}:{line}\n",
                    f.name
                );
            }
            Some(super::Creator::Timer) => {
                out.push_str("created by time.goFunc\n\t/usr/local/go/src/time/sleep.go:182\n");
            }
            None => {}
        }
    }

    /// `goroutine N [state]:` and its frames.
    pub(super) fn goroutine_trace(&self, gi: usize, state: &str) -> String {
        let mut out = format!("goroutine {} [{state}]:\n", self.goroutines[gi].id);
        self.frame_lines(&mut out, &self.frames_trace(gi));
        self.created_by(&mut out, gi);
        out
    }

    /// Go's report of an unrecovered panic: the chain of panics, then the
    /// goroutine as it was when the last one started.
    pub(super) fn panic_report(&mut self, gi: usize) -> String {
        let panics = self.goroutines[gi].panics.clone();
        let mut out = String::new();
        for (i, p) in panics.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            let text = self.panic_value_text(gi, &p.value);
            let _ = write!(out, "panic: {text}");
            if p.repanicked {
                out.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                out.push_str(" [recovered]");
            }
            out.push('\n');
        }
        let Some(last) = panics.last().map(|p| p.trace.clone()) else {
            never!(self, "a panic report without a panic");
            return out;
        };
        let _ = write!(out, "\ngoroutine {} [running]:\n", self.goroutines[gi].id);
        self.frame_lines(&mut out, &last);
        self.created_by(&mut out, gi);
        out
    }

    /// No goroutine can run and no timer is pending.
    pub(super) fn end_without_runnable(&mut self) {
        let msg = if self.main_goexited {
            "no goroutines (main called runtime.Goexit) - deadlock!"
        } else {
            "all goroutines are asleep - deadlock!"
        };
        let mut text = format!("fatal error: {msg}\n");
        for gi in 0..self.goroutines.len() {
            if let Status::Blocked(reason) = self.goroutines[gi].status {
                text.push('\n');
                text.push_str(&self.goroutine_trace(gi, &reason.to_string()));
            }
        }
        self.write_stderr(text.as_bytes());
        let outcome = Outcome::of(End::Fatal, self);
        self.finish(outcome);
    }
}
