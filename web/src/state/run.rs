//! The run region's own bits of state: which view is shown, how fast the
//! default scheduler animates, and how far exploration and verification
//! have got.

use explore::Report;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunTab {
    Lanes,
    Sequence,
    Channels,
    Contexts,
    Output,
    History,
    Explore,
}

impl RunTab {
    pub const ALL: [RunTab; 7] = [
        RunTab::Lanes,
        RunTab::Sequence,
        RunTab::Channels,
        RunTab::Contexts,
        RunTab::Output,
        RunTab::History,
        RunTab::Explore,
    ];

    /// The view's name in an embed link's `panes=`.
    pub fn code(self) -> &'static str {
        match self {
            RunTab::Lanes => "lanes",
            RunTab::Sequence => "sequence",
            RunTab::Channels => "channels",
            RunTab::Contexts => "contexts",
            RunTab::Output => "output",
            RunTab::History => "history",
            RunTab::Explore => "explore",
        }
    }
}

/// How fast "run" steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Slow,
    Normal,
    Fast,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slow, Speed::Normal, Speed::Fast];

    /// Milliseconds between two steps of the animation.
    pub fn interval_ms(self) -> u32 {
        match self {
            Speed::Slow => 900,
            Speed::Normal => 350,
            Speed::Fast => 60,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
        }
    }

    pub fn from_code(code: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Debug)]
pub enum ExploreState {
    Idle,
    /// Running in slices; the report so far. `generation` ties it to the
    /// build it explores.
    Running {
        report: Option<Rc<Report>>,
        generation: u64,
    },
    Done(Rc<Report>),
    Cancelled(Option<Rc<Report>>),
}

impl ExploreState {
    pub fn report(&self) -> Option<&Rc<Report>> {
        match self {
            ExploreState::Idle => None,
            ExploreState::Running { report, .. } | ExploreState::Cancelled(report) => {
                report.as_ref()
            }
            ExploreState::Done(r) => Some(r),
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self, ExploreState::Running { .. })
    }
}

/// Instant verification of the current build.
#[derive(Clone, Debug)]
pub enum VerifyState {
    /// An edit is waiting for its debounce, or the build just changed.
    Pending,
    Running(Rc<Report>),
    Done(Rc<Report>),
}
