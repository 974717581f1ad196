//! `lesson/<folder>.js`, one module per lesson: its text in both
//! languages, `{"en": …, "zh": …}`. The texts are most of the course's
//! bytes and a learner reads one lesson at a time, so `course.js` carries
//! every lesson but its text: the first screen downloads one text (the
//! page preloads lesson 1's), and a lesson's module is loaded when it is
//! opened (see [`super::load_lesson_text`]).

use super::value::{Decoded, Value};
use lessons::Bi;

/// The module of the lesson in `folder`, relative to the page.
pub fn module_path(folder: &str) -> String {
    format!("lesson/{folder}.js")
}

/// The text, or empty texts with the error when it does not decode.
pub fn decode(v: &Value) -> Decoded<Bi> {
    match super::course::bi(v) {
        Ok(b) => Decoded {
            value: b,
            errors: Vec::new(),
        },
        Err(e) => Decoded {
            value: Bi { en: "", zh: "" },
            errors: vec![e],
        },
    }
}

/// A lesson's module value.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(text: &Bi) -> Value {
    Value::Record(vec![
        ("en".into(), text.en.into()),
        ("zh".into(), text.zh.into()),
    ])
}
