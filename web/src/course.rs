//! The course the page offers: the lessons, and the practice data (phrase
//! bank, write-up templates, interview scenarios). Natively (tests, server
//! rendering) it is the `lessons` crate's compiled-in statics; in the
//! browser it arrives as `course.js` beside the wasm (so the texts do not
//! weigh on the wasm) and is read once into the same values (see
//! [`crate::data`], which also says what becomes of a damaged entry).

use lessons::{Bi, Category, Expect, Goal, Lesson, Level, Phrase, Scenario, Task, Template};

/// Every lesson, in order.
pub fn lessons() -> &'static [Lesson] {
    crate::data::course().lessons
}

/// The phrase bank's categories, in order.
pub fn categories() -> &'static [Category] {
    crate::data::course().categories
}

/// Every phrase, category by category.
pub fn phrases() -> &'static [Phrase] {
    crate::data::course().phrases
}

/// The RCA template (with no sections if the course module lacks it).
pub fn rca() -> &'static Template {
    &crate::data::course().rca
}

/// The review-comment template (with no sections if the course module
/// lacks it).
pub fn review() -> &'static Template {
    &crate::data::course().review
}

/// The interview scenarios, in order.
pub fn scenarios() -> &'static [Scenario] {
    crate::data::course().scenarios
}

/// How a lesson's scenario slug starts.
pub const LESSON_SCENARIO: &str = "lesson-";

/// What an interview can be about: the scenarios written for interviews,
/// then every course lesson with a bug to find (a failing outcome to reach
/// or explore, and a fix to verify), as a scenario of its own.
pub fn interview_pool() -> &'static [Scenario] {
    static POOL: std::sync::OnceLock<&'static [Scenario]> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let from_lessons = lessons().iter().filter_map(lesson_scenario);
        let all: Vec<Scenario> = scenarios().iter().copied().chain(from_lessons).collect();
        Box::leak(all.into_boxed_slice())
    })
}

/// A bug lesson as an interview scenario: its summary is the report, its
/// level the difficulty. Its program gets a name of its own, so edits made
/// in an interview are not stored as the lesson's.
fn lesson_scenario(l: &'static Lesson) -> Option<Scenario> {
    let (expect, matches) = l.goals.iter().find_map(|g| match *g {
        Goal::Reach {
            expect, matches, ..
        }
        | Goal::Explore {
            expect, matches, ..
        } if expect != Expect::Exit => Some((expect, matches)),
        _ => None,
    })?;
    let fail_on_leak = l.goals.iter().find_map(|g| match *g {
        Goal::Verify { fail_on_leak, .. } => Some(fail_on_leak),
        _ => None,
    })?;
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    Some(Scenario {
        number: l.number,
        folder: leak(format!("interview-{}", l.folder)),
        slug: leak(format!("{LESSON_SCENARIO}{}", l.slug)),
        difficulty: match l.level {
            Level::Beginner => "easy",
            Level::Intermediate => "medium",
            Level::Advanced => "hard",
        },
        task: Task::Fix { expect, matches },
        fail_on_leak,
        phrases: &[],
        title: l.title,
        brief: l.summary,
        followup: Bi { en: "", zh: "" },
        answer: Bi { en: "", zh: "" },
        rubric: &[],
        start: l.start,
        solution: l.solution,
    })
}

pub fn by_slug(slug: &str) -> Option<&'static Lesson> {
    lessons().iter().find(|l| l.slug == slug)
}
