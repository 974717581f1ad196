//! The split search (`gosim explore --jobs N`) on the programs of
//! `tests/explore/` and the race corpus: whatever the number of workers it
//! reports the same thing, down to each outcome's count and schedule, and
//! it finds exactly the outcomes the one-thread search finds.

use explore::outcomes::OutcomeClass;
use explore::{Explorer, Options, Report};
use std::fs;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut files = Vec::new();
    for dir in ["explore", "explore/exit", "golden/race"] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        files.extend(
            entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "go")),
        );
    }
    files.sort();
    files
}

/// An outcome class without its count and representative schedule,
/// which depend on the order the search went in.
fn what(o: &OutcomeClass) -> String {
    format!(
        "{:?} exit {} stdout={:?} stderr={:?} leaked={} races={:?}",
        o.kind,
        o.exit_code,
        o.stdout,
        o.stderr_first_line,
        o.leaked > 0,
        o.races
    )
}

fn outcome_set(r: &Report) -> Vec<String> {
    let mut v: Vec<String> = r.outcomes.iter().map(what).collect();
    v.sort();
    v
}

/// Everything a report says, schedules included.
fn whole(r: &Report) -> String {
    let mut s = format!(
        "{} schedules, {} redundant, {} limited, complete {}\n",
        r.schedules, r.redundant, r.limited, r.complete
    );
    for o in &r.outcomes {
        s += &format!("{} x{} {:?}\n", what(o), o.count, o.schedule.choices);
    }
    s
}

#[test]
fn any_number_of_workers_reports_the_same_and_finds_what_one_thread_finds() {
    let files = corpus();
    assert!(files.len() >= 30, "{files:?}");
    for file in files {
        let src = fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let build = runtime::build_file(&name, &src).unwrap();
        let options = Options {
            race: file.to_string_lossy().contains("race"),
            ..Options::default()
        };
        let single = Explorer::new(&build, &options).run_all();
        let one = explore::threads::explore(&name, &src, &options, 1);
        for jobs in [2, 3] {
            let many = explore::threads::explore(&name, &src, &options, jobs);
            assert_eq!(whole(&one), whole(&many), "{name} with {jobs} workers");
        }
        assert_eq!(outcome_set(&single), outcome_set(&one), "{name}");
        assert_eq!(single.complete, one.complete, "{name}");
        eprintln!(
            "{name}: {} schedules on one thread, {} split",
            single.schedules, one.schedules
        );
    }
}

/// The first failing outcome (the counterexample a learner is shown) is
/// the same for every number of workers.
#[test]
fn the_first_counterexample_does_not_depend_on_the_workers() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/explore/stop_channel_race.go");
    let src = fs::read_to_string(file).unwrap();
    let options = Options::with_race_detector();
    let first = |jobs| {
        let r = explore::threads::explore("stop_channel_race.go", &src, &options, jobs);
        let bug = r.outcomes.iter().find(|o| o.failing).cloned();
        bug.map(|o| (o.stderr_first_line, o.schedule.choices))
    };
    let one = first(1);
    assert!(
        one.as_ref()
            .is_some_and(|(e, _)| e.contains("missing cancel error")),
        "{one:?}"
    );
    for jobs in [2, 4, 8] {
        assert_eq!(first(jobs), one, "{jobs} workers");
    }
}

/// The page's way: a [`explore::pool::Pool`] talking to workers only in
/// bytes, each worker its own [`explore::worker::Worker`], the workers
/// taking turns in an order that has nothing to do with the search. The
/// report is the threads' report, to the last count and schedule.
#[test]
fn workers_that_only_exchange_bytes_report_what_threads_report() {
    use explore::pool::Pool;
    use explore::wire::{FromWorker, ToWorker, Wire, decode, encode};
    use explore::worker::Worker;

    fn through_bytes<T: Wire>(v: T) -> T {
        decode(&encode(v)).expect("a message survives the trip")
    }

    for file in corpus().into_iter().step_by(3) {
        let src = fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let options = Options::with_race_detector();
        let expected = explore::threads::explore(runtime::FILE_NAME, &src, &options, 1);
        for count in [1, 3] {
            let mut pool = Pool::new(&options, count);
            let start = through_bytes(ToWorker::Start {
                source: src.clone(),
                packages: Vec::new(),
                options: options.clone(),
            });
            let ToWorker::Start {
                source: s,
                options: o,
                ..
            } = start
            else {
                panic!("a start message came back as something else");
            };
            let mut workers: Vec<Worker> = (0..count)
                .map(|_| Worker::new(runtime::build(&s).unwrap(), o.clone()))
                .collect();
            let (mut turn, mut idle) = (0usize, 0);
            while !pool.finished() {
                for (w, task) in pool.assign() {
                    let ToWorker::Run(task) = through_bytes(ToWorker::Run(task)) else {
                        panic!("a task came back as something else");
                    };
                    workers[w].give(task);
                }
                // A worker picked by a rule unrelated to the search: its
                // runs are cut at a varying amount of work.
                turn = turn.wrapping_mul(31).wrapping_add(7);
                let w = turn % count;
                let fuel = 1_000 + (turn % 5) as u64 * 20_000;
                match workers[w].work(fuel) {
                    Some(said) => {
                        idle = 0;
                        let said: FromWorker = through_bytes(said);
                        pool.receive(w, said);
                        // Progress, as the page's workers send it: it
                        // moves the count shown, never the result.
                        if let Some(progress) = workers[w].progress() {
                            let before = pool.report().schedules;
                            pool.receive(w, through_bytes(progress));
                            assert!(pool.report().schedules >= before, "{name}");
                        }
                    }
                    None => idle += 1,
                }
                assert!(
                    idle < 1000,
                    "{name}: every worker idle, the search not over"
                );
            }
            assert_eq!(
                whole(&pool.report()),
                whole(&expected),
                "{name} with {count} byte-talking workers"
            );
        }
    }
}
