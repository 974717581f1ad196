//! What program the playground shows. It decides where the learner's
//! edits are kept, what a link to the page reopens, and what a write-up
//! calls the program.

use crate::programs::Program;
use lessons::{Lesson, Scenario};

#[derive(Clone, Copy, Debug)]
pub enum ProgramRef {
    /// A built-in example (`?program=<id>`).
    Example(&'static Program),
    /// A lesson's program: its start program, or the learner's edit of it.
    Lesson(&'static Lesson),
    /// An interview's program, from its scenario.
    Interview(&'static Scenario),
    /// Code from a share link, or sent by an embed's host.
    Shared,
}

impl ProgramRef {
    /// The name the learner's edits are stored under (`dojo.program` and
    /// `dojo.code.<name>`): an example's id, a lesson's folder. Shared
    /// code and an interview's are not what to come back to on the next
    /// visit, so they are not stored.
    pub fn stored_as(self) -> Option<&'static str> {
        match self {
            ProgramRef::Example(p) => Some(p.id),
            ProgramRef::Lesson(l) => Some(l.folder),
            ProgramRef::Interview(_) | ProgramRef::Shared => None,
        }
    }

    /// The built-in example shown, if it is one.
    pub fn example(self) -> Option<&'static Program> {
        match self {
            ProgramRef::Example(p) => Some(p),
            _ => None,
        }
    }
}

impl PartialEq for ProgramRef {
    /// The same program by name: ids and folders are unique, and comparing
    /// them spares comparing whole lessons whenever the page renders.
    fn eq(&self, other: &ProgramRef) -> bool {
        match (self, other) {
            (ProgramRef::Example(a), ProgramRef::Example(b)) => a.id == b.id,
            (ProgramRef::Lesson(a), ProgramRef::Lesson(b)) => a.folder == b.folder,
            (ProgramRef::Interview(a), ProgramRef::Interview(b)) => a.folder == b.folder,
            (ProgramRef::Shared, ProgramRef::Shared) => true,
            _ => false,
        }
    }
}
