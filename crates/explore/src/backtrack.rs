//! Backtracking for the DPOR search: which orders a finished run did not
//! try are worth trying next.
//!
//! The explorer's happens-before is program order, plus "started or woke"
//! (a `go` statement, a send that unblocks a receiver, a timer), plus
//! every pair of dependent steps in the order they ran. Two dependent steps
//! of different goroutines are *reversible* when nothing else orders them:
//! the second's goroutine (or one that leads to it) could have gone first.
//! For each reversible pair the analysis names the choice before the first
//! step and the goroutines that could start the reversed order there (the
//! "initials" of source-set DPOR). These pairs are the search's business
//! only: a data race in the program's sense is the race detector's.
//!
//! The steps of goroutines still runnable when the run ended are analysed
//! too (as the run's `pending` steps, each summarising what its goroutine
//! would do alone until it is observed): they race with the end of the
//! program when they could change its outcome, and whether they could
//! have gone earlier still is a race like any other.

use crate::dependence::DependenceIndex;
use crate::execution::{Effect, Run, Step};
use runtime::GoroutineId;
use runtime::machine::{Access, Loc};

/// Try one of `initials` at choice `node`, preferably `preferred`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backtrack {
    pub node: usize,
    pub initials: Vec<GoroutineId>,
    pub preferred: GoroutineId,
}

/// Vector clocks over dense goroutine indices, kept from run to run: a
/// run that resumes from a kept state shares its first steps with the run
/// before, and their clocks (and races) are already known.
#[derive(Clone, Debug, Default)]
pub struct Clocks {
    /// Dense index of each goroutine id (ids are small and dense too).
    index: Vec<usize>,
    /// Per step: how many steps of each goroutine happen before it
    /// (itself included); missing entries are 0.
    of: Vec<Vec<u32>>,
    /// Per step: its position among its goroutine's steps, from 1.
    local: Vec<u32>,
}

impl Clocks {
    /// The dense clock index of lane `g` (see [`Step::lane`]).
    fn slot(&self, g: usize) -> usize {
        self.index.get(g).copied().unwrap_or(usize::MAX)
    }

    fn slot_or_new(&mut self, g: usize) -> usize {
        if g >= self.index.len() {
            self.index.resize(g + 1, usize::MAX);
        }
        if self.index[g] == usize::MAX {
            self.index[g] = self.index.iter().filter(|s| **s != usize::MAX).count();
        }
        self.index[g]
    }

    /// Whether step `i` happens before a step whose clock is `clock`.
    fn before(&self, i: usize, g: usize, clock: &[u32]) -> bool {
        clock.get(self.slot(g)).copied().unwrap_or(0) >= self.local[i]
    }

    /// Forgets the steps from `n` on: the next run resumes there.
    pub fn truncate(&mut self, n: usize) {
        self.of.truncate(n);
        self.local.truncate(n);
    }
}

fn join(into: &mut Vec<u32>, from: &[u32]) {
    if into.len() < from.len() {
        into.resize(from.len(), 0);
    }
    for (a, b) in into.iter_mut().zip(from) {
        *a = (*a).max(*b);
    }
}

/// The backtracks the run's races call for. `settled(node)` says a choice
/// already tries every option it could, so its races need no analysis.
/// `clocks` holds the clocks of the run before; the first `shared` steps
/// are the same in this run, so their clocks are kept and their races,
/// reported then, are not reported again.
pub fn backtracks(
    clocks: &mut Clocks,
    run: &Run,
    settled: impl Fn(usize) -> bool,
) -> Vec<Backtrack> {
    let (steps, pending) = (&run.steps, &run.pending);
    let known = clocks.of.len().min(run.shared);
    clocks.truncate(known);
    let all: Vec<&Step> = steps.iter().chain(pending).collect();
    let top = all.iter().map(|s| s.lane()).max().unwrap_or(0);
    let mut last: Vec<Option<usize>> = vec![None; top + 1];
    let mut cause: Vec<Option<usize>> = vec![None; top + 1];
    let mut races = Vec::new();
    let mut adds: Vec<(Loc, usize)> = Vec::new();
    let mut index = DependenceIndex::default();
    for (j, s) in all.iter().enumerate() {
        let g = s.lane();
        let prev = last[g];
        if j >= known {
            let slot = clocks.slot_or_new(g);
            let mut clock = prev.map_or_else(Vec::new, |p| clocks.of[p].clone());
            if let Some(c) = cause[g] {
                join(&mut clock, &clocks.of[c]);
            }
            // Walking back over the steps `j` may depend on, each dependent
            // one joins the clock, so a step already ordered before `j`
            // through a later one is not a race (and the index leaves out
            // only such steps).
            // A release of a mutex `j` takes orders the two steps for good
            // but must not hide the race between the two acquisitions: its
            // clock joins after the walk.
            //
            // A step that synchronises and then runs the library's own
            // code (a lock, then the map it guards) touches that data
            // after the synchronisation: the synchronisation's races are
            // looked for first, before the data's dependencies order the
            // step after the other goroutine's later steps.
            let lead = synchronisation_first(&s.effect);
            for effect in lead.iter().chain(std::iter::once(&s.effect)) {
                let mut released = Vec::new();
                for i in index.candidates(effect) {
                    let other = all[i];
                    // The runtime's finding that nobody can run is the run's
                    // last step, not an event: what a pending goroutine would
                    // do races with the steps that made everyone block.
                    if other.lane() == g
                        || other.goroutine.is_none()
                        || !other.effect.depends_on(effect)
                    {
                        continue;
                    }
                    if lock_handover(&other.effect, effect) {
                        released.push(i);
                        continue;
                    }
                    if !clocks.before(i, other.lane(), &clock)
                        && other.goroutine.is_some()
                        && s.goroutine.is_some()
                        && other.node.is_some_and(|n| !settled(n))
                    {
                        races.push((i, j));
                    }
                    join(&mut clock, &clocks.of[i]);
                }
                for i in released {
                    join(&mut clock, &clocks.of[i]);
                }
            }
            // Every add to a WaitGroup happens before what its reaching
            // zero releases, though the adds themselves commute.
            for k in released_adds(s, &adds) {
                join(&mut clock, &clocks.of[k]);
            }
            let local = prev.map_or(0, |p| clocks.local[p]) + 1;
            if clock.len() <= slot {
                clock.resize(slot + 1, 0);
            }
            clock[slot] = local;
            clocks.of.push(clock);
            clocks.local.push(local);
        }
        // The runtime's finding of the end is nobody's program order: the
        // timers' pending step does not come after it.
        if j < steps.len() && s.goroutine.is_some() {
            index.add(j, &s.effect);
            last[g] = Some(j);
            adds.extend(
                s.effect
                    .footprint
                    .touches()
                    .iter()
                    .filter(|t| matches!(t.loc(), Loc::WaitGroupCount { .. }))
                    .map(|t| (t.loc(), j)),
            );
            cause[g] = None;
            for e in &s.enabled {
                if let Some(c) = cause.get_mut(e.get() as usize) {
                    *c = Some(j);
                }
            }
        }
    }
    let found = races
        .into_iter()
        .filter_map(|(i, j)| {
            let node = all[i].node?;
            let preferred = all[j].goroutine?;
            let initials = initials(&all, clocks, i, j, steps.len());
            (!initials.is_empty()).then_some(Backtrack {
                node,
                initials,
                preferred,
            })
        })
        .collect();
    clocks.truncate(steps.len());
    found
}

/// The synchronisation part of a step that also touches data, if it does
/// both (see its use in [`backtracks`]).
fn synchronisation_first(e: &Effect) -> Option<Effect> {
    let touches = e.footprint.touches();
    let (data, sync): (Vec<_>, Vec<_>) = touches.iter().partition(|t| t.loc().is_data());
    (!data.is_empty() && !sync.is_empty()).then(|| Effect {
        footprint: runtime::machine::Footprint::from_touches(sync),
        ends: e.ends,
        observable: e.observable,
    })
}

/// Whether step `release` and the later step `take` conflict only because
/// one releases a mutex the other then takes: an order that cannot be
/// reversed (the mutex was held until then), which the search keeps.
fn lock_handover(release: &Effect, take: &Effect) -> bool {
    if release.ends || take.ends {
        return false;
    }
    let (a, b) = (release.footprint.touches(), take.footprint.touches());
    a.iter().all(|x| {
        b.iter().all(|y| {
            !x.conflicts(y)
                || (matches!(x.loc(), Loc::Mutex { .. })
                    && x.access() == Access::Release
                    && y.access() == Access::Write)
        })
    })
}

/// The earlier steps that added to a WaitGroup whose zero-ness step `s`
/// reads or writes.
fn released_adds<'a>(s: &'a Step, adds: &'a [(Loc, usize)]) -> impl Iterator<Item = usize> + 'a {
    s.effect.footprint.touches().iter().flat_map(move |t| {
        let Loc::WaitGroupZero { obj, idx, field } = t.loc() else {
            return Vec::new();
        };
        let count = Loc::WaitGroupCount { obj, idx, field };
        adds.iter()
            .filter(|(l, _)| *l == count)
            .map(|(_, k)| *k)
            .collect()
    })
}

/// The goroutines that can start the reversal of race `(i, j)`: among the
/// steps after `i` not ordered after it, followed by `j`, those with no
/// predecessor in that sequence.
fn initials(
    all: &[&Step],
    clocks: &Clocks,
    i: usize,
    j: usize,
    trace_len: usize,
) -> Vec<GoroutineId> {
    let gi = all[i].lane();
    let after_i = |k: usize| clocks.before(i, gi, &clocks.of[k]);
    let seq: Vec<usize> = (i + 1..j.min(trace_len))
        .filter(|&k| !after_i(k))
        .chain(std::iter::once(j))
        .collect();
    let mut out: Vec<GoroutineId> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for (n, &k) in seq.iter().enumerate() {
        let g = all[k].lane();
        if seen.contains(&g) {
            continue;
        }
        seen.push(g);
        let first = !seq[..n]
            .iter()
            .any(|&p| clocks.before(p, all[p].lane(), &clocks.of[k]));
        if let (true, Some(id)) = (first, all[k].goroutine) {
            out.push(id);
        }
    }
    out
}
