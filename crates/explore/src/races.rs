//! Race analysis of a finished run, for the DPOR search.
//!
//! Happens-before is program order, plus "started or woke" (a `go`
//! statement, a send that unblocks a receiver, a timer), plus every pair
//! of dependent steps in the order they ran. Two dependent steps of
//! different goroutines race when nothing else orders them: the second's
//! goroutine (or one that leads to it) could have gone first. For each
//! race the analysis names the choice before the first step and the
//! goroutines that could start the reversed order there (the "initials"
//! of source-set DPOR).
//!
//! The steps of goroutines still runnable when the run ended are analysed
//! too (as the run's `pending` steps, each summarising what its goroutine
//! would do alone until it is observed): they race with the end of the
//! program when they could change its outcome, and whether they could
//! have gone earlier still is a race like any other.

use crate::execution::Step;
use runtime::machine::Loc;

/// Try one of `initials` at choice `node`, preferably `preferred`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backtrack {
    pub node: usize,
    pub initials: Vec<u32>,
    pub preferred: u32,
}

/// Vector clocks over dense goroutine indices.
struct Clocks {
    /// Dense index of each goroutine id (ids are small and dense too).
    index: Vec<usize>,
    /// Per step: how many steps of each goroutine happen before it
    /// (itself included).
    of: Vec<Vec<u32>>,
    /// Per step: its position among its goroutine's steps, from 1.
    local: Vec<u32>,
}

impl Clocks {
    fn slot(&self, g: u32) -> usize {
        self.index[g as usize]
    }

    /// Whether step `i` happens before a step whose clock is `clock`.
    fn before(&self, i: usize, g: u32, clock: &[u32]) -> bool {
        clock[self.slot(g)] >= self.local[i]
    }
}

fn join(into: &mut [u32], from: &[u32]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a = (*a).max(*b);
    }
}

/// The backtracks the run's races call for. `settled(node)` says a choice
/// already tries every option it could, so its races need no analysis.
pub fn backtracks(
    steps: &[Step],
    pending: &[Step],
    settled: impl Fn(usize) -> bool,
) -> Vec<Backtrack> {
    let all: Vec<&Step> = steps.iter().chain(pending).collect();
    let top = all.iter().map(|s| s.goroutine as usize).max().unwrap_or(0);
    let mut index = vec![usize::MAX; top + 1];
    let mut width = 0;
    for s in &all {
        if index[s.goroutine as usize] == usize::MAX {
            index[s.goroutine as usize] = width;
            width += 1;
        }
    }
    let mut clocks = Clocks {
        index,
        of: Vec::with_capacity(all.len()),
        local: Vec::with_capacity(all.len()),
    };
    let mut last: Vec<Option<usize>> = vec![None; top + 1];
    let mut cause: Vec<Option<usize>> = vec![None; top + 1];
    let mut races = Vec::new();
    let mut adds: Vec<(Loc, usize)> = Vec::new();
    for (j, s) in all.iter().enumerate() {
        let g = s.goroutine;
        let prev = last[g as usize];
        let mut clock = prev.map_or_else(|| vec![0; width], |p| clocks.of[p].clone());
        if let Some(c) = cause[g as usize] {
            join(&mut clock, &clocks.of[c]);
        }
        // Walking back, each dependent step joins the clock, so a step
        // already ordered before `j` through a later one is not a race.
        for i in (0..j.min(steps.len())).rev() {
            let other = all[i];
            let dependent = other.effect.depends_on(&s.effect);
            if other.goroutine == g || !dependent {
                continue;
            }
            if !clocks.before(i, other.goroutine, &clock)
                && other.goroutine != 0
                && g != 0
                && other.node.is_some_and(|n| !settled(n))
            {
                races.push((i, j));
            }
            join(&mut clock, &clocks.of[i]);
        }
        // Every add to a WaitGroup happens before what its reaching zero
        // releases, though the adds themselves commute.
        for k in released_adds(s, &adds) {
            join(&mut clock, &clocks.of[k]);
        }
        let local = prev.map_or(0, |p| clocks.local[p]) + 1;
        clock[clocks.slot(g)] = local;
        clocks.of.push(clock);
        clocks.local.push(local);
        if j < steps.len() {
            last[g as usize] = Some(j);
            adds.extend(
                s.effect
                    .footprint
                    .touches()
                    .iter()
                    .filter(|t| matches!(t.loc, Loc::WaitGroupCount { .. }))
                    .map(|t| (t.loc, j)),
            );
            cause[g as usize] = None;
            for e in &s.enabled {
                if let Some(c) = cause.get_mut(*e as usize) {
                    *c = Some(j);
                }
            }
        }
    }
    races
        .into_iter()
        .filter_map(|(i, j)| {
            let node = all[i].node?;
            let initials = initials(&all, &clocks, i, j, steps.len());
            (!initials.is_empty()).then(|| Backtrack {
                node,
                initials,
                preferred: all[j].goroutine,
            })
        })
        .collect()
}

/// The earlier steps that added to a WaitGroup whose zero-ness step `s`
/// reads or writes.
fn released_adds<'a>(s: &'a Step, adds: &'a [(Loc, usize)]) -> impl Iterator<Item = usize> + 'a {
    s.effect.footprint.touches().iter().flat_map(move |t| {
        let Loc::WaitGroupZero { obj, idx, field } = t.loc else {
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
fn initials(all: &[&Step], clocks: &Clocks, i: usize, j: usize, trace_len: usize) -> Vec<u32> {
    let gi = all[i].goroutine;
    let after_i = |k: usize| clocks.before(i, gi, &clocks.of[k]);
    let seq: Vec<usize> = (i + 1..j.min(trace_len))
        .filter(|&k| !after_i(k))
        .chain(std::iter::once(j))
        .collect();
    let mut out: Vec<u32> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    for (n, &k) in seq.iter().enumerate() {
        let g = all[k].goroutine;
        if seen.contains(&g) {
            continue;
        }
        seen.push(g);
        let first = !seq[..n]
            .iter()
            .any(|&p| clocks.before(p, all[p].goroutine, &clocks.of[k]));
        if first && g != 0 {
            out.push(g);
        }
    }
    out
}
