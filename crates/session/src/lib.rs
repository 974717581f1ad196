//! The stepper behind the playground, with no DOM: one program, the tree
//! of steps tried on it, and everything the page draws, as plain data.
//!
//! A [`Session`] holds the compiled program and a [`History`] of moves. A
//! move steps one goroutine to its next scheduling point, with the
//! learner's answers to the questions it asks (which ready `select` case,
//! which random value); when nobody can run, the runtime moves on by
//! itself within the same move (fires the next timer, or finds the program
//! stuck). Undo and redo walk the tree; a different move from an earlier
//! node forks a branch. A path from the root is a schedule the explorer
//! understands, and a schedule from the explorer or a share link loads as
//! a path.

#![warn(clippy::unwrap_used)]

mod asker;
pub mod history;
mod lz;
pub mod share;
pub mod summary;
pub mod verify;
pub mod view;

pub use asker::Question;
pub use history::{History, Move, NodeId};

use asker::Asker;
use explore::schedule::Schedule;
use runtime::GoroutineId;
use runtime::machine::{Limits, Machine, State};
use runtime::{Build, BuildError};
use std::rc::Rc;

/// Limits of a stepped run: the explorer's, so a run the learner steps and
/// a run the explorer reports end the same way.
pub fn limits() -> Limits {
    explore::Options::with_race_detector().limits()
}

/// How far [`Session::load_schedule`] got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// The index of the first choice that did not fit this program (it
    /// was edited since the schedule was recorded).
    pub diverged: Option<usize>,
    /// The state grew so big that replaying on would take too long: the
    /// session stands where it stopped.
    pub cut_short: bool,
}

/// The most work a load may do, counted as goroutines copied: a lesson's
/// program replays its 20,000-step limit well within it.
const MAX_LOAD_WORK: u64 = 1_000_000;

/// What a request to step did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stepped {
    /// The move was made (or an identical earlier one revisited).
    Moved(NodeId),
    /// The step needs an answer first; nothing changed.
    Asks(Question),
    /// That goroutine cannot run now (blocked, exited, or no such id).
    NotRunnable,
    /// The program has ended or does not compile.
    Over,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub source: Rc<str>,
    /// Compile errors; empty when the program built.
    pub diagnostics: Rc<[BuildError]>,
    /// What go vet says about the program that built: warnings, which
    /// never stop it from running.
    pub vet: Rc<[vet::Finding]>,
    /// Prelude packages the program imports that the page has not loaded
    /// yet: until they are, the program is neither checked nor run.
    pub loading: Rc<[&'static str]>,
    build: Option<Build>,
    history: Option<History>,
    current: NodeId,
    /// The state at `current`.
    machine: Option<Rc<Machine>>,
}

impl Session {
    /// Compiles `source` and stands before its first step. A program that
    /// does not compile gives a session with diagnostics and no run; one
    /// whose packages are not loaded yet, a session that names them
    /// ([`Session::loading`]) and has neither.
    pub fn new(source: &str) -> Session {
        let loading: Rc<[&'static str]> = runtime::packages_to_load(source).into();
        let built = if loading.is_empty() {
            runtime::build(source)
        } else {
            Err(Vec::new())
        };
        let (build, diagnostics) = match built {
            Ok(b) => (Some(b), Vec::new()),
            Err(errors) => (None, errors),
        };
        let machine = build.as_ref().map(|b| {
            // The race detector is always on: a stepped run reports what the
            // explorer's runs report.
            let mut m = explore::Options::with_race_detector().machine(b);
            m.set_record_events(true);
            m
        });
        let vet = build
            .as_ref()
            .map(|b| vet::vet(b.checked(), runtime::FILE_NAME))
            .unwrap_or_default();
        Session {
            source: Rc::from(source),
            diagnostics: Rc::from(diagnostics),
            vet: Rc::from(vet),
            loading,
            history: machine.clone().map(History::new),
            machine: machine.map(Rc::new),
            build,
            current: History::ROOT,
        }
    }

    pub fn build(&self) -> Option<&Build> {
        self.build.as_ref()
    }

    pub fn history(&self) -> Option<&History> {
        self.history.as_ref()
    }

    /// The state the learner is looking at (`None`: it did not compile).
    pub fn machine(&self) -> Option<&Machine> {
        self.machine.as_deref()
    }

    pub fn current(&self) -> NodeId {
        self.current
    }

    /// Steps taken from the start to the current state.
    pub fn depth(&self) -> u32 {
        self.history
            .as_ref()
            .map_or(0, |h| h.node(self.current).depth)
    }

    pub fn is_over(&self) -> bool {
        self.machine().is_none_or(|m| m.outcome().is_some())
    }

    /// Steps goroutine `goroutine` (`None`: let the runtime move on when
    /// nobody can run) with `answers` for the questions it asks.
    pub fn step(&mut self, goroutine: Option<GoroutineId>, answers: &[u64]) -> Stepped {
        let Some(m) = self.steppable(goroutine) else {
            return if self.is_over() {
                Stepped::Over
            } else {
                Stepped::NotRunnable
            };
        };
        let made = apply(
            m,
            &Move {
                goroutine,
                answers: answers.to_vec(),
            },
        );
        match made.question {
            Some(q) => Stepped::Asks(q),
            None => Stepped::Moved(self.commit(goroutine, made)),
        }
    }

    /// The current state, if `goroutine` can be stepped in it.
    fn steppable(&self, goroutine: Option<GoroutineId>) -> Option<&Machine> {
        let m = self.machine()?;
        let can = m.outcome().is_none()
            && match goroutine {
                None => m.runnable().is_empty(),
                Some(g) => m.can_step(g),
            };
        can.then_some(m)
    }

    /// Adds the move that produced `made` to the tree and stands there.
    fn commit(&mut self, goroutine: Option<GoroutineId>, made: Made) -> NodeId {
        let (Some(m), Some(history)) = (&self.machine, &mut self.history) else {
            return self.current;
        };
        let line = goroutine.map_or(0, |g| goroutine_line(m, g));
        let mut choices = Vec::new();
        if let (true, Some(g)) = (m.choices().len() >= 2, goroutine) {
            choices.push(u64::from(g));
        }
        choices.extend(&made.given);
        let mv = Move {
            goroutine,
            answers: made.given,
        };
        let mut after = made.machine;
        let events = after.take_events();
        let after = Rc::new(after);
        let id = history.child(self.current, mv, choices, events, line, &after);
        self.current = id;
        self.machine = Some(after);
        id
    }

    /// Steps `goroutine` until it stands on another line, blocks, asks a
    /// question or the program ends (at most 64 steps).
    pub fn step_line(&mut self, goroutine: GoroutineId) -> Stepped {
        let start = self.machine().map(|m| goroutine_line(m, goroutine));
        let mut last = Stepped::NotRunnable;
        for _ in 0..64 {
            last = self.step(Some(goroutine), &[]);
            let Stepped::Moved(_) = last else { break };
            let Some(m) = self.machine() else { break };
            if m.outcome().is_some()
                || !m.runnable().contains(&goroutine)
                || Some(goroutine_line(m, goroutine)) != start
            {
                break;
            }
        }
        last
    }

    /// The move the default scheduler makes next: the goroutine that ran
    /// last keeps running while it can, otherwise the newest runnable one
    /// (Go's `runnext` habit), or after a yield the next one round; the
    /// runtime (`Some(None)`) when nobody can
    /// run; `None` once the program is over. Timers fire early only when
    /// the learner asks. Questions get their first option.
    pub fn default_move(&self) -> Option<Option<GoroutineId>> {
        let m = self.machine()?;
        if m.outcome().is_some() {
            return None;
        }
        let runnable = m.runnable();
        let last = self.last_stepped();
        let yielded = last
            .and_then(|g| m.goroutine(g))
            .is_some_and(|g| g.just_yielded());
        Some(match last {
            Some(g) if runnable.contains(&g) && yielded && runnable.len() > 1 => {
                Some(runtime::sched::next_after(runnable, g))
            }
            Some(g) if runnable.contains(&g) => Some(g),
            _ => runnable.last().copied(),
        })
    }

    /// One step of the default scheduler; false when the program is over.
    pub fn step_default(&mut self) -> bool {
        let Some(g) = self.default_move() else {
            return false;
        };
        match self.step(g, &[]) {
            Stepped::Moved(_) => true,
            Stepped::Asks(q) => {
                let answer = match q {
                    Question::Case { ready, .. } => ready.first().map_or(0, |c| *c as u64),
                    Question::Rand { .. } | Question::MapOrder { .. } => 0,
                };
                matches!(self.step(g, &[answer]), Stepped::Moved(_))
            }
            Stepped::NotRunnable | Stepped::Over => false,
        }
    }

    /// The goroutine the move into the current state stepped.
    pub fn last_stepped(&self) -> Option<GoroutineId> {
        let h = self.history.as_ref()?;
        h.node(self.current).mv.as_ref().and_then(|mv| mv.goroutine)
    }

    /// Goes to any node of the tree.
    pub fn goto(&mut self, id: NodeId) -> bool {
        let Some(history) = &mut self.history else {
            return false;
        };
        if id.0 as usize >= history.len() {
            return false;
        }
        let (kept, moves) = history.keyframe_for(id);
        let mut m = (*kept).clone();
        for mv in moves {
            m = apply(&m, mv).machine;
            m.take_events();
        }
        history.remember_path(id);
        self.current = id;
        self.machine = Some(Rc::new(m));
        true
    }

    pub fn undo(&mut self) -> bool {
        let parent = self
            .history
            .as_ref()
            .and_then(|h| h.node(self.current).parent);
        parent.is_some_and(|p| self.goto(p))
    }

    pub fn redo(&mut self) -> bool {
        let next = self
            .history
            .as_ref()
            .and_then(|h| h.node(self.current).last_child);
        next.is_some_and(|n| self.goto(n))
    }

    /// Back to the start (the tree of tried steps is kept).
    pub fn reset(&mut self) {
        self.goto(History::ROOT);
    }

    /// The schedule of the path to the current state.
    pub fn schedule(&self) -> Schedule {
        let choices = self.history.as_ref().map_or_else(Vec::new, |h| {
            h.path(self.current)
                .iter()
                .flat_map(|id| h.node(*id).choices.iter().copied())
                .collect()
        });
        Schedule { choices }
    }

    /// Follows `schedule` from the start, adding its path to the tree, and
    /// stands at its end: after `steps` steps if given (choices past the
    /// schedule's end are the default scheduler's), otherwise where the
    /// schedule runs out of choices or the program ends.
    pub fn load_schedule(&mut self, schedule: &Schedule, steps: Option<u32>) -> Loaded {
        self.goto(History::ROOT);
        let choices = &schedule.choices;
        let mut pos = 0;
        let mut loaded = Loaded::default();
        let mut work = 0;
        let max = steps.unwrap_or(u32::MAX).min(limits().max_steps() as u32);
        while self.depth() < max {
            let Some(m) = self.machine() else { break };
            if m.outcome().is_some() {
                break;
            }
            // Each step copies the state, goroutines and all: a link to
            // step 20,000 of a program that starts a goroutine per step
            // would take minutes and gigabytes. It stops there instead.
            work += m.goroutine_count() as u64 + 1;
            if work > MAX_LOAD_WORK {
                loaded.cut_short = true;
                break;
            }
            let runnable = m.choices();
            let goroutine = match runnable.as_slice() {
                [] => None,
                [only] => Some(*only),
                _ => match choices.get(pos) {
                    Some(v) if runnable.iter().any(|g| u64::from(*g) == *v) => {
                        pos += 1;
                        runnable.iter().copied().find(|g| u64::from(*g) == *v)
                    }
                    other => {
                        if other.is_some() {
                            loaded.diverged.get_or_insert(pos);
                        }
                        if steps.is_none() {
                            break;
                        }
                        match self.default_move() {
                            Some(g) => g,
                            None => break,
                        }
                    }
                },
            };
            let rest = choices.get(pos..).unwrap_or(&[]);
            let Some(m) = self.steppable(goroutine) else {
                break;
            };
            let made = apply(
                m,
                &Move {
                    goroutine,
                    answers: rest.to_vec(),
                },
            );
            if made.question.is_some() && pos + made.given.len() <= choices.len() {
                loaded.diverged.get_or_insert(pos);
            }
            pos += made.given.len();
            self.commit(goroutine, made);
        }
        loaded
    }

    /// Whether goroutine `id` exists and is runnable now (or, for
    /// [`GoroutineId::TIMERS`], whether a timer could fire now).
    pub fn can_step(&self, id: GoroutineId) -> bool {
        self.machine().is_some_and(|m| m.can_step(id))
    }
}

/// The result of making a move on a copy of a state.
struct Made {
    machine: Machine,
    given: Vec<u64>,
    question: Option<Question>,
}

/// Makes `mv` on a copy of `m`: the step, then, while nobody can run, the
/// runtime's own moves (timers, the end).
fn apply(m: &Machine, mv: &Move) -> Made {
    let mut next = m.clone();
    next.set_record_events(true);
    next.take_events();
    let mut asker = Asker::new(&mv.answers);
    match mv.goroutine {
        None => next.advance(&mut asker),
        Some(g) => next.step(g, &mut asker),
    }
    while next.outcome().is_none() && next.runnable().is_empty() {
        next.advance(&mut asker);
    }
    Made {
        machine: next,
        given: asker.given,
        question: asker.unanswered,
    }
}

/// The learner's line a goroutine stands on (0 if it has none).
pub fn goroutine_line(m: &Machine, id: GoroutineId) -> u32 {
    m.goroutine(id)
        .filter(|g| g.state() != State::Exited)
        .map_or(0, |g| view::position(m, &g).line)
}
