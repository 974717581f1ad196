//! Partial-order reduction, measured against the definition it
//! implements. The unreduced search runs every interleaving; grouping
//! those runs by Mazurkiewicz trace (same steps, same order between every
//! pair of dependent steps) gives the number of genuinely different
//! executions. The reduced search must reach every one of those classes
//! (soundness) while running at most twice as many schedules as there are
//! classes (efficiency), and exactly one for goroutines that share nothing.

use explore::execution::{Run, execute};
use explore::strategy::{Dfs, Strategy};
use explore::{Explorer, Options};
use runtime::machine::{Access, Loc};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

fn program(name: &str) -> runtime::Build {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/explore/reduction")
        .join(name);
    runtime::build(&fs::read_to_string(path).unwrap()).unwrap()
}

/// A run's Mazurkiewicz trace, in a canonical form: for every shared
/// location, the order in which steps of different goroutines wrote it,
/// with the set of goroutines that read it between two writes. Two runs
/// with the same form differ only in the order of steps that commute.
/// Synchronisation bookkeeping (WaitGroup counters, the goroutine count,
/// the timer queue) is left out: it orders steps but is not data.
/// Heap objects and channels are numbered in the order all goroutines
/// together made them, which differs between interleavings, so they are
/// renamed by the goroutine that made them (see [`Names`]).
type Trace = BTreeMap<(u32, usize, Loc), Vec<Segment>>;

/// A write and the reads after it, before the next write.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Segment {
    writer: Option<u32>,
    readers: BTreeSet<u32>,
}

/// Names for the objects and channels a run made: the goroutine that made
/// it and how many it had made before, which does not depend on how the
/// goroutines interleaved (their numbers do). What existed before the run
/// (package variables) keeps its number.
#[derive(Default)]
struct Names {
    of: BTreeMap<(bool, u32), (u32, usize)>,
    made: BTreeMap<u32, usize>,
}

impl Names {
    fn made(&mut self, loc: Loc, lane: u32) {
        let key = match loc {
            Loc::Heap { obj, .. } => (false, obj),
            Loc::Chan(c) => (true, c),
            _ => return,
        };
        let n = self.made.entry(lane).or_insert(0);
        *n += 1;
        self.of.insert(key, (lane, *n));
    }

    /// A location with its object or channel renamed.
    fn canonical(&self, loc: Loc) -> (u32, usize, Loc) {
        let (key, rest) = match loc {
            Loc::Heap { obj, idx, field } => ((false, obj), Loc::Heap { obj: 0, idx, field }),
            Loc::Sync { obj, idx, field } => ((false, obj), Loc::Sync { obj: 0, idx, field }),
            Loc::Mutex { obj, idx, field } => ((false, obj), Loc::Mutex { obj: 0, idx, field }),
            Loc::Chan(c) => ((true, c), Loc::Chan(0)),
            other => return (0, 0, other),
        };
        let (g, n) = self
            .of
            .get(&key)
            .copied()
            .unwrap_or((u32::MAX, key.1 as usize));
        (g, n, rest)
    }
}

fn trace_of(run: &Run) -> Trace {
    let mut trace: Trace = BTreeMap::new();
    let mut names = Names::default();
    for step in &run.steps {
        // The runtime's own steps are lane 0.
        let g = step.lane() as u32;
        for loc in step.effect.footprint.made() {
            names.made(*loc, g);
        }
        for t in step.effect.footprint.touches() {
            if matches!(
                t.loc(),
                Loc::WaitGroupZero { .. }
                    | Loc::WaitGroupCount { .. }
                    | Loc::Goroutines
                    | Loc::Timers
            ) {
                continue;
            }
            let key = names.canonical(t.loc());
            let segments = trace.entry(key).or_default();
            if t.access() == Access::Read {
                if segments.is_empty() {
                    segments.push(Segment::default());
                }
                if let Some(last) = segments.last_mut() {
                    last.readers.insert(g);
                }
            } else {
                segments.push(Segment {
                    writer: Some(g),
                    readers: BTreeSet::new(),
                });
            }
        }
    }
    trace
}

/// Every finished run of a depth-first search, as traces, and how many.
fn search(build: &runtime::Build, reduce: bool) -> (BTreeSet<Trace>, usize) {
    let base = build.machine(Options::default().limits());
    let mut dfs = Dfs::new(reduce);
    let mut traces = BTreeSet::new();
    let mut runs = 0;
    while dfs.next_run() {
        let (run, _) = execute(&base, &mut dfs, false);
        dfs.finished(&run);
        if !run.abandoned {
            runs += 1;
            traces.insert(trace_of(&run));
        }
    }
    assert!(dfs.complete());
    (traces, runs)
}

#[test]
fn goroutines_that_share_nothing_take_one_schedule() {
    let report = Explorer::new(&program("independent.go"), &Options::default()).run_all();
    assert!(report.complete);
    assert_eq!(report.schedules, 1);
}

#[test]
fn reduction_reaches_every_trace_within_twice_their_number() {
    for name in [
        "writers.go",
        "readers_writer.go",
        "senders.go",
        "counter.go",
    ] {
        let build = program(name);
        let (all, unreduced) = search(&build, false);
        let (reduced, runs) = search(&build, true);
        assert!(
            all.is_subset(&reduced) && reduced.is_subset(&all),
            "{name}: the reduced search reached {} of the {} traces",
            reduced.intersection(&all).count(),
            all.len()
        );
        assert!(
            runs <= 2 * all.len(),
            "{name}: {runs} schedules for {} traces",
            all.len()
        );
        assert!(unreduced > runs, "{name}: reduction saved nothing");
        eprintln!(
            "{name}: {} traces; reduced search {runs} schedules, unreduced {unreduced}",
            all.len()
        );
    }
}

/// Three goroutines that each lock one mutex, increment and unlock have
/// one Mazurkiewicz trace per order of the three acquisitions: 3! = 6.
/// (The unreduced search is too big to count them here.) Reversing two
/// acquisitions must cost one schedule, not a subtree of waiting orders.
#[test]
fn lock_acquisitions_cost_one_schedule_per_order() {
    let report = Explorer::new(&program("locked_counter.go"), &Options::default()).run_all();
    assert!(report.complete);
    assert!(report.schedules <= 2 * 6, "{} schedules", report.schedules);
    assert_eq!(report.outcomes.len(), 1);
}

#[test]
fn resuming_from_kept_states_explores_the_same_space() {
    let flagship =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore/stop_channel_race.go");
    let flagship = runtime::build(&fs::read_to_string(flagship).unwrap()).unwrap();
    for build in [
        flagship,
        program("senders.go"),
        program("readers_writer.go"),
    ] {
        // `search` runs every schedule from the start and analyses it whole;
        // the explorer resumes from kept states and analyses only new steps.
        let (_, fresh) = search(&build, true);
        let resumed = Explorer::new(&build, &Options::default()).run_all();
        assert_eq!(resumed.schedules as usize, fresh);
    }
}

/// `n` goroutines that each do `counter++` `k` times, unprotected.
fn lost_update(n: usize, k: usize) -> runtime::Build {
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {{\n\tcounter := 0\n\tvar wg sync.WaitGroup\n\tfor g := 0; g < {n}; g++ {{\n\t\twg.Add(1)\n\t\tgo func() {{\n\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < {k}; i++ {{\n\t\t\t\tcounter++\n\t\t\t}}\n\t\t}}()\n\t}}\n\twg.Wait()\n\tfmt.Println(counter)\n}}\n"
    );
    runtime::build(&src).unwrap()
}

/// The Mazurkiewicz traces of the lost-update program, counted from
/// their definition: the writes of `counter` are totally ordered (any
/// interleaving of each goroutine's `k` writes), and each read can fall
/// in any gap between writes from just after its goroutine's previous
/// write up to its own write; reads commute with reads. So a write order
/// contributes the product, over writes, of how far each moved past its
/// goroutine's previous one.
fn lost_update_traces(n: usize, k: usize) -> u64 {
    fn count(n: usize, k: usize, pos: u64, last: &mut Vec<u64>, done: &mut Vec<usize>) -> u64 {
        if done.iter().all(|d| *d == k) {
            return 1;
        }
        let mut total = 0;
        for g in 0..n {
            if done[g] < k {
                let (was, p) = (last[g], pos + 1);
                (last[g], done[g]) = (p, done[g] + 1);
                total += (p - was) * count(n, k, p, last, done);
                (last[g], done[g]) = (was, done[g] - 1);
            }
        }
        total
    }
    count(n, k, 0, &mut vec![0; n], &mut vec![0; n])
}

/// The lost-update family (2 and 3 goroutines, 1–3 increments, as far as
/// a debug build explores in seconds; docs/benchmarks.md has all six):
/// every interleaving of the reads and writes is covered, within twice
/// the number of traces.
#[test]
fn lost_update_family_stays_within_twice_its_traces() {
    for (n, k) in [(2, 1), (2, 2), (2, 3), (3, 1), (3, 2)] {
        let traces = lost_update_traces(n, k);
        let report = Explorer::new(&lost_update(n, k), &Options::default()).run_all();
        assert!(report.complete, "{n}x{k}: not complete");
        assert!(
            report.schedules <= 2 * traces,
            "{n}x{k}: {} schedules for {traces} traces",
            report.schedules
        );
        // Every count from one lost update per goroutine pair up to none.
        let finals: BTreeSet<&str> = report.outcomes.iter().map(|o| o.stdout.as_str()).collect();
        assert!(
            finals.contains(format!("{}\n", n * k).as_str()),
            "{n}x{k}: {finals:?}"
        );
        assert!(finals.len() > 1, "{n}x{k}: no lost update found");
        eprintln!(
            "lost update {n}x{k}: {traces} traces, {} schedules",
            report.schedules
        );
    }
    assert_eq!(lost_update_traces(3, 1), 36);
}

/// What a user would call an outcome: its kind, status, output, first
/// error line and whether goroutines were left behind.
type OutcomeKey = (String, i32, String, String, bool);

fn outcome_keys(build: &runtime::Build, reduction: bool) -> Option<BTreeSet<OutcomeKey>> {
    let options = Options {
        reduction,
        max_schedules: 20_000,
        ..Options::default()
    };
    let report = Explorer::new(build, &options).run_all();
    report.complete.then(|| {
        report
            .outcomes
            .iter()
            .map(|o| {
                let kind = o.kind.as_str().to_string();
                (
                    kind,
                    o.exit_code,
                    o.stdout.clone(),
                    o.stderr_first_line.clone(),
                    o.leaked > 0,
                )
            })
            .collect()
    })
}

/// The reduction may skip schedules, never outcomes: over the explore
/// corpus, programs whose `main` returns while goroutines are still to
/// run, and timers that fire while goroutines run, the reduced search
/// finds exactly what the unreduced one finds.
#[test]
fn the_reduced_search_finds_every_outcome_of_the_unreduced_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore");
    let mut files: Vec<_> = ["", "reduction", "exit"]
        .iter()
        .flat_map(|dir| fs::read_dir(root.join(dir)).unwrap().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let mut compared = Vec::new();
    for path in files {
        let build = runtime::build(&fs::read_to_string(&path).unwrap()).unwrap();
        // Only where the unreduced search ends within its cap.
        let Some(all) = outcome_keys(&build, false) else {
            continue;
        };
        let reduced = outcome_keys(&build, true).expect("the reduced search completes");
        assert_eq!(reduced, all, "{}", path.display());
        compared.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    for must in [
        "main_returns_after_go.go",
        "pending_write_then_print.go",
        "two_pending_goroutines.go",
        "afterfunc_between_calls.go",
        "select_timeout_races_send.go",
        "poll_gosched_until_sleep.go",
    ] {
        assert!(
            compared.iter().any(|c| c == must),
            "{must} was not compared: {compared:?}"
        );
    }
    assert!(
        compared.len() >= 12,
        "only {} programs compared: {compared:?}",
        compared.len()
    );
}
