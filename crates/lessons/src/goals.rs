//! When an outcome meets a goal, and when an exploration verifies one:
//! the rules the checker applies to the reference programs and the page
//! applies to the learner's.

use crate::Expect;
use explore::Report;
use explore::outcomes::OutcomeClass;
use runtime::machine::{Outcome, OutcomeKind};

/// Whether a finished run's outcome is the one a reach or explore goal
/// asks for.
pub fn meets(expect: Expect, matches: &str, o: &Outcome) -> bool {
    let first_err = o.stderr_first_line();
    match expect {
        Expect::Exit => {
            o.kind() == OutcomeKind::Exit && o.blocked().is_empty() && o.stdout().contains(matches)
        }
        Expect::Leak => {
            o.kind() == OutcomeKind::Exit && !o.blocked().is_empty() && o.stdout().contains(matches)
        }
        Expect::Panic => o.kind() == OutcomeKind::Panic && first_err.contains(matches),
        Expect::Fatal => o.kind() == OutcomeKind::Fatal && first_err.contains(matches),
        Expect::Race => !o.races().is_empty() && o.stderr().contains(matches),
    }
}

/// Whether a complete exploration verifies a verify goal: every outcome
/// exits with status 0, leaks nothing when leaks count, and prints
/// `stdout` when one is given.
pub fn verified(report: &Report, fail_on_leak: bool, stdout: Option<&str>) -> bool {
    report.complete && unverified(report, fail_on_leak, stdout) == 0
}

/// How many of the explored schedules break a verify goal: what the page
/// reports when it does not pass.
pub fn unverified(report: &Report, fail_on_leak: bool, stdout: Option<&str>) -> u64 {
    let passes = |o: &OutcomeClass| {
        o.kind == OutcomeKind::Exit
            && o.exit_code == 0
            && (!fail_on_leak || o.leaked == 0)
            && stdout.is_none_or(|s| o.stdout == s)
    };
    report
        .outcomes
        .iter()
        .filter(|o| !passes(o))
        .map(|o| o.count)
        .sum()
}
