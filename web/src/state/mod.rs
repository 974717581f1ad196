//! Application state: one reducer, one action enum. Components dispatch
//! actions; side effects (storage, URL, timers, the explorer's slices)
//! happen at the edges, in effects that watch the state and dispatch what
//! they found.

pub mod practice;
mod program;
mod progress;
mod run;

pub use practice::{Practice, PracticeAction, Side};
pub use program::ProgramRef;
pub use progress::{Evidence, Progress};
pub use run::{ExploreState, RunTab, Speed, VerifyState};

use crate::i18n::Lang;
use runtime::GoroutineId;
use session::view::View;
use session::{NodeId, Question, Session, Stepped};
use std::rc::Rc;
use yew::Reducible;

/// Which region a narrow screen shows (wide screens show all three).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Lesson,
    Code,
    Run,
}

/// Something the page tells the learner once (a damaged link, storage
/// that could not be read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    BadShareLink,
    BadStorage,
    LinkCopied,
    /// A phrase, a write-up, a summary or an embed snippet went to the
    /// clipboard.
    Copied,
    /// A loaded schedule did not fit the program (it was edited).
    ScheduleDiverged,
    /// An embed link's option could not be read and was ignored.
    BadEmbedOption,
    /// The edited program is over [`MAX_PROGRAM`]: it is not built.
    ProgramTooLong,
    /// A loaded schedule was stopped early: its states grew too big.
    ScheduleCutShort,
    /// Prelude packages the program imports could not be loaded.
    PackagesNotLoaded,
}

impl Notice {
    /// What to tell about a schedule that was loaded, if anything.
    fn of_load(loaded: session::Loaded) -> Option<Notice> {
        if loaded.cut_short {
            Some(Notice::ScheduleCutShort)
        } else {
            loaded.diverged.map(|_| Notice::ScheduleDiverged)
        }
    }
}

/// The longest program the page builds: what a share link carries and
/// what localStorage keeps, so every program that runs can be shared and
/// reopened.
pub const MAX_PROGRAM: usize = session::share::MAX_CODE;

/// The most the Explore limits are multiplied by (a page must stay usable).
pub const MAX_EXPLORE_SCALE: u64 = 10;

#[derive(Clone, Debug)]
pub struct AppState {
    pub lang: Lang,
    /// Lesson text in both languages side by side.
    pub both: bool,
    /// The program being worked on.
    pub program: ProgramRef,
    /// The lesson being taken, if any.
    pub lesson: Option<&'static lessons::Lesson>,
    pub progress: Rc<Progress>,
    /// The editor's text, ahead of `session.source` while an edit waits
    /// for its debounce.
    pub draft: Rc<str>,
    pub session: Rc<Session>,
    /// The view of the session's current state.
    pub view: Option<Rc<View>>,
    /// A step waiting for the learner's answer.
    pub question: Option<Question>,
    pub running: bool,
    pub speed: Speed,
    pub explore: ExploreState,
    /// What the Explore button's limits are multiplied by: 1, or more
    /// after the learner asked to go further past runs that hit one.
    pub explore_scale: u64,
    pub verify: VerifyState,
    pub run_tab: RunTab,
    pub pane: Pane,
    /// File shown in the code region: 0 is the learner's, others are
    /// read-only library sources.
    pub file: usize,
    pub notice: Option<Notice>,
    /// The last share link made.
    pub share_link: Option<Rc<str>>,
    /// Bumped whenever the program is rebuilt, so effects tied to one
    /// build (verification, exploration) restart.
    pub generation: u64,
    /// Phrase bank, write-ups and the interview session.
    pub practice: Practice,
    /// Embed mode's options (`None`: the full page).
    pub embed: Option<Rc<crate::embed::Options>>,
    /// The Embed panel, when open: whether its snippet makes the code
    /// read-only.
    pub embed_panel: Option<bool>,
    /// The session's packages could not be loaded (it names them); the
    /// next rebuild tries again.
    pub packages_failed: bool,
    /// The learner has done something with this program (stepped, run,
    /// edited, explored). Until then the verdict waits: a program opened
    /// from the course list, or a newcomer's first screen, starts calm
    /// instead of with a red "panics" the learner did nothing to cause.
    pub acted: bool,
    /// The page opened on a newcomer's first screen: the lesson pane
    /// greets them until they act or pick something.
    pub welcome: bool,
    /// The keyboard shortcuts overlay is open.
    pub keys_open: bool,
    /// The lesson region is folded away, leaving its room to the code
    /// (remembered per device).
    pub lesson_hidden: bool,
    /// Long lines of code wrap instead of scrolling (remembered per device).
    pub soft_wrap: bool,
}

impl PartialEq for AppState {
    /// States are compared by identity: the reducer always makes a new
    /// one when anything changes.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl AppState {
    /// The state at start-up: `?lang=` wins over the stored choice, which
    /// wins over English.
    pub fn initial(url_lang: Option<&str>, stored_lang: Option<&str>) -> AppState {
        let both = url_lang == Some("both");
        let lang = url_lang
            .and_then(Lang::from_code)
            .or_else(|| stored_lang.and_then(Lang::from_code))
            .unwrap_or(Lang::En);
        let program = crate::programs::default_program();
        AppState::with_program(lang, both, ProgramRef::Example(program), &program.source())
    }

    pub fn with_program(lang: Lang, both: bool, program: ProgramRef, source: &str) -> AppState {
        let session = Session::new(source);
        AppState {
            lang,
            both,
            program,
            lesson: None,
            progress: Rc::new(Progress::default()),
            draft: Rc::from(source),
            view: View::of(&session).map(Rc::new),
            session: Rc::new(session),
            question: None,
            running: false,
            speed: Speed::Normal,
            explore: ExploreState::Idle,
            explore_scale: 1,
            verify: VerifyState::Pending,
            run_tab: RunTab::Lanes,
            pane: Pane::Code,
            file: 0,
            notice: None,
            share_link: None,
            generation: 0,
            practice: Practice::default(),
            embed: None,
            embed_panel: None,
            packages_failed: false,
            acted: true,
            welcome: false,
            keys_open: false,
            lesson_hidden: false,
            soft_wrap: false,
        }
    }

    /// The goroutine "step over line" means when none is named: the one
    /// stepped last if it can still run, else the lowest runnable one.
    pub fn line_goroutine(&self) -> Option<GoroutineId> {
        let runnable = self.session.machine().map(|m| m.runnable()).unwrap_or(&[]);
        match self.session.last_stepped() {
            Some(g) if runnable.contains(&g) => Some(g),
            _ => runnable.first().copied(),
        }
    }

    /// Whether goroutine `id` can be stepped now.
    pub fn can_step(&self, id: GoroutineId) -> bool {
        self.session.can_step(id)
    }
}

#[derive(Clone, Debug)]
pub enum Action {
    SetLang(Lang),
    SetBoth(bool),
    /// The editor's text changed (rebuilt after the debounce).
    Edit(String),
    /// The debounce elapsed: compile the draft and start over.
    Rebuild,
    /// Replace the program (an example chosen, a stored edit restored).
    LoadProgram {
        program: ProgramRef,
        source: String,
    },
    /// Take a lesson, from its start program or a stored edit of it, with
    /// the progress stored for it.
    OpenLesson {
        lesson: &'static lessons::Lesson,
        source: String,
        progress: Progress,
    },
    RevealHint,
    /// Answer quiz goal `goal` with option `option`.
    Choose {
        goal: usize,
        option: usize,
    },
    ShowExplanation,
    /// Step a goroutine (with the answer to its question, once given).
    Step(GoroutineId),
    Answer(u64),
    DismissQuestion,
    /// Step over a line: this goroutine, or (`None`) the one stepped last.
    StepLine(Option<GoroutineId>),
    /// One step of the default scheduler, asked for (the embed's Step).
    StepDefault,
    /// One step of the default scheduler (the run animation's tick).
    Tick,
    Run,
    Pause,
    SetSpeed(Speed),
    Undo,
    Redo,
    Goto(NodeId),
    Reset,
    /// Load a schedule (an explored outcome, a share link) and stand at
    /// its start (`at_end`: at its end, or after `step` steps).
    LoadSchedule {
        schedule: explore::schedule::Schedule,
        step: Option<u32>,
        at_end: bool,
    },
    /// A share link opened the page.
    OpenShared(session::share::Shared),
    StartExplore,
    /// Explore again with ten times the limits.
    ExploreFurther,
    CancelExplore,
    ExploreProgress(Rc<explore::Report>, bool),
    VerifyProgress(Rc<explore::Report>, bool),
    SetRunTab(RunTab),
    SetPane(Pane),
    SetFile(usize),
    Notify(Notice),
    DismissNotice,
    Shared(Rc<str>),
    Practice(PracticeAction),
    /// Open the Embed panel (with the read-only choice) or close it.
    SetEmbedPanel(Option<bool>),
    /// The prelude packages the session was waiting for have settled;
    /// those named could not be loaded.
    PackagesLoaded(Vec<&'static str>),
    /// Open or close the keyboard shortcuts overlay.
    ShowKeys(bool),
    /// Fold the lesson region away or bring it back.
    HideLesson(bool),
    /// Wrap long lines of code, or scroll them.
    SetWrap(bool),
}

impl Action {
    /// Whether this is the learner doing something with the program,
    /// after which the verdict shows.
    fn acts(&self) -> bool {
        matches!(
            self,
            Action::Edit(_)
                | Action::Step(_)
                | Action::StepLine(_)
                | Action::StepDefault
                | Action::Run
                | Action::StartExplore
                | Action::LoadSchedule { .. }
        )
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            next.check_goals();
            next.note_runs();
            Rc::new(next)
        } else {
            self
        }
    }
}

impl AppState {
    /// Applies one action; false when nothing changed. Public so the fuzz
    /// targets can drive the reducer the way the page does.
    pub fn apply(&mut self, action: Action) -> bool {
        if action.acts() && !self.acted {
            self.acted = true;
            self.welcome = false;
        }
        match action {
            Action::SetLang(lang) => set(&mut self.lang, lang),
            Action::SetBoth(both) => set(&mut self.both, both),
            Action::Edit(text) => {
                if *self.draft == *text {
                    return false;
                }
                self.draft = Rc::from(text);
                self.verify = VerifyState::Pending;
                true
            }
            Action::Rebuild => {
                if *self.draft == *self.session.source {
                    return false;
                }
                if self.draft.len() > MAX_PROGRAM {
                    return set(&mut self.notice, Some(Notice::ProgramTooLong));
                }
                let draft = self.draft.clone();
                self.restart(&draft);
                true
            }
            Action::Practice(action) => self.practice(action),
            Action::LoadProgram { program, source } => {
                self.practice.forget_runs();
                self.calm();
                self.program = program;
                self.lesson = None;
                self.draft = Rc::from(source.as_str());
                self.restart(&source);
                true
            }
            Action::OpenLesson {
                lesson,
                source,
                progress,
            } => {
                self.practice.forget_runs();
                self.calm();
                self.program = ProgramRef::Lesson(lesson);
                self.lesson = Some(lesson);
                self.progress = Rc::new(progress);
                self.draft = Rc::from(source.as_str());
                self.restart(&source);
                self.pane = Pane::Lesson;
                true
            }
            Action::RevealHint => {
                let max = self.lesson.map_or(0, |l| l.hints.len());
                if self.progress.hints >= max {
                    return false;
                }
                Rc::make_mut(&mut self.progress).hints += 1;
                true
            }
            Action::Choose { goal, option } => {
                let Some(slot) = Rc::make_mut(&mut self.progress).chosen.get_mut(goal) else {
                    return false;
                };
                *slot = Some(option);
                true
            }
            Action::ShowExplanation => {
                !std::mem::replace(&mut Rc::make_mut(&mut self.progress).explained, true)
            }
            Action::Step(g) => self.step(Some(g), &[]),
            Action::Answer(v) => match self.question.take() {
                Some(
                    Question::Case { goroutine, .. }
                    | Question::Rand { goroutine, .. }
                    | Question::MapOrder { goroutine, .. },
                ) => self.step(Some(goroutine), &[v]),
                None => false,
            },
            Action::DismissQuestion => self.question.take().is_some(),
            Action::StepLine(g) => {
                self.question = None;
                let Some(g) = g.or_else(|| self.line_goroutine()) else {
                    return false;
                };
                let result = Rc::make_mut(&mut self.session).step_line(g);
                if let Stepped::Asks(q) = result {
                    self.question = Some(q);
                }
                self.refresh();
                true
            }
            Action::StepDefault => {
                self.running = false;
                self.question = None;
                let moved = Rc::make_mut(&mut self.session).step_default();
                if moved {
                    self.refresh();
                }
                moved
            }
            Action::Tick => {
                if !self.running {
                    return false;
                }
                let moved = Rc::make_mut(&mut self.session).step_default();
                if !moved {
                    self.running = false;
                }
                self.question = None;
                self.refresh();
                true
            }
            Action::Run => {
                self.running = !self.session.is_over();
                self.question = None;
                true
            }
            Action::Pause => std::mem::replace(&mut self.running, false),
            Action::SetSpeed(speed) => set(&mut self.speed, speed),
            Action::Undo => self.navigate(Session::undo),
            Action::Redo => self.navigate(Session::redo),
            Action::Reset => self.navigate(|s| {
                s.reset();
                true
            }),
            Action::Goto(id) => self.navigate(|s| s.goto(id)),
            Action::LoadSchedule {
                schedule,
                step,
                at_end,
            } => {
                self.running = false;
                self.question = None;
                let session = Rc::make_mut(&mut self.session);
                let loaded = session.load_schedule(&schedule, step);
                if !at_end {
                    session.reset();
                }
                self.notice = Notice::of_load(loaded).or(self.notice);
                self.run_tab = RunTab::Lanes;
                self.refresh();
                true
            }
            Action::OpenShared(shared) => {
                self.practice.forget_runs();
                self.program = ProgramRef::Shared;
                self.draft = Rc::from(shared.code.as_str());
                self.restart(&shared.code);
                if let Some(schedule) = shared.schedule {
                    let session = Rc::make_mut(&mut self.session);
                    let loaded = session.load_schedule(&schedule, shared.step);
                    self.notice = Notice::of_load(loaded).or(self.notice);
                    self.refresh();
                }
                true
            }
            Action::StartExplore | Action::ExploreFurther => {
                if self.session.build().is_none() {
                    return false;
                }
                self.explore_scale = match action {
                    Action::ExploreFurther => (self.explore_scale * 10).min(MAX_EXPLORE_SCALE),
                    _ => 1,
                };
                self.explore = ExploreState::Running {
                    report: None,
                    generation: self.generation,
                };
                self.run_tab = RunTab::Explore;
                // On a phone the results are then the pane in view.
                self.pane = Pane::Run;
                true
            }
            Action::CancelExplore => match &self.explore {
                ExploreState::Running { report, .. } => {
                    self.explore = ExploreState::Cancelled(report.clone());
                    true
                }
                _ => false,
            },
            Action::ExploreProgress(report, done) => {
                if !matches!(self.explore, ExploreState::Running { .. }) {
                    return false;
                }
                self.explore = if done {
                    ExploreState::Done(report)
                } else {
                    ExploreState::Running {
                        report: Some(report),
                        generation: self.generation,
                    }
                };
                true
            }
            Action::VerifyProgress(report, done) => {
                self.verify = if done {
                    VerifyState::Done(report)
                } else {
                    VerifyState::Running(report)
                };
                true
            }
            Action::SetRunTab(tab) => set(&mut self.run_tab, tab),
            Action::SetPane(pane) => set(&mut self.pane, pane),
            Action::SetFile(file) => set(&mut self.file, file),
            Action::Notify(notice) => {
                self.notice = Some(notice);
                true
            }
            Action::DismissNotice => self.notice.take().is_some(),
            Action::Shared(link) => {
                self.share_link = Some(link);
                self.notice = Some(Notice::LinkCopied);
                true
            }
            Action::SetEmbedPanel(open) => set(&mut self.embed_panel, open),
            Action::ShowKeys(open) => set(&mut self.keys_open, open),
            Action::HideLesson(hidden) => set(&mut self.lesson_hidden, hidden),
            Action::SetWrap(wrap) => set(&mut self.soft_wrap, wrap),
            Action::PackagesLoaded(failed) => {
                if !failed.is_empty() {
                    Rc::make_mut(&mut self.session).loading = failed.into();
                    self.packages_failed = true;
                    self.notice = Some(Notice::PackagesNotLoaded);
                    true
                } else if self.session.loading.is_empty() {
                    false
                } else {
                    let source = self.session.source.clone();
                    self.restart(&source);
                    true
                }
            }
        }
    }

    /// A new session for `source`: the stepper, verification and
    /// exploration all start over.
    fn restart(&mut self, source: &str) {
        self.session = Rc::new(Session::new(source));
        self.packages_failed = false;
        self.running = false;
        self.question = None;
        self.explore = ExploreState::Idle;
        self.verify = VerifyState::Pending;
        self.file = 0;
        self.generation += 1;
        self.refresh();
    }

    fn step(&mut self, goroutine: Option<GoroutineId>, answers: &[u64]) -> bool {
        self.running = false;
        match Rc::make_mut(&mut self.session).step(goroutine, answers) {
            Stepped::Moved(_) => {
                self.question = None;
                self.refresh();
                true
            }
            Stepped::Asks(q) => {
                self.question = Some(q);
                true
            }
            Stepped::NotRunnable | Stepped::Over => false,
        }
    }

    fn navigate(&mut self, go: impl FnOnce(&mut Session) -> bool) -> bool {
        self.running = false;
        self.question = None;
        let moved = go(Rc::make_mut(&mut self.session));
        if moved {
            self.refresh();
        }
        moved
    }

    /// Marks the lesson's goals that what the learner did now meets.
    pub(crate) fn check_goals(&mut self) {
        let Some(lesson) = self.lesson else { return };
        if self.progress.complete() {
            return;
        }
        let evidence = Evidence {
            outcome: self.view.as_ref().and_then(|v| v.outcome.as_ref()),
            explored: self.explore.report().map(|r| &**r),
            verified: match &self.verify {
                VerifyState::Done(r) => Some(r),
                _ => None,
            },
            unchanged: *self.draft == *lesson.start,
        };
        let mut progress = (*self.progress).clone();
        if progress.check(lesson, &evidence) {
            self.progress = Rc::new(progress);
        }
    }

    fn refresh(&mut self) {
        self.view = View::of(&self.session).map(Rc::new);
    }
}

/// Sets `slot` to `value`; true when that changed it.
impl AppState {
    /// A program just opened from a list: its verdict waits for the
    /// learner to act, and the first screen's greeting has done its job.
    /// An embed shows what its link says, verdict included.
    fn calm(&mut self) {
        self.acted = self.embed.is_some();
        self.welcome = false;
    }
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

#[cfg(test)]
mod tests;
