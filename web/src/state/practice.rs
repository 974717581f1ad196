//! The practice side of the page: the phrase bank's search, the write-up
//! drafts, and the timed interview session. The reducer keeps the last
//! failing run and the last verified fix here, so a write-up can be drafted
//! from them whenever the learner is ready.

use super::{AppState, ExploreState, VerifyState};
use crate::i18n::{Lang, bi};
use crate::writeup::{self, Draft, Facts, Kind};
use explore::Report;
use lessons::{Scenario, Task};
use runtime::machine::OutcomeKind;
use session::view::View;
use std::rc::Rc;

/// What the lesson region shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Lesson,
    Phrases,
    WriteUp,
    Interview,
}

impl Side {
    pub const ALL: [Side; 4] = [Side::Lesson, Side::Phrases, Side::WriteUp, Side::Interview];
}

/// The run a write-up is about: the last one that failed, with the
/// exploration of the same program if one was made.
#[derive(Clone, Debug)]
pub struct Failing {
    pub view: Rc<View>,
    pub source: Rc<str>,
    pub report: Option<Rc<Report>>,
    /// go vet's first finding on the program, as Go prints it, for the
    /// write-up to quote.
    pub vet: Option<Rc<str>>,
}

#[derive(Clone, Debug, Default)]
pub struct Practice {
    pub side: Side,
    pub query: Rc<str>,
    pub category: Option<&'static str>,
    /// The draft the write-up editor shows.
    pub kind: Option<Kind>,
    pub rca: Option<Rc<Draft>>,
    pub review: Option<Rc<Draft>>,
    pub failing: Option<Failing>,
    /// A later program of the same exercise that verified clean.
    pub fix: Option<(Rc<Report>, Rc<str>)>,
    pub interview: Option<Rc<Interview>>,
    /// Finished interview sessions, newest first (stored by the page).
    pub past: Rc<[Past]>,
}

/// A timed interview session on one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Interview {
    pub scenario: &'static Scenario,
    pub total_s: u32,
    pub left_s: u32,
    pub paused: bool,
    pub reproduced: bool,
    pub fixed: bool,
    /// Phrases revealed as hints.
    pub hints: u32,
    pub finished: bool,
}

/// Interview lengths offered, in minutes.
pub const LENGTHS: [u32; 4] = [10, 20, 30, 45];

/// Past sessions kept.
const KEEP: usize = 20;

#[derive(Clone, Debug, PartialEq)]
pub enum PracticeAction {
    Show(Side),
    Search(String),
    Filter(Option<&'static str>),
    /// Draft (again) from the last failing run, replacing the old draft.
    Draft(Kind),
    ShowDraft(Kind),
    Edit {
        kind: Kind,
        part: usize,
        text: String,
    },
    StartInterview {
        scenario: &'static Scenario,
        minutes: u32,
    },
    /// One second of the countdown.
    Tick,
    Pause(bool),
    Hint,
    Finish,
    /// Back to choosing a scenario.
    Close,
    /// Past sessions read from storage.
    Restore(Vec<Past>),
}

impl Practice {
    /// Another program was opened: the runs noted so far, and the drafts
    /// written about them, belong to the one before.
    pub fn forget_runs(&mut self) {
        self.failing = None;
        self.fix = None;
        self.rca = None;
        self.review = None;
    }
}

impl AppState {
    pub(crate) fn practice(&mut self, action: PracticeAction) -> bool {
        let lang = self.lang;
        let p = &mut self.practice;
        match action {
            PracticeAction::Show(side) => super::set(&mut p.side, side),
            PracticeAction::Search(q) => super::set(&mut p.query, Rc::from(q)),
            PracticeAction::Filter(c) => super::set(&mut p.category, c),
            PracticeAction::ShowDraft(kind) => super::set(&mut p.kind, Some(kind)),
            PracticeAction::Draft(kind) => {
                let Some(draft) = self.draft_of(kind) else {
                    return false;
                };
                let p = &mut self.practice;
                *match kind {
                    Kind::Rca => &mut p.rca,
                    Kind::Review => &mut p.review,
                } = Some(Rc::new(draft));
                p.kind = Some(kind);
                p.side = Side::WriteUp;
                true
            }
            PracticeAction::Edit { kind, part, text } => {
                let slot = match kind {
                    Kind::Rca => &mut p.rca,
                    Kind::Review => &mut p.review,
                };
                slot.as_mut()
                    .is_some_and(|d| Rc::make_mut(d).edit(part, lang, text))
            }
            PracticeAction::StartInterview { scenario, minutes } => {
                let total_s = minutes.clamp(1, 120) * 60;
                p.interview = Some(Rc::new(Interview {
                    scenario,
                    total_s,
                    left_s: total_s,
                    paused: false,
                    reproduced: false,
                    fixed: false,
                    hints: 0,
                    finished: false,
                }));
                p.side = Side::Interview;
                p.forget_runs();
                self.program = super::ProgramRef::Interview(scenario);
                self.lesson = None;
                self.draft = Rc::from(scenario.start);
                self.restart(scenario.start);
                true
            }
            PracticeAction::Tick => self.with_interview(|i| {
                if !i.paused {
                    i.left_s = i.left_s.saturating_sub(1);
                    i.finished = i.left_s == 0;
                }
            }),
            PracticeAction::Pause(paused) => self.with_interview(|i| i.paused = paused),
            PracticeAction::Hint => self.with_interview(|i| {
                if (i.hints as usize) < i.scenario.phrases.len() {
                    i.hints += 1;
                }
            }),
            PracticeAction::Finish => self.with_interview(|i| i.finished = true),
            PracticeAction::Close => p.interview.take().is_some(),
            PracticeAction::Restore(past) => {
                p.past = past.into();
                true
            }
        }
    }

    /// Changes the interview unless it has finished; records it among the
    /// past sessions when this change finishes it. True if anything changed.
    fn with_interview(&mut self, change: impl FnOnce(&mut Interview)) -> bool {
        let Some(rc) = self.practice.interview.as_mut() else {
            return false;
        };
        if rc.finished {
            return false;
        }
        let mut i = (**rc).clone();
        change(&mut i);
        if i == **rc {
            return false;
        }
        *rc = Rc::new(i.clone());
        if i.finished {
            let past = Past::of(&i, &self.practice, self.lang);
            let mut all: Vec<Past> = vec![past];
            all.extend(self.practice.past.iter().take(KEEP - 1).cloned());
            self.practice.past = all.into();
        }
        true
    }

    /// A draft of `kind` from the last failing run (and the fix, if one
    /// verified since).
    fn draft_of(&self, kind: Kind) -> Option<Draft> {
        let failing = self.practice.failing.as_ref()?;
        let template = match kind {
            Kind::Rca => crate::course::rca(),
            Kind::Review => crate::course::review(),
        };
        let fix = self.practice.fix.as_ref();
        let facts = Facts {
            view: &failing.view,
            program_name: self.program_name(self.lang),
            explored: failing.report.as_deref(),
            verified: fix.map(|(r, _)| &**r),
            changed_lines: fix.map_or_else(Vec::new, |(_, src)| {
                writeup::changed_lines(&failing.source, src)
            }),
            vet_finding: failing.vet.as_deref().map(str::to_string),
        };
        Some(Draft::new(kind, template, &facts))
    }

    /// The session's first go vet finding, as `go vet` prints it.
    fn first_vet_finding(&self) -> Option<Rc<str>> {
        let f = self.session.vet.first()?;
        let lines = syntax::LineIndex::new(&self.session.source);
        Some(Rc::from(f.render(runtime::FILE_NAME, &lines)))
    }

    /// The exercise's name as a write-up calls it.
    pub fn program_name(&self, lang: Lang) -> String {
        if let Some(i) = &self.practice.interview {
            return bi(&i.scenario.title, lang).to_string();
        }
        if let Some(l) = self.lesson {
            return bi(&l.title, lang).to_string();
        }
        // Past the interview and the lesson: an example by its title, any
        // other program by its folder, or `shared`, as write-ups named
        // them before there was a type for them.
        match self.program {
            super::ProgramRef::Example(p) => p.title.get(lang).to_string(),
            super::ProgramRef::Lesson(l) => l.folder.to_string(),
            super::ProgramRef::Interview(s) => s.folder.to_string(),
            super::ProgramRef::Shared => "shared".to_string(),
        }
    }

    /// Notes a failing run, a failing exploration and a verified fix as
    /// they happen, and moves the interview's stages on.
    pub(crate) fn note_runs(&mut self) {
        let source = self.session.source.clone();
        if let Some(view) = &self.view {
            if view.outcome.as_ref().is_some_and(fails) {
                let report = self
                    .practice
                    .failing
                    .as_ref()
                    .and_then(|f| (f.source == source).then(|| f.report.clone()).flatten());
                self.practice.failing = Some(Failing {
                    view: view.clone(),
                    source: source.clone(),
                    report,
                    vet: self.first_vet_finding(),
                });
            }
        }
        self.replay_explored_failure();
        let explored = match (&self.explore, &self.verify) {
            (ExploreState::Done(r), _) | (_, VerifyState::Done(r)) => Some(r.clone()),
            _ => None,
        };
        if let (Some(r), Some(f)) = (&explored, self.practice.failing.as_mut()) {
            if f.source == source && r.outcomes.iter().any(|o| fails(&o.example)) {
                f.report = Some(r.clone());
            }
        }
        if let VerifyState::Done(r) = &self.verify {
            let after_failure = self
                .practice
                .failing
                .as_ref()
                .is_some_and(|f| f.source != source);
            if after_failure && r.complete && r.outcomes.iter().all(|o| !fails(&o.example)) {
                self.practice.fix = Some((r.clone(), source.clone()));
            }
        }
        self.check_interview();
    }

    /// A failure found by Explore, not stepped: replays its schedule on a
    /// copy of the session so a write-up has a run to describe (the one the
    /// interview asks for, if the exploration found it).
    fn replay_explored_failure(&mut self) {
        let source = &self.session.source;
        if self
            .practice
            .failing
            .as_ref()
            .is_some_and(|f| f.source == *source)
        {
            return;
        }
        let ExploreState::Done(report) = &self.explore else {
            return;
        };
        let target = self.practice.interview.as_ref().map(|i| i.scenario);
        let wanted =
            |o: &&explore::outcomes::OutcomeClass| target.is_none_or(|s| s.reached(&o.example));
        // A run stopped by a limit is not replayed: it would run all the
        // way to the limit again, in one go, to describe an endless loop.
        let failures = || {
            report
                .outcomes
                .iter()
                .filter(|o| fails(&o.example) && o.example.limit().is_none())
        };
        let Some(class) = failures().find(wanted).or_else(|| failures().next()) else {
            return;
        };
        let mut replay = (*self.session).clone();
        replay.reset();
        replay.load_schedule(&class.schedule, None);
        if let Some(view) = View::of(&replay) {
            let vet = self.first_vet_finding();
            self.practice.failing = Some(Failing {
                view: Rc::new(view),
                source: source.clone(),
                report: Some(report.clone()),
                vet,
            });
        }
    }

    fn check_interview(&mut self) {
        let Some(s) = self
            .practice
            .interview
            .as_ref()
            .filter(|i| !i.finished)
            .map(|i| i.scenario)
        else {
            return;
        };
        let reached = self
            .view
            .as_ref()
            .and_then(|v| v.outcome.as_ref())
            .is_some_and(|o| s.reached(o))
            || self
                .explore
                .report()
                .is_some_and(|r| r.outcomes.iter().any(|o| s.reached(&o.example)));
        let fixed = *self.session.source != *s.start
            && matches!(&self.verify, VerifyState::Done(r) if s.passes(r));
        if let Some(rc) = self.practice.interview.as_mut() {
            if (reached && !rc.reproduced) || (fixed && !rc.fixed) {
                let i = Rc::make_mut(rc);
                i.reproduced |= reached;
                i.fixed |= fixed;
            }
        }
    }
}

/// Not a clean exit: a panic, a fatal error, a limit, or goroutines left
/// blocked.
fn fails(o: &runtime::machine::Outcome) -> bool {
    o.kind() != OutcomeKind::Exit || o.exit_code() != 0 || !o.blocked().is_empty()
}

/// A finished session as the rubric scores it, and as it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Past {
    pub slug: &'static str,
    /// A write task (not stored: the scenario says so).
    pub write: bool,
    pub total_s: u32,
    pub used_s: u32,
    pub reproduced: bool,
    pub fixed: bool,
    /// RCA sections written, of 7.
    pub rca: u8,
    /// Review sections written, of 3.
    pub review: u8,
    pub hints: u32,
}

impl Past {
    pub fn of(i: &Interview, p: &Practice, lang: Lang) -> Past {
        let written = |d: &Option<Rc<Draft>>| {
            d.as_ref()
                .map_or(0, |d| (d.parts.len() - d.unfinished(lang)) as u8)
        };
        Past {
            slug: i.scenario.slug,
            write: matches!(i.scenario.task, Task::Write { .. }),
            total_s: i.total_s,
            used_s: i.total_s - i.left_s,
            reproduced: i.reproduced,
            fixed: i.fixed,
            rca: written(&p.rca),
            review: written(&p.review),
            hints: i.hints,
        }
    }

    /// Out of 100: reproduced 25, fixed and verified 30, the RCA 25 and the
    /// review 10 by sections written, 10 for finishing in time, 3 off per
    /// hint. A write task has no bug to reproduce or write up: code that
    /// verifies is worth the 90.
    pub fn score(&self) -> u32 {
        let mut s = 0;
        if self.write {
            s += if self.fixed { 90 } else { 0 };
        } else {
            let (rca, review) = sections();
            s += if self.reproduced { 25 } else { 0 };
            s += if self.fixed { 30 } else { 0 };
            s += 25 * u32::from(self.rca.min(rca)) / u32::from(rca.max(1));
            s += 10 * u32::from(self.review.min(review)) / u32::from(review.max(1));
        }
        s += if self.used_s < self.total_s { 10 } else { 0 };
        s.saturating_sub(3 * self.hints)
    }

    /// One line of the store.
    pub fn encode(&self) -> String {
        format!(
            "{} {} {} {} {} {} {} {}",
            self.slug,
            self.total_s,
            self.used_s,
            u8::from(self.reproduced),
            u8::from(self.fixed),
            self.rca,
            self.review,
            self.hints
        )
    }

    /// A stored line, or `None` when it does not describe a session of a
    /// scenario this page has.
    pub fn decode(line: &str) -> Option<Past> {
        let f: Vec<&str> = line.split(' ').collect();
        let [slug, total, used, rep, fixed, rca, review, hints] = f.as_slice() else {
            return None;
        };
        let scenario = crate::course::interview_pool()
            .iter()
            .find(|s| s.slug == *slug)?;
        let flag = |t: &str| match t {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        };
        let (total_s, used_s): (u32, u32) = (total.parse().ok()?, used.parse().ok()?);
        let (rca, review): (u8, u8) = (rca.parse().ok()?, review.parse().ok()?);
        let (most_rca, most_review) = sections();
        (used_s <= total_s && total_s <= 7200 && rca <= most_rca && review <= most_review)
            .then_some(())?;
        Some(Past {
            slug: scenario.slug,
            write: matches!(scenario.task, Task::Write { .. }),
            total_s,
            used_s,
            reproduced: flag(rep)?,
            fixed: flag(fixed)?,
            rca,
            review,
            hints: hints.parse().ok().filter(|h| *h <= 100)?,
        })
    }
}

/// How many sections the RCA and the review templates have: what a
/// session's write-ups are counted against.
pub fn sections() -> (u8, u8) {
    let count = |t: &lessons::Template| u8::try_from(t.sections.len()).unwrap_or(u8::MAX);
    (count(crate::course::rca()), count(crate::course::review()))
}

/// The session's summary as Markdown: the rubric, then the write-ups.
pub fn summary(i: &Interview, p: &Practice, lang: Lang) -> String {
    use crate::i18n::{Text, countdown};
    let past = Past::of(i, p, lang);
    let tick = |done: bool| if done { "✓" } else { "✗" };
    let mut out = format!(
        "# {}{}{}\n\n| {} | |\n|---|---|\n",
        Text::InterviewSummary.get(lang),
        if lang == Lang::Zh { "：" } else { ": " },
        bi(&i.scenario.title, lang),
        Text::InterviewRubric.get(lang),
    );
    let (rca, review) = sections();
    let mut rows = if past.write {
        vec![(Text::StageWrite, tick(past.fixed).to_string())]
    } else {
        vec![
            (Text::StageReproduce, tick(past.reproduced).to_string()),
            (Text::StageFix, tick(past.fixed).to_string()),
            (Text::StageExplain, format!("{}/{rca}", past.rca)),
            (Text::StageReview, format!("{}/{review}", past.review)),
        ]
    };
    rows.extend([
        (
            Text::InterviewTimeUsed,
            format!("{} / {}", countdown(past.used_s), countdown(past.total_s)),
        ),
        (Text::InterviewHintsUsed, past.hints.to_string()),
        (Text::InterviewScore, format!("{}/100", past.score())),
    ]);
    for (label, value) in rows {
        out.push_str(&format!("| {} | {value} |\n", label.get(lang)));
    }
    for draft in [&p.rca, &p.review].into_iter().flatten() {
        out.push('\n');
        out.push_str(&draft.markdown(lang));
    }
    out
}

/// The stored list: one session per line, damaged lines skipped.
pub fn decode_past(text: &str) -> Vec<Past> {
    text.lines().filter_map(Past::decode).take(KEEP).collect()
}

pub fn encode_past(past: &[Past]) -> String {
    past.iter().map(Past::encode).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests;
