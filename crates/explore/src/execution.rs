//! One execution: a fresh machine run to its end under a strategy, with
//! every real choice and every step's footprint written down.

use crate::strategy::Strategy;
use runtime::GoroutineId;
use runtime::machine::{Event, Footprint, Loc, Machine, Outcome, Probe, TimeModel};
use runtime::sched::Scheduler;

/// What one step did, as far as reordering it is concerned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Effect {
    pub footprint: Footprint,
    /// The program ended in this step (exit, panic, fatal error, limit).
    pub ends: bool,
    /// The step could change what the program's end reports: it printed,
    /// parked its goroutine, woke another one, or ended the program. Any
    /// other step of a goroutine can happen after `main` returns without
    /// anybody noticing.
    pub observable: bool,
}

impl Effect {
    /// Whether the two steps (of different goroutines) may not commute.
    #[inline]
    pub fn depends_on(&self, other: &Effect) -> bool {
        (self.ends && other.observable)
            || (other.ends && self.observable)
            || (self.footprint.mask() & other.footprint.mask() != 0
                && self.footprint.conflicts(&other.footprint))
    }

    /// Both effects at once: a step whose variants (select cases, random
    /// values) were all explored.
    pub fn union(&self, other: &Effect) -> Effect {
        Effect {
            footprint: self.footprint.union(&other.footprint),
            ends: self.ends || other.ends,
            observable: self.observable || other.observable,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Step {
    /// The goroutine that ran ([`GoroutineId::TIMERS`]: a timer fired), or
    /// `None` when the runtime found the end with nothing left to run.
    pub goroutine: Option<GoroutineId>,
    pub effect: Effect,
    /// Goroutines this step started or unblocked: their next step is
    /// causally after this one.
    pub enabled: Vec<GoroutineId>,
    /// Index in [`Run::kinds`] of the goroutine choice that started this
    /// step, if there was a choice.
    pub node: Option<usize>,
    /// The step ended with a yield (`runtime.Gosched()` and the like).
    pub yielded: bool,
}

impl Step {
    /// A dense index for per-goroutine tables: the goroutine's id, or 0
    /// for the runtime (its timers included).
    pub fn lane(&self) -> usize {
        self.goroutine
            .filter(|g| !g.is_timers())
            .map_or(0, |g| g.get() as usize)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    Goroutine,
    Case,
    Rand,
}

/// An execution so far, or finished.
#[derive(Clone, Debug, Default)]
pub struct Run {
    /// The answers to every real choice, in order (the schedule).
    pub choices: Vec<u64>,
    pub kinds: Vec<ChoiceKind>,
    pub steps: Vec<Step>,
    /// The goroutine that ran the last step (not counting the runtime's,
    /// timers included).
    pub current: Option<GoroutineId>,
    /// Switches away from a goroutine that could have gone on.
    pub preemptions: u32,
    /// The next step of each goroutine still runnable at the end, tried on
    /// a copy of the final state (for the reduction, when it asks).
    pub pending: Vec<Step>,
    pub outcome: Option<Outcome>,
    /// The strategy abandoned the run (it could only repeat explored ones).
    pub abandoned: bool,
    /// How many of its first steps this run shares with the run before
    /// (it resumed from a kept state); 0 when it ran from the start.
    pub shared: usize,
    /// More goroutines were still runnable at the end than are probed:
    /// what they would have done is unknown, so a search that relies on
    /// [`Run::pending`] cannot claim to have covered everything.
    pub unprobed: bool,
}

impl Run {
    fn record(&mut self, kind: ChoiceKind, value: u64) {
        self.kinds.push(kind);
        self.choices.push(value);
    }

    /// Whether the current goroutine's last step ended with a yield: going
    /// on with another one then is what Go does, not a preemption.
    /// The goroutine that ran last has used up a time slice: it ran the
    /// last [`TIME_SLICE`] steps in a row. Go's scheduler preempts such a
    /// goroutine whatever it does, so a strategy that otherwise lets it go
    /// on (a spent preemption bound, a top PCT priority) switches then, and
    /// a loop polling for another goroutine cannot starve it forever.
    pub fn slice_used(&self) -> bool {
        self.current.is_some()
            && self.steps.len() >= TIME_SLICE
            && self.steps[self.steps.len() - TIME_SLICE..]
                .iter()
                .all(|s| s.goroutine == self.current)
    }

    pub fn yielded(&self) -> bool {
        self.steps
            .iter()
            .rev()
            .find(|s| s.goroutine == self.current)
            .is_some_and(|s| s.yielded)
    }
}

/// Steps in a row after which a goroutine counts as preempted by the time
/// slice (see [`Run::slice_used`]): Go's is 10 ms, far more than a polling
/// iteration and far less than the step limit.
pub const TIME_SLICE: usize = 512;

/// The engine's scheduler, answered by a strategy and written down.
struct Recorder<'a> {
    strategy: &'a mut dyn Strategy,
    run: &'a mut Run,
}

impl Scheduler for Recorder<'_> {
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId {
        // The driver steps a chosen goroutine itself; this is only reached
        // when the machine fires timers, which asks nobody.
        runnable[0]
    }

    fn pick_case(&mut self, goroutine: GoroutineId, ready: &[usize]) -> usize {
        let at = self.strategy.pick_case(self.run, goroutine, ready);
        let at = if ready.contains(&at) { at } else { ready[0] };
        self.run.record(ChoiceKind::Case, at as u64);
        at
    }

    fn pick_rand(&mut self, goroutine: GoroutineId, n: u64) -> u64 {
        let v = self.strategy.pick_rand(self.run, goroutine, n);
        let v = if n == 0 { v } else { v % n };
        self.run.record(ChoiceKind::Rand, v);
        v
    }
}

/// The state before a goroutine choice, kept by a backtracking strategy so
/// that a later run can start there instead of replaying the way there.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub machine: Machine,
    /// How much of the run had happened: steps and choices recorded.
    pub steps: usize,
    pub choices: usize,
    pub current: Option<GoroutineId>,
    pub preemptions: u32,
}

impl Run {
    /// The state of a run that resumes from `at`, given the previous run
    /// (which went through the same snapshot).
    pub fn resumed(mut previous: Run, at: &Snapshot) -> Run {
        previous.steps.truncate(at.steps);
        previous.choices.truncate(at.choices);
        previous.kinds.truncate(at.choices);
        previous.current = at.current;
        previous.preemptions = at.preemptions;
        previous.pending.clear();
        previous.outcome = None;
        previous.abandoned = false;
        previous.unprobed = false;
        previous.shared = at.steps;
        previous
    }
}

/// Runs `base` (a fresh machine) to its end under `strategy`; returns the
/// run and, if asked to record them, its events.
pub fn execute(
    base: &Machine,
    strategy: &mut dyn Strategy,
    record_events: bool,
) -> (Run, Vec<Event>) {
    execute_from(base.clone(), Run::default(), strategy, record_events)
}

/// Runs machine `m`, whose run so far is `run`, to its end.
pub fn execute_from(
    m: Machine,
    run: Run,
    strategy: &mut dyn Strategy,
    record_events: bool,
) -> (Run, Vec<Event>) {
    let mut execution = Execution::new(m, run, strategy, record_events);
    let mut fuel = u64::MAX;
    while !execution.go(strategy, &mut fuel) {}
    execution.finish(strategy)
}

/// A run under way, which can stop between any two steps and go on later:
/// a page explores a program that loops for millions of instructions a
/// little at a time, between frames.
pub struct Execution {
    m: Machine,
    run: Run,
    track: bool,
}

impl Execution {
    /// Machine `m`, whose run so far is `run`, ready to go on.
    pub fn new(
        mut m: Machine,
        run: Run,
        strategy: &dyn Strategy,
        record_events: bool,
    ) -> Execution {
        let track = strategy.wants_footprints();
        m.track_footprints(track);
        m.set_record_events(record_events);
        Execution { m, run, track }
    }

    /// Takes steps until the run ends (true) or `fuel` is spent (false).
    /// A step costs the instructions it executed plus one for each
    /// goroutine that could have taken it.
    pub fn go(&mut self, strategy: &mut dyn Strategy, fuel: &mut u64) -> bool {
        let (m, run) = (&mut self.m, &mut self.run);
        while m.outcome().is_none() && !run.abandoned {
            if *fuel == 0 {
                return false;
            }
            let executed = m.instructions();
            let before = m.choices();
            let known = m.goroutine_count();
            let (goroutine, node) = match before.as_slice() {
                [] => (None, None),
                [only] => (Some(*only), None),
                _ => {
                    strategy.checkpoint(m, run);
                    let Some(g) = strategy.pick_goroutine(run, &before) else {
                        run.abandoned = true;
                        return true;
                    };
                    // `before` is ascending (the timers, if offered, last).
                    let offered = |g: &GoroutineId| before.binary_search(g).is_ok();
                    let g = if offered(&g) { g } else { before[0] };
                    if run.current.is_some_and(|c| c != g && offered(&c)) && !run.yielded() {
                        run.preemptions += 1;
                    }
                    run.record(ChoiceKind::Goroutine, u64::from(g));
                    (Some(g), Some(run.kinds.len() - 1))
                }
            };
            {
                let mut rec = Recorder {
                    strategy: &mut *strategy,
                    run: &mut *run,
                };
                match goroutine {
                    None => m.advance(&mut rec),
                    Some(g) => m.step(g, &mut rec),
                }
            }
            let footprint = if self.track {
                m.take_footprint()
            } else {
                Footprint::default()
            };
            let step = observe(m, footprint, goroutine, &before, known);
            run.steps.push(Step { node, ..step });
            if goroutine.is_some_and(|g| !g.is_timers()) {
                run.current = goroutine;
            }
            strategy.stepped(run);
            // Looking at the runnable goroutines is work too: thousands of
            // them make a cheap step expensive.
            let cost = (m.instructions() - executed) + before.len() as u64 + 1;
            *fuel = fuel.saturating_sub(cost);
        }
        true
    }

    /// The finished run and its events (an abandoned run has no outcome).
    pub fn finish(mut self, strategy: &dyn Strategy) -> (Run, Vec<Event>) {
        let events = self.m.take_events();
        if self.run.abandoned {
            return (self.run, events);
        }
        self.run.outcome = self.m.outcome().cloned();
        // A run stopped by a limit is probed too: what the goroutines it
        // stopped would have done first is what the search tries next.
        if strategy.wants_footprints() {
            match pending_steps(self.m, self.run.current) {
                Some(pending) => self.run.pending = pending,
                None => self.run.unprobed = true,
            }
        }
        (self.run, events)
    }
}

/// What the step just taken did (it touched `footprint`), read off the
/// machine.
fn observe(
    m: &Machine,
    footprint: Footprint,
    goroutine: Option<GoroutineId>,
    before: &[GoroutineId],
    known: usize,
) -> Step {
    let (mut enabled, parked_others) = runnable_change(before, m.runnable(), goroutine);
    let woke = enabled.iter().any(|g| g.get() as usize <= known);
    // A goroutine let go to try a mutex again completes nothing by it: its
    // acquisition is ordered by the mutex, not by whoever released it.
    // Nor does a spinner let go because something changed: it did not
    // wait for that change in particular.
    enabled.retain(|g| {
        !m.goroutine(*g)
            .is_some_and(|r| r.waits_to_lock() || r.spun())
    });
    let parked = goroutine.is_some_and(|g| m.wait_reason(g).is_some());
    let yielded = goroutine
        .and_then(|g| m.goroutine(g))
        .is_some_and(|r| r.just_yielded());
    let ends = m.is_over();
    // Taking a mutex parks the goroutines standing before it (the
    // `parked_others` above): had the program ended right after, they
    // would be reported blocked.
    let observable = ends || woke || parked || parked_others || footprint.writes(Loc::Output);
    Step {
        goroutine,
        effect: Effect {
            footprint,
            ends,
            observable,
        },
        enabled,
        node: None,
        yielded,
    }
}

/// The ids in `now` but not in `before` (both ascending), other than
/// `goroutine`, and whether some id other than `goroutine` and the timers
/// left: one walk over both lists, as they can hold thousands (and most
/// steps change neither, which one comparison settles).
fn runnable_change(
    before: &[GoroutineId],
    now: &[GoroutineId],
    goroutine: Option<GoroutineId>,
) -> (Vec<GoroutineId>, bool) {
    if before == now {
        return (Vec::new(), false);
    }
    let (mut added, mut removed) = (Vec::new(), false);
    let (mut i, mut j) = (0, 0);
    let mut left = |g: GoroutineId| removed |= Some(g) != goroutine && !g.is_timers();
    while i < before.len() || j < now.len() {
        match (before.get(i), now.get(j)) {
            (Some(b), Some(n)) if b == n => (i, j) = (i + 1, j + 1),
            (Some(b), Some(n)) if b < n => {
                left(*b);
                i += 1;
            }
            (Some(b), None) => {
                left(*b);
                i += 1;
            }
            (_, Some(n)) => {
                if Some(*n) != goroutine {
                    added.push(*n);
                }
                j += 1;
            }
            (None, None) => break,
        }
    }
    (added, removed)
}

/// How far a probe follows a pending goroutine on its own.
const PROBE_STEPS: usize = 64;
/// The most pending goroutines probed: each probe runs on its own copy of
/// the final state, and a program that leaves thousands runnable would
/// copy that state thousands of times.
const MAX_PROBES: usize = 64;

/// What each still-runnable goroutine (and the timers) would do next, found by running it
/// alone on a copy of the final state until it parks, exits, prints or
/// ends the program. The run ended before these goroutines could go, and
/// whether they could have gone first is exactly what the reduction must
/// ask; a goroutine that would only finish quietly cannot change the
/// outcome by going first, unless it touches what others touched, the
/// other pending goroutines included: a quiet write another pending
/// goroutine reads can make that one print (`x++` in one goroutine, `if x
/// > 0 { print }` in another, both still to run when `main` returns), so
/// such a step counts as observable, and going first before the end is
/// tried for it. Goroutines waiting to lock a mutex are pending too: their
/// acquisition is the step they would take. `None` when there are more
/// than [`MAX_PROBES`] to probe.
fn pending_steps(m: Machine, last: Option<GoroutineId>) -> Option<Vec<Step>> {
    // In the bubble, timers wait for every goroutine to block, and the
    // run's last step was taken by one that could run: a timer could not
    // have fired before it.
    // In Go's model the timers are pending whenever one is set: firing it
    // may be what nobody could wait for any more at the end (a `select`
    // that would have timed out had the timer gone first).
    let bubble = m.time_model() == TimeModel::Bubble;
    let mut waiting: Vec<GoroutineId> = m
        .runnable()
        .iter()
        .copied()
        .filter(|g| Some(*g) != last)
        .collect();
    if !bubble && m.has_timers() {
        waiting.push(GoroutineId::TIMERS);
    }
    if waiting.len() > MAX_PROBES {
        return None;
    }
    let locking: Vec<Step> = m
        .goroutines()
        .filter_map(|g| {
            let footprint = m.pending_lock(g.id())?;
            Some(Step {
                goroutine: Some(g.id()),
                effect: Effect {
                    footprint,
                    ends: false,
                    observable: true,
                },
                enabled: Vec::new(),
                node: None,
                yielded: false,
            })
        })
        .collect();
    let mut spare = Some(m);
    let n = waiting.len();
    let probes = waiting
        .into_iter()
        .enumerate()
        .filter_map(|(i, g)| {
            // The last probe may use the final state itself.
            let probe = if i + 1 == n {
                spare.take()?.into_probe()
            } else {
                spare.as_ref()?.probe()
            };
            Some(probe_goroutine(probe, g))
        })
        .collect::<Vec<_>>();
    let interacting: Vec<bool> = probes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            probes
                .iter()
                .enumerate()
                .any(|(j, q)| i != j && p.effect.footprint.conflicts(&q.effect.footprint))
        })
        .collect();
    let probes = probes
        .into_iter()
        .zip(interacting)
        .map(|(mut p, interacts)| {
            p.effect.observable |= interacts;
            p
        })
        .chain(locking)
        .collect();
    Some(probes)
}

/// Runs goroutine `g` alone until it is observed, parks, exits or the
/// probe's step budget runs out, and sums up what it did.
fn probe_goroutine(mut probe: Probe, g: GoroutineId) -> Step {
    let mut seen = Effect::default();
    if g.is_timers() {
        let before = probe.machine().runnable().to_vec();
        let known = probe.machine().goroutine_count();
        probe.fire_timer();
        let footprint = probe.take_footprint();
        return observe(probe.machine(), footprint, Some(g), &before, known);
    }
    for _ in 0..PROBE_STEPS {
        let before = probe.machine().runnable().to_vec();
        let known = probe.machine().goroutine_count();
        probe.step(g, &mut FirstChoice);
        let footprint = probe.take_footprint();
        let step = observe(probe.machine(), footprint, Some(g), &before, known);
        seen = seen.union(&step.effect);
        if seen.observable || !probe.machine().runnable().contains(&g) {
            break;
        }
    }
    Step {
        goroutine: Some(g),
        effect: seen,
        enabled: Vec::new(),
        node: None,
        yielded: false,
    }
}

/// Answers every question with the first option (probing a pending step:
/// a select's footprint covers all its channels whichever case fires).
struct FirstChoice;

impl Scheduler for FirstChoice {
    fn pick_goroutine(&mut self, runnable: &[GoroutineId]) -> GoroutineId {
        runnable[0]
    }

    fn pick_case(&mut self, _goroutine: GoroutineId, ready: &[usize]) -> usize {
        ready[0]
    }

    fn pick_rand(&mut self, _goroutine: GoroutineId, _n: u64) -> u64 {
        0
    }
}
