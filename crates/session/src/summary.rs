//! What the view needs from the events of the path to a node, kept with
//! the node: each goroutine's start and its events, what each channel has
//! sent and not yet delivered, the arrows of the sequence diagram and where
//! each data race's accesses happened. A node's summary is its parent's
//! plus one move's events, built when the node is made; its parts are
//! shared with the parent's (persistent lists, one pointer per goroutine
//! and per channel), so a step costs the same at depth 20,000 as at depth
//! 10, and drawing a state never walks the path.

use crate::view::{Arrow, ArrowKind, RaceSide, RaceView};
use runtime::GoroutineId;
use runtime::machine::{Event, EventKind, Machine};
use std::collections::VecDeque;
use std::rc::Rc;

/// A persistent stack: pushing shares everything pushed before.
#[derive(Debug)]
pub struct List<T> {
    head: Option<Rc<Cell<T>>>,
}

#[derive(Debug)]
struct Cell<T> {
    item: T,
    len: usize,
    below: List<T>,
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        List {
            head: self.head.clone(),
        }
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List { head: None }
    }
}

impl<T> List<T> {
    pub fn len(&self) -> usize {
        self.head.as_ref().map_or(0, |c| c.len)
    }

    pub fn is_empty(&self) -> bool {
        self.head.is_none()
    }

    #[must_use]
    fn pushed(&self, item: T) -> List<T> {
        List {
            head: Some(Rc::new(Cell {
                item,
                len: self.len() + 1,
                below: self.clone(),
            })),
        }
    }

    /// Newest first.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::successors(self.head.as_deref(), |c| c.below.head.as_deref()).map(|c| &c.item)
    }

    /// The newest `n` items, oldest first.
    pub fn last(&self, n: usize) -> Vec<&T> {
        let mut out: Vec<&T> = self.iter().take(n).collect();
        out.reverse();
        out
    }
}

impl<T> Drop for List<T> {
    /// Unlinks cell by cell: the default drop would recurse once per item
    /// and overflow the stack on a long list.
    fn drop(&mut self) {
        let mut next = self.head.take();
        while let Some(cell) = next {
            next = match Rc::try_unwrap(cell) {
                Ok(mut cell) => cell.below.head.take(),
                Err(_) => None,
            };
        }
    }
}

/// One goroutine's part of the path.
#[derive(Clone, Debug, Default)]
pub struct Trail {
    /// The function its start event named.
    pub entry: Option<String>,
    /// Its events, without the locks and atomics library code took on its
    /// behalf (they are how `context` works, not what the program does).
    pub events: List<Event>,
    /// Its memory events, where a race's accesses are looked up.
    memory: List<Event>,
}

/// One channel's part of the path.
#[derive(Clone, Debug, Default)]
struct Track {
    /// Sends not yet received, oldest first: who, and in which step (a
    /// channel delivers in order).
    pending: VecDeque<(GoroutineId, u64)>,
    /// Who closed it, and in which step.
    closed: Option<(GoroutineId, u64)>,
}

/// See the module comment.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// By goroutine number.
    goroutines: Vec<Rc<Trail>>,
    /// By channel id.
    tracks: Vec<Rc<Track>>,
    arrows: List<Arrow>,
    races: Rc<Vec<RaceView>>,
}

impl Summary {
    /// The summary after a move that produced `events` and left `after`.
    #[must_use]
    pub fn then(&self, events: &[Event], after: &Machine) -> Summary {
        let mut next = self.clone();
        for e in events {
            next.add(e);
        }
        let known = next.races.len();
        if after.races().len() > known {
            let races = Rc::make_mut(&mut next.races);
            for r in &after.races()[known..] {
                let access = next_side(&next.goroutines, r.access(), u64::MAX);
                let before = access.step.unwrap_or(u64::MAX);
                let previous = next_side(&next.goroutines, r.previous(), before);
                races.push(RaceView {
                    text: r.text().to_string(),
                    access,
                    previous,
                });
            }
        }
        next
    }

    fn add(&mut self, e: &Event) {
        let Some(g) = e.goroutine().filter(|g| !g.is_timers()) else {
            return;
        };
        let i = g.get() as usize;
        if self.goroutines.len() <= i {
            self.goroutines.resize_with(i + 1, Rc::default);
        }
        let trail = Rc::make_mut(&mut self.goroutines[i]);
        match e.kind() {
            EventKind::Start { func, .. } if trail.entry.is_none() => {
                trail.entry = Some(func.clone());
            }
            EventKind::Memory { .. } => trail.memory = trail.memory.pushed(e.clone()),
            _ => {}
        }
        if !(e.library() && matches!(e.kind(), EventKind::Sync { .. })) {
            trail.events = trail.events.pushed(e.clone());
        }
        self.channel_event(g, e);
    }

    /// Sends, closes and receives make the sequence diagram's arrows.
    fn channel_event(&mut self, g: GoroutineId, e: &Event) {
        let chan = match e.kind() {
            EventKind::Send { chan, .. }
            | EventKind::Close { chan }
            | EventKind::Recv { chan, .. } => *chan,
            _ => return,
        };
        let i = chan as usize;
        if self.tracks.len() <= i {
            self.tracks.resize_with(i + 1, Rc::default);
        }
        let track = Rc::make_mut(&mut self.tracks[i]);
        let arrow = match e.kind() {
            EventKind::Send { .. } => {
                track.pending.push_back((g, e.step()));
                None
            }
            EventKind::Close { .. } => {
                track.closed = Some((g, e.step()));
                None
            }
            EventKind::Recv {
                value, ok: true, ..
            } => track
                .pending
                .pop_front()
                .map(|(from, at)| (from, at, ArrowKind::Value(value.clone()))),
            EventKind::Recv { .. } => track.closed.map(|(from, at)| (from, at, ArrowKind::Closed)),
            _ => None,
        };
        if let Some((from, sent_at, kind)) = arrow {
            self.arrows = self.arrows.pushed(Arrow {
                chan,
                from,
                to: g,
                sent_at,
                received_at: e.step(),
                kind,
            });
        }
    }

    /// Goroutine `g`'s trail, if it has had any event.
    pub fn trail(&self, g: GoroutineId) -> Option<&Trail> {
        self.goroutines.get(g.get() as usize).map(|t| &**t)
    }

    pub fn arrows(&self) -> &List<Arrow> {
        &self.arrows
    }

    pub fn races(&self) -> &[RaceView] {
        &self.races
    }
}

/// A race's access, with the step of its goroutine's last memory event on
/// the access's line, of the access's kind, no later than step `until`.
fn next_side(goroutines: &[Rc<Trail>], a: &runtime::machine::RaceAccess, until: u64) -> RaceSide {
    let step = goroutines
        .get(a.goroutine().get() as usize)
        .and_then(|t| {
            t.memory.iter().find(|e| {
                e.step() <= until
                    && e.line() == a.line()
                    && matches!(e.kind(), EventKind::Memory { write, .. } if *write == a.is_write())
            })
        })
        .map(Event::step);
    RaceSide {
        goroutine: a.goroutine(),
        write: a.is_write(),
        func: a.func().to_string(),
        line: a.line(),
        step,
    }
}

#[cfg(test)]
mod tests {
    use super::List;

    #[test]
    fn a_long_list_drops_without_recursing() {
        let mut list = List::default();
        for i in 0..1_000_000u32 {
            list = list.pushed(i);
        }
        let shared = list.clone();
        assert_eq!(
            (list.len(), list.last(2)),
            (1_000_000, vec![&999_998, &999_999])
        );
        drop(list);
        assert_eq!(shared.iter().next(), Some(&999_999));
    }
}
