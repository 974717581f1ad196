//! The course the page offers. Natively (tests, server rendering) it is
//! the `lessons` crate's compiled-in statics; in the browser it arrives as
//! `course.js` beside the wasm (so the texts do not weigh on the wasm) and
//! is read once into the same [`Lesson`] values. A lesson the module does
//! not describe completely is left out, never a crash.

use lessons::Lesson;

/// Every lesson, in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn lessons() -> &'static [Lesson] {
    lessons::LESSONS
}

/// Every lesson, in order.
#[cfg(target_arch = "wasm32")]
pub fn lessons() -> &'static [Lesson] {
    static COURSE: std::sync::OnceLock<&'static [Lesson]> = std::sync::OnceLock::new();
    COURSE.get_or_init(|| Box::leak(from_js::read().into_boxed_slice()))
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
    use lessons::{Bi, Expect, Goal, Lesson, Level};
    use wasm_bindgen::JsValue;

    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn text(v: &JsValue, key: &str) -> Option<&'static str> {
        Some(Box::leak(get(v, key).as_string()?.into_boxed_str()))
    }

    fn number(v: &JsValue, key: &str) -> Option<u32> {
        let n = get(v, key).as_f64()?;
        (n >= 0.0 && n < f64::from(u32::MAX)).then_some(n as u32)
    }

    fn bi(v: &JsValue, key: &str) -> Option<Bi> {
        let b = get(v, key);
        Some(Bi {
            en: text(&b, "en")?,
            zh: text(&b, "zh")?,
        })
    }

    fn items<T>(
        v: &JsValue,
        key: &str,
        each: impl Fn(&JsValue) -> Option<T>,
    ) -> Option<&'static [T]> {
        let list = get(v, key);
        if !Array::is_array(&list) {
            return None;
        }
        let out: Option<Vec<T>> = Array::from(&list).iter().map(|x| each(&x)).collect();
        Some(Box::leak(out?.into_boxed_slice()))
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
                options: items(g, "options", |o| {
                    Some(Bi {
                        en: text(o, "en")?,
                        zh: text(o, "zh")?,
                    })
                })?,
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
            tags: items(l, "tags", |t| {
                Some(&*Box::leak(t.as_string()?.into_boxed_str()))
            })?,
            title: bi(l, "title")?,
            summary: bi(l, "summary")?,
            text: bi(l, "text")?,
            start: text(l, "start")?,
            solution: text(l, "solution")?,
            extras: items(l, "extras", |pair| {
                let pair = Array::from(pair);
                Some((
                    &*Box::leak(pair.get(0).as_string()?.into_boxed_str()),
                    &*Box::leak(pair.get(1).as_string()?.into_boxed_str()),
                ))
            })?,
            goals: items(l, "goals", goal)?,
            hints: items(l, "hints", |h| {
                Some(Bi {
                    en: text(h, "en")?,
                    zh: text(h, "zh")?,
                })
            })?,
        })
    }

    pub fn read() -> Vec<Lesson> {
        let course = get(&js_sys::global(), "dojoCourse");
        if !Array::is_array(&course) {
            return Vec::new();
        }
        Array::from(&course)
            .iter()
            .filter_map(|l| lesson(&l))
            .collect()
    }
}
