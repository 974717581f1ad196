//! Which earlier steps of a run a step depends on, found without
//! comparing it with every one of them.
//!
//! The race analysis walks back from each step over the earlier steps it
//! depends on, joining their clocks. Comparing every pair costs the square
//! of the run's length, which for a hundred goroutines taking the same
//! locks is most of the cost of a schedule. This index keeps, per shared
//! location, the steps that touched it, newest last, apart by kind of
//! access. Walking one location back can stop at the newest step that
//! *wrote* it: every older touch of the location conflicts with that
//! write, so it already happens before it, and the analysis would find
//! it ordered and only join a clock it already has.

use crate::execution::Effect;
use runtime::machine::{ANY, Access, Loc};

/// The lists a touch of `loc` must look at: its own location's and
/// those of the locations it overlaps through [`ANY`].
fn overlapping(index: &DependenceIndex, loc: Loc) -> Vec<(Loc, &Touches)> {
    let Loc::Heap { obj, idx, field } = loc else {
        return index.get(loc).map(|t| (loc, t)).into_iter().collect();
    };
    if idx != ANY && field != ANY {
        return [(idx, field), (idx, ANY), (ANY, field), (ANY, ANY)]
            .iter()
            .filter_map(|&(idx, field)| {
                let l = Loc::Heap { obj, idx, field };
                index.get(l).map(|t| (l, t))
            })
            .collect();
    }
    let part = |x: u32, y: u32| x == y || x == ANY || y == ANY;
    let first = Loc::Heap {
        obj,
        idx: 0,
        field: 0,
    };
    let from = index.by_loc.partition_point(|(l, _)| *l < first);
    index.by_loc[from..]
        .iter()
        .take_while(|(l, _)| matches!(l, Loc::Heap { obj: o, .. } if *o == obj))
        .filter(|(l, _)| matches!(l, Loc::Heap { idx: i, field: f, .. } if part(*i, idx) && part(*f, field)))
        .map(|(l, t)| (*l, t))
        .collect()
}

/// The touches of one location, by kind of access: reads commute with
/// reads and adds with adds, so a walk skips the kind it cannot meet.
#[derive(Clone, Debug, Default)]
struct Touches {
    reads: Vec<usize>,
    adds: Vec<usize>,
    /// Writes and releases.
    writes: Vec<usize>,
    /// The newest write (not release): every older touch of this
    /// location conflicts with it, so happens before it.
    last_write: Option<usize>,
}

impl Touches {
    fn push(&mut self, i: usize, a: Access) {
        match a {
            Access::Read => self.reads.push(i),
            Access::Add => self.adds.push(i),
            Access::Release => self.writes.push(i),
            Access::Write => {
                self.writes.push(i);
                self.last_write = Some(i);
            }
        }
    }

    /// The lists a touch with access `a` conflicts with.
    fn against(&self, a: Access) -> [&[usize]; 2] {
        match a {
            Access::Read => [&self.writes, &self.adds],
            Access::Add => [&self.writes, &self.reads],
            Access::Write | Access::Release => [&self.writes, &self.reads],
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct DependenceIndex {
    /// Sorted by location (a sorted vector rather than a map: the page's
    /// wasm pays for every map type instantiated).
    by_loc: Vec<(Loc, Touches)>,
    /// Steps that end the program, and steps the end of the program
    /// depends on (see [`Effect::depends_on`]).
    ends: Vec<usize>,
    observable: Vec<usize>,
}

impl DependenceIndex {
    fn get(&self, loc: Loc) -> Option<&Touches> {
        let at = self.by_loc.binary_search_by(|(l, _)| l.cmp(&loc)).ok()?;
        Some(&self.by_loc[at].1)
    }

    /// Records step `i`; steps are added in order.
    pub fn add(&mut self, i: usize, effect: &Effect) {
        for t in effect.footprint.touches() {
            let at = match self.by_loc.binary_search_by(|(l, _)| l.cmp(&t.loc())) {
                Ok(at) => at,
                Err(at) => {
                    self.by_loc.insert(at, (t.loc(), Touches::default()));
                    at
                }
            };
            self.by_loc[at].1.push(i, t.access());
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
        // Each list is ascending; the tails to look at are merged below.
        let mut runs: Vec<&[usize]> = Vec::new();
        for t in effect.footprint.touches() {
            let lists = overlapping(self, t.loc());
            // The newest write to a location meets every touch of it, and
            // a write to all of `t`'s location every touch `t` meets: the
            // walk back stops at the later of the two.
            let cover = lists
                .iter()
                .filter(|(l, _)| l.contains(t.loc()))
                .filter_map(|(_, list)| list.last_write)
                .max();
            for (_, list) in &lists {
                let stop = list.last_write.max(cover).unwrap_or(0);
                for kind in list.against(t.access()) {
                    runs.push(&kind[kind.partition_point(|i| *i < stop)..]);
                }
            }
        }
        if effect.ends {
            runs.push(&self.observable);
        }
        if effect.observable {
            runs.push(&self.ends);
        }
        newest_first(runs)
    }
}

/// The union of ascending `runs`, newest first. A merge rather than a
/// sort: there are few runs, and a sort would add its own code to the
/// page's wasm.
fn newest_first(mut runs: Vec<&[usize]>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    runs.retain(|run| !run.is_empty());
    loop {
        let Some((r, &top)) = runs
            .iter()
            .enumerate()
            .filter_map(|(r, run)| run.last().map(|top| (r, top)))
            .max_by_key(|(_, top)| **top)
        else {
            return out;
        };
        runs[r] = &runs[r][..runs[r].len() - 1];
        if runs[r].is_empty() {
            runs.swap_remove(r);
        }
        if out.last() != Some(&top) {
            out.push(top);
        }
    }
}
