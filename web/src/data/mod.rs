//! The data the page hands the wasm, defined once. The wasm does not
//! carry the course, the string table, the example programs or the
//! prelude's Go sources (they would not fit its size budget): `cargo
//! xtask dist` writes each as a JavaScript module beside it, from the
//! same statics native builds compile in, and `boot.js` hands them over.
//!
//! Every payload passes through one small [`Value`] model: the writer
//! (native, `text.rs`) writes values as module text, the browser reads
//! the modules' exports into values (`js.rs`, the only code touching
//! JavaScript for this), the tests parse the text back (`text.rs`), and
//! one typed decoder per payload turns values into the page's types,
//! in every build. A value the decoder does not expect (a missing or
//! unknown key, a wrong type, an unknown code) is a [`DataError`] naming
//! its path, never a default. The tests see every such error. The page
//! never crashes on one: it leaves the broken entry out (a lesson, a
//! phrase, a prelude file), or empties it where others depend on its place
//! (a row of the string table, an example's text, a write-up template),
//! and logs the error on the console (see `js.rs`).

pub mod course;
#[cfg(target_arch = "wasm32")]
mod js;
pub mod prelude;
pub mod programs;
#[cfg(test)]
mod tests;
#[cfg(not(target_arch = "wasm32"))]
pub mod text;
pub mod texts;
mod value;

pub use course::Course;
pub use value::{DataError, Decoded, Problem, Value};

/// Each payload's name: its module is `<name>.js`.
const COURSE: &str = "course";
const TEXTS: &str = "texts";
const PROGRAMS: &str = "programs";
const PRELUDE: &str = "prelude";

/// The course: natively the `lessons` crate's statics, in the browser
/// `course.js`, read on first use.
pub fn course() -> &'static Course {
    static READ: std::sync::OnceLock<Course> = std::sync::OnceLock::new();
    #[cfg(not(target_arch = "wasm32"))]
    let read = Course::compiled;
    #[cfg(target_arch = "wasm32")]
    let read = || js::read(COURSE, course::decode);
    READ.get_or_init(read)
}

/// The string table, English and Chinese, in the order of
/// [`crate::i18n::Text`].
#[cfg(not(target_arch = "wasm32"))]
pub fn texts() -> &'static [(&'static str, &'static str)] {
    crate::i18n::Text::TABLE
}

/// The string table, from `texts.js`, read on first use.
#[cfg(target_arch = "wasm32")]
pub fn texts() -> &'static [(&'static str, &'static str)] {
    static READ: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    READ.get_or_init(|| js::read(TEXTS, texts::decode))
}

/// Every example program's text by id, in the order of
/// [`crate::programs::PROGRAMS`].
#[cfg(not(target_arch = "wasm32"))]
pub fn program_sources() -> &'static [(&'static str, &'static str)] {
    crate::programs::SOURCES
}

/// The example programs' text, from `programs.js`, read on first use.
#[cfg(target_arch = "wasm32")]
pub fn program_sources() -> &'static [(&'static str, &'static str)] {
    static READ: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    READ.get_or_init(|| js::read(PROGRAMS, programs::decode))
}

/// The prelude's files, `(folder, file name, source)`, from `prelude.js`
/// for `prelude::install` (native builds compile them in).
#[cfg(target_arch = "wasm32")]
pub fn prelude() -> Vec<(String, String, String)> {
    js::read(PRELUDE, prelude::decode)
}

/// Every data module `cargo xtask dist` writes beside the wasm, as (file
/// name, text).
#[cfg(not(target_arch = "wasm32"))]
pub fn modules() -> [(String, String); 4] {
    let module =
        |name: &str, from: &str, value: Value| (format!("{name}.js"), text::module(from, &value));
    let course = course::encode::course(&Course::compiled());
    [
        module(COURSE, "lessons/", course),
        module(
            TEXTS,
            "web/src/i18n/texts.rs",
            texts::encode(crate::i18n::Text::TABLE),
        ),
        module(
            PROGRAMS,
            "web/src/programs.rs",
            programs::encode(crate::programs::SOURCES),
        ),
        module(
            PRELUDE,
            "crates/prelude/go",
            prelude::encode(::prelude::FILES),
        ),
    ]
}
