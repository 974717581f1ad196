//! A learner's progress in one lesson: which goals are met, how many hints
//! are showing, the quiz answers given, whether the explanation is open.
//! Goals are checked against what the learner just did (the outcome
//! reached, the explorer's findings, the verdict) and, once met, stay met.
//! Stored in localStorage as a short line, validated when read back.

use explore::Report;
use lessons::{Goal, Lesson, meets, verified};
use runtime::machine::Outcome;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: Vec<bool>,
    pub hints: usize,
    /// The option picked for each goal (quiz goals only).
    pub chosen: Vec<Option<usize>>,
    pub explained: bool,
}

/// What the learner's work so far shows, for checking goals.
pub struct Evidence<'a> {
    /// The outcome the stepped run ended in, if it has.
    pub outcome: Option<&'a Outcome>,
    pub explored: Option<&'a Report>,
    /// The finished verification of the current build.
    pub verified: Option<&'a Report>,
    /// The learner's code is still the lesson's start program.
    pub unchanged: bool,
}

impl Progress {
    pub fn new(lesson: &Lesson) -> Progress {
        Progress {
            done: vec![false; lesson.goals.len()],
            hints: 0,
            chosen: vec![None; lesson.goals.len()],
            explained: false,
        }
    }

    pub fn complete(&self) -> bool {
        self.done.iter().all(|d| *d)
    }

    /// Marks every goal the evidence meets; true if any became met.
    pub fn check(&mut self, lesson: &Lesson, e: &Evidence<'_>) -> bool {
        let mut changed = false;
        for (i, goal) in lesson.goals.iter().enumerate() {
            if self.done.get(i) != Some(&false) {
                continue;
            }
            let met = match goal {
                Goal::Reach {
                    expect, matches, ..
                } => e.outcome.is_some_and(|o| meets(*expect, matches, o)),
                Goal::Explore {
                    expect, matches, ..
                } => e.explored.is_some_and(|r| {
                    r.outcomes
                        .iter()
                        .any(|o| meets(*expect, matches, &o.example))
                }),
                Goal::Verify {
                    fail_on_leak,
                    stdout,
                    ..
                } => {
                    !e.unchanged
                        && e.verified
                            .is_some_and(|r| verified(r, *fail_on_leak, *stdout))
                }
                Goal::Choose { answer, .. } => self.chosen.get(i) == Some(&Some(*answer)),
            };
            if met {
                self.done[i] = true;
                changed = true;
            }
        }
        changed
    }

    /// The stored form: `d=101;h=2;c=-1-;e=0`.
    pub fn encode(&self) -> String {
        let done: String = self
            .done
            .iter()
            .map(|d| if *d { '1' } else { '0' })
            .collect();
        let chosen: String = self
            .chosen
            .iter()
            .map(|c| {
                c.and_then(|n| char::from_digit(n as u32, 10))
                    .unwrap_or('-')
            })
            .collect();
        format!(
            "d={done};h={};c={chosen};e={}",
            self.hints,
            u8::from(self.explained)
        )
    }

    /// Reads the stored form back for `lesson`; `None` if it does not fit.
    /// Lengths are counted in characters: a damaged value such as `d=-\u{fffd}`
    /// has as many bytes as a lesson has goals but fewer characters, and a
    /// `done` list of the wrong length would make the page index past it.
    pub fn decode(text: &str, lesson: &Lesson) -> Option<Progress> {
        let n = lesson.goals.len();
        let mut p = Progress::new(lesson);
        for part in text.split(';') {
            let (key, value) = part.split_once('=')?;
            match key {
                "d" if value.chars().count() == n
                    && value.chars().all(|c| c == '0' || c == '1') =>
                {
                    p.done = value.chars().map(|c| c == '1').collect();
                }
                "h" => p.hints = value.parse::<usize>().ok()?.min(lesson.hints.len()),
                "c" if value.chars().count() == n
                    && value.chars().all(|c| c == '-' || c.is_ascii_digit()) =>
                {
                    p.chosen = value
                        .chars()
                        .map(|c| c.to_digit(10).map(|d| d as usize))
                        .collect();
                }
                "e" => p.explained = value == "1",
                _ => return None,
            }
        }
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagship() -> &'static Lesson {
        lessons::by_slug("stop-channel-race").unwrap()
    }

    #[test]
    fn progress_round_trips_and_rejects_what_does_not_fit() {
        let l = flagship();
        let mut p = Progress::new(l);
        p.done[0] = true;
        p.hints = 2;
        p.chosen[1] = Some(1);
        let text = p.encode();
        assert_eq!(Progress::decode(&text, l), Some(p));
        assert_eq!(Progress::decode("d=1;h=0", l), None);
        assert_eq!(Progress::decode("garbage", l), None);
        assert_eq!(Progress::decode("h=99", l).unwrap().hints, l.hints.len());
    }

    #[test]
    fn a_value_with_as_many_bytes_as_goals_but_fewer_characters_is_refused() {
        // Found by the `lesson` fuzz target: "d=-\u{fffd}" has four bytes,
        // two characters; read back, it gave a lesson of four goals two
        // `done` flags, and marking goal 3 done would have panicked.
        for l in lessons::LESSONS.iter().filter(|l| l.goals.len() == 4) {
            assert_eq!(Progress::decode("d=-\u{fffd}", l), None, "{}", l.slug);
        }
        for l in lessons::LESSONS {
            let n = l.goals.len();
            for text in [
                format!("d={}", "x".repeat(n)),
                format!("c={}", "é".repeat(n)),
            ] {
                assert_eq!(Progress::decode(&text, l), None, "{text}");
            }
            if let Some(p) = Progress::decode(&format!("d={}", "1".repeat(n)), l) {
                assert_eq!(p.done.len(), n);
            }
        }
    }

    #[test]
    fn the_flagship_panic_meets_the_reach_goal() {
        let l = flagship();
        let build = runtime::build(l.start).unwrap();
        let report =
            explore::Explorer::new(&build, &explore::Options::with_race_detector()).run_all();
        let panic = report
            .outcomes
            .iter()
            .find(|o| o.kind == runtime::machine::OutcomeKind::Panic)
            .unwrap();
        let mut p = Progress::new(l);
        let evidence = Evidence {
            outcome: Some(&panic.example),
            explored: None,
            verified: Some(&report),
            unchanged: true,
        };
        assert!(p.check(l, &evidence));
        assert!(p.done[0]);
        // The start program verifies nothing, and quizzes need answers.
        assert!(!p.complete());
    }
}
