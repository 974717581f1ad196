//! The view's summaries, kept per history node and grown one move at a
//! time, against what the path's events say when read from the start: for
//! every state of default runs of the Go programs under tests/ (channels,
//! races, contexts, timers), the lanes' events and entries, the sequence
//! diagram's arrows and the races' accesses are the same.

use runtime::GoroutineId;
use runtime::machine::{Event, EventKind};
use session::Session;
use session::view::{Arrow, ArrowKind, LANE_EVENTS, MAX_ARROWS, View};
use std::path::Path;
use test_support::go_files;

/// The arrows of `events`, read from the start: the k-th value received
/// from a channel is the k-th sent on it.
fn arrows_from_start(events: &[&Event]) -> Vec<Arrow> {
    let mut sends: Vec<Vec<(GoroutineId, u64)>> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    let mut closed: Vec<Option<(GoroutineId, u64)>> = Vec::new();
    let mut out = Vec::new();
    for e in events {
        let Some(g) = e.goroutine().filter(|g| !g.is_timers()) else {
            continue;
        };
        let chan = match e.kind() {
            EventKind::Send { chan, .. }
            | EventKind::Close { chan }
            | EventKind::Recv { chan, .. } => *chan as usize,
            _ => continue,
        };
        if sends.len() <= chan {
            sends.resize(chan + 1, Vec::new());
            taken.resize(chan + 1, 0);
            closed.resize(chan + 1, None);
        }
        let from = match e.kind() {
            EventKind::Send { .. } => {
                sends[chan].push((g, e.step()));
                None
            }
            EventKind::Close { .. } => {
                closed[chan] = Some((g, e.step()));
                None
            }
            EventKind::Recv {
                value, ok: true, ..
            } => {
                let sent = sends[chan].get(taken[chan]).copied();
                taken[chan] += usize::from(sent.is_some());
                sent.map(|(f, at)| (f, at, ArrowKind::Value(value.clone())))
            }
            EventKind::Recv { .. } => closed[chan].map(|(f, at)| (f, at, ArrowKind::Closed)),
            _ => None,
        };
        if let Some((from, sent_at, kind)) = from {
            out.push(Arrow {
                chan: chan as u32,
                from,
                to: g,
                sent_at,
                received_at: e.step(),
                kind,
            });
        }
    }
    out
}

/// Checks the view of every state on the current path of `s`.
fn check_path(name: &str, s: &Session) {
    let history = s.history().expect("built");
    let path = history.path(s.current());
    let mut events: Vec<&Event> = Vec::new();
    let mut probe = s.clone();
    for (depth, id) in path.iter().enumerate() {
        events.extend(history.node(*id).events.iter());
        probe.goto(*id);
        let view = View::of(&probe).expect("built");
        let arrows = arrows_from_start(&events);
        assert_eq!(view.arrows_total, arrows.len(), "{name} at {depth}");
        assert_eq!(
            view.arrows,
            arrows[arrows.len().saturating_sub(MAX_ARROWS)..],
            "{name} at {depth}"
        );
        for lane in &view.lanes {
            let mine: Vec<&Event> = events
                .iter()
                .copied()
                .filter(|e| e.goroutine() == Some(lane.id))
                .filter(|e| !(e.library() && matches!(e.kind(), EventKind::Sync { .. })))
                .collect();
            let want: Vec<Event> = mine[mine.len().saturating_sub(LANE_EVENTS)..]
                .iter()
                .map(|e| (*e).clone())
                .collect();
            assert_eq!(lane.events, want, "{name} at {depth}, g{}", lane.id);
            let started = events.iter().find_map(|e| match e.kind() {
                EventKind::Start { func, .. } if e.goroutine() == Some(lane.id) => Some(func),
                _ => None,
            });
            if let Some(func) = started {
                assert_eq!(&lane.entry, func, "{name} at {depth}, g{}", lane.id);
            }
        }
        for race in &view.races {
            for side in [&race.access, &race.previous] {
                if let Some(step) = side.step {
                    assert!(
                        events.iter().any(|e| e.step() == step
                            && e.goroutine() == Some(side.goroutine)
                            && e.line() == side.line
                            && matches!(e.kind(), EventKind::Memory { write, .. } if *write == side.write)),
                        "{name} at {depth}: {side:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn summaries_match_the_paths_events_read_from_the_start() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut files = Vec::new();
    for dir in [
        "golden/chan",
        "golden/race",
        "golden/select",
        "golden/context",
        "explore",
    ] {
        go_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut checked = 0;
    let mut races = 0;
    for file in files {
        let src = std::fs::read_to_string(&file).expect("readable");
        let mut s = Session::new(&src);
        if s.build().is_none() {
            continue;
        }
        for _ in 0..400 {
            if !s.step_default() {
                break;
            }
        }
        let view = View::of(&s).expect("built");
        races += view.races.len();
        check_path(&file.display().to_string(), &s);
        checked += 1;
    }
    assert!(checked > 100, "{checked} programs");
    assert!(races > 10, "{races} races: the race corpus reports some");
}

#[test]
fn a_long_run_keeps_a_bounded_view() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tc := make(chan int)\n\tgo func() {\n\t\tfor i := 0; ; i++ {\n\t\t\tc <- i\n\t\t}\n\t}()\n\tfor {\n\t\tfmt.Println(<-c)\n\t}\n}\n";
    let mut s = Session::new(src);
    for _ in 0..3_000 {
        assert!(s.step_default());
    }
    let view = View::of(&s).expect("built");
    assert_eq!(view.arrows.len(), MAX_ARROWS);
    assert!(view.arrows_total > MAX_ARROWS, "{}", view.arrows_total);
    assert_eq!(
        view.arrows.last().map(|a| a.kind.clone()),
        Some(ArrowKind::Value(format!("{}", view.arrows_total - 1)))
    );
    assert!(view.lanes.iter().all(|l| l.events.len() <= LANE_EVENTS));
    // Dropping a session with long event lists must not recurse per event.
    drop(s);
}
