//! Which earlier steps of a run a step depends on, found without
//! comparing it with every one of them.
//!
//! The race analysis walks back from each step over the earlier steps it
//! depends on, joining their clocks. Comparing every pair costs the square
//! of the run's length, which for a hundred goroutines taking the same
//! locks is most of the cost of a schedule. This index keeps, per shared
//! location, the steps that touched it, newest last. Walking one location
//! back can stop at the first step that *wrote* all of the location:
//! every older step that conflicts with the new touch conflicts with that
//! write as well, so it already happens before it, and the analysis would
//! find it ordered and only join a clock it already has.

use crate::execution::Effect;
use runtime::machine::{ANY, Access, Loc, Touch};
use std::collections::HashMap;

/// A heap object's locations share one list (their elements and fields
/// overlap through [`ANY`]); every other location has its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Object(u32),
    Other(Loc),
}

fn key(loc: Loc) -> Key {
    match loc {
        Loc::Heap { obj, .. } => Key::Object(obj),
        other => Key::Other(other),
    }
}

/// Whether a write `w` covers every location that overlaps `loc`.
fn covers(w: &Touch, loc: Loc) -> bool {
    if w.access() != Access::Write {
        return false;
    }
    let part = |have: u32, want: u32| have == ANY || have == want;
    match (w.loc(), loc) {
        (
            Loc::Heap { obj, idx, field },
            Loc::Heap {
                obj: o2,
                idx: i2,
                field: f2,
            },
        ) => obj == o2 && part(idx, i2) && part(field, f2),
        (a, b) => a == b,
    }
}

#[derive(Clone, Debug, Default)]
pub struct DependenceIndex {
    by_loc: HashMap<Key, Vec<(usize, Touch)>>,
    /// Steps that end the program, and steps the end of the program
    /// depends on (see [`Effect::depends_on`]).
    ends: Vec<usize>,
    observable: Vec<usize>,
}

impl DependenceIndex {
    /// Records step `i`; steps are added in order.
    pub fn add(&mut self, i: usize, effect: &Effect) {
        for t in effect.footprint.touches() {
            self.by_loc.entry(key(t.loc())).or_default().push((i, *t));
        }
        if effect.ends {
            self.ends.push(i);
        }
        if effect.observable {
            self.observable.push(i);
        }
    }

    /// The recorded steps that `effect` may depend on, newest first: a
    /// superset of those the analysis must see, missing only steps that
    /// happen before one it returns.
    pub fn candidates(&self, effect: &Effect) -> Vec<usize> {
        let mut out = Vec::new();
        for t in effect.footprint.touches() {
            let Some(list) = self.by_loc.get(&key(t.loc())) else {
                continue;
            };
            for (i, other) in list.iter().rev() {
                if other.conflicts(t) {
                    out.push(*i);
                }
                if covers(other, t.loc()) {
                    break;
                }
            }
        }
        if effect.ends {
            out.extend_from_slice(&self.observable);
        }
        if effect.observable {
            out.extend_from_slice(&self.ends);
        }
        out.sort_unstable_by(|a, b| b.cmp(a));
        out.dedup();
        out
    }
}
