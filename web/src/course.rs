//! The course the page offers: the lessons, and the practice data (phrase
//! bank, write-up templates, interview scenarios). Natively (tests, server
//! rendering) it is the `lessons` crate's compiled-in statics; in the
//! browser it arrives as `course.js` beside the wasm (so the texts do not
//! weigh on the wasm) and is read once into the same values. An entry the
//! module does not describe completely is left out, never a crash.

use lessons::{Bi, Category, Expect, Goal, Lesson, Level, Phrase, Scenario, Template};

/// Every lesson, in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn lessons() -> &'static [Lesson] {
    lessons::LESSONS
}

/// The phrase bank's categories, in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn categories() -> &'static [Category] {
    lessons::CATEGORIES
}

/// Every phrase, category by category.
#[cfg(not(target_arch = "wasm32"))]
pub fn phrases() -> &'static [Phrase] {
    lessons::PHRASES
}

/// The RCA template.
#[cfg(not(target_arch = "wasm32"))]
pub fn rca() -> &'static Template {
    &lessons::RCA
}

/// The review-comment template.
#[cfg(not(target_arch = "wasm32"))]
pub fn review() -> &'static Template {
    &lessons::REVIEW
}

/// The interview scenarios, in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn scenarios() -> &'static [Scenario] {
    lessons::SCENARIOS
}

/// Every lesson, in order.
#[cfg(target_arch = "wasm32")]
pub fn lessons() -> &'static [Lesson] {
    from_js::course().lessons
}

/// The phrase bank's categories, in order.
#[cfg(target_arch = "wasm32")]
pub fn categories() -> &'static [Category] {
    from_js::course().categories
}

/// Every phrase, category by category.
#[cfg(target_arch = "wasm32")]
pub fn phrases() -> &'static [Phrase] {
    from_js::course().phrases
}

/// The RCA template (with no sections if the module lacks it).
#[cfg(target_arch = "wasm32")]
pub fn rca() -> &'static Template {
    &from_js::course().rca
}

/// The review-comment template (with no sections if the module lacks it).
#[cfg(target_arch = "wasm32")]
pub fn review() -> &'static Template {
    &from_js::course().review
}

/// The interview scenarios, in order.
#[cfg(target_arch = "wasm32")]
pub fn scenarios() -> &'static [Scenario] {
    from_js::course().scenarios
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
        expect,
        matches,
        fail_on_leak,
        phrases: &[],
        title: l.title,
        brief: l.summary,
        followup: Bi { en: "", zh: "" },
        start: l.start,
        solution: l.solution,
    })
}

pub fn by_slug(slug: &str) -> Option<&'static Lesson> {
    lessons().iter().find(|l| l.slug == slug)
}

/// Reads `globalThis.dojoCourse` (set by `boot.js` from `course.js`).
/// Strings are leaked into `'static` once: the course lives as long as the
/// page.
#[cfg(target_arch = "wasm32")]
mod from_js {
    use js_sys::{Array, Reflect};
    use lessons::{Bi, Category, Expect, Goal, Lesson, Level, Phrase, Scenario, Section, Template};
    use wasm_bindgen::JsValue;

    /// Everything `course.js` holds.
    pub struct Course {
        pub lessons: &'static [Lesson],
        pub categories: &'static [Category],
        pub phrases: &'static [Phrase],
        pub rca: Template,
        pub review: Template,
        pub scenarios: &'static [Scenario],
    }

    /// The course, read on first use.
    pub fn course() -> &'static Course {
        static COURSE: std::sync::OnceLock<Course> = std::sync::OnceLock::new();
        COURSE.get_or_init(|| {
            let c = get(&js_sys::global(), "dojoCourse");
            Course {
                lessons: complete(&c, "lessons", lesson),
                categories: complete(&c, "categories", |c| {
                    Some(Category {
                        id: text(c, "id")?,
                        title: bi(c, "title")?,
                        description: bi(c, "description")?,
                    })
                }),
                phrases: complete(&c, "phrases", phrase),
                rca: template(&c, "rca"),
                review: template(&c, "review"),
                scenarios: complete(&c, "scenarios", scenario),
            }
        })
    }

    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(v: &JsValue) -> Option<&'static str> {
        Some(Box::leak(v.as_string()?.into_boxed_str()))
    }

    fn text(v: &JsValue, key: &str) -> Option<&'static str> {
        string(&get(v, key))
    }

    fn number(v: &JsValue, key: &str) -> Option<u32> {
        let n = get(v, key).as_f64()?;
        (n >= 0.0 && n < f64::from(u32::MAX)).then_some(n as u32)
    }

    fn bi_of(b: &JsValue) -> Option<Bi> {
        Some(Bi {
            en: text(b, "en")?,
            zh: text(b, "zh")?,
        })
    }

    fn bi(v: &JsValue, key: &str) -> Option<Bi> {
        bi_of(&get(v, key))
    }

    fn array(v: &JsValue, key: &str) -> Option<Array> {
        let list = get(v, key);
        Array::is_array(&list).then(|| Array::from(&list))
    }

    /// A list inside an entry: all of it, or `None` (the entry is
    /// incomplete).
    fn items<T>(
        v: &JsValue,
        key: &str,
        each: impl Fn(&JsValue) -> Option<T>,
    ) -> Option<&'static [T]> {
        let out: Option<Vec<T>> = array(v, key)?.iter().map(|x| each(&x)).collect();
        Some(Box::leak(out?.into_boxed_slice()))
    }

    fn strs(v: &JsValue, key: &str) -> Option<&'static [&'static str]> {
        items(v, key, string)
    }

    /// A list of entries: the complete ones.
    fn complete<T>(v: &JsValue, key: &str, each: impl Fn(&JsValue) -> Option<T>) -> &'static [T] {
        let out: Vec<T> = array(v, key)
            .map(|a| a.iter().filter_map(|x| each(&x)).collect())
            .unwrap_or_default();
        Box::leak(out.into_boxed_slice())
    }

    fn expect(code: &str) -> Option<Expect> {
        Some(match code {
            "exit" => Expect::Exit,
            "leak" => Expect::Leak,
            "panic" => Expect::Panic,
            "fatal" => Expect::Fatal,
            _ => return None,
        })
    }

    fn goal(g: &JsValue) -> Option<Goal> {
        let t = bi(g, "text")?;
        Some(match get(g, "kind").as_string()?.as_str() {
            "reach" => Goal::Reach {
                expect: expect(text(g, "outcome")?)?,
                matches: text(g, "match")?,
                text: t,
            },
            "explore" => Goal::Explore {
                expect: expect(text(g, "outcome")?)?,
                matches: text(g, "match")?,
                text: t,
            },
            "verify" => Goal::Verify {
                fail_on_leak: get(g, "fail_on_leak").as_bool()?,
                stdout: text(g, "stdout"),
                text: t,
            },
            "choose" => Goal::Choose {
                text: t,
                options: items(g, "options", bi_of)?,
                answer: number(g, "answer")? as usize,
                explain: bi(g, "explain")?,
            },
            _ => return None,
        })
    }

    fn lesson(l: &JsValue) -> Option<Lesson> {
        Some(Lesson {
            number: number(l, "number")?,
            folder: text(l, "folder")?,
            slug: text(l, "slug")?,
            level: match get(l, "level").as_string()?.as_str() {
                "beginner" => Level::Beginner,
                "intermediate" => Level::Intermediate,
                _ => Level::Advanced,
            },
            minutes: number(l, "minutes")?,
            tags: strs(l, "tags")?,
            title: bi(l, "title")?,
            summary: bi(l, "summary")?,
            text: bi(l, "text")?,
            start: text(l, "start")?,
            solution: text(l, "solution")?,
            extras: items(l, "extras", |pair| {
                let pair = Array::from(pair);
                Some((string(&pair.get(0))?, string(&pair.get(1))?))
            })?,
            goals: items(l, "goals", goal)?,
            hints: items(l, "hints", bi_of)?,
        })
    }

    fn phrase(p: &JsValue) -> Option<Phrase> {
        Some(Phrase {
            id: text(p, "id")?,
            category: text(p, "category")?,
            text: bi(p, "text")?,
            slots: strs(p, "slots")?,
            when: bi(p, "when")?,
            section: text(p, "section"),
            term: bi(p, "term"),
        })
    }

    /// The template under `kind`, or one with no sections if it is missing
    /// or incomplete; incomplete sections are left out.
    fn template(course: &JsValue, kind: &'static str) -> Template {
        let t = get(course, kind);
        let empty = Bi { en: "", zh: "" };
        match (bi(&t, "title"), bi(&t, "description")) {
            (Some(title), Some(description)) => Template {
                kind,
                title,
                description,
                sections: complete(&t, "sections", |s| {
                    Some(Section {
                        id: text(s, "id")?,
                        title: bi(s, "title")?,
                        body: bi(s, "body")?,
                        guidance: bi(s, "guidance")?,
                        slots: strs(s, "slots")?,
                    })
                }),
            },
            _ => Template {
                kind,
                title: empty,
                description: empty,
                sections: &[],
            },
        }
    }

    fn scenario(s: &JsValue) -> Option<Scenario> {
        Some(Scenario {
            number: number(s, "number")?,
            folder: text(s, "folder")?,
            slug: text(s, "slug")?,
            difficulty: text(s, "difficulty")?,
            expect: expect(text(s, "expect")?)?,
            matches: text(s, "match")?,
            fail_on_leak: get(s, "fail_on_leak").as_bool()?,
            phrases: strs(s, "phrases")?,
            title: bi(s, "title")?,
            brief: bi(s, "brief")?,
            followup: bi(s, "followup")?,
            start: text(s, "start")?,
            solution: text(s, "solution")?,
        })
    }
}
