//! The data the page hands the wasm, defined once. The wasm does not
//! carry the course, the string table, the example programs or the
//! prelude's Go sources (they would not fit its size budget): `cargo
//! xtask dist` writes each as a JavaScript module beside it, from the
//! same statics native builds compile in. `boot.js` hands the first three
//! over at start; a prelude package's module is loaded when a program
//! first imports it.
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
pub mod lesson_text;
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

/// Loads the modules of the prelude packages in `folders` (in parallel)
/// and installs each with `prelude::install`, then calls `done` with the
/// folders that could not be loaded (none, normally; offline on a first
/// visit, some).
#[cfg(target_arch = "wasm32")]
pub fn load_packages(folders: &[&'static str], done: impl FnOnce(Vec<&'static str>) + 'static) {
    js::load_all(folders, done);
}

/// A lesson's text: natively the compiled-in one; in the browser the one
/// its module brought (`None` until [`load_lesson_text`] has it, and
/// after a failed load empty texts).
#[cfg(not(target_arch = "wasm32"))]
pub fn lesson_text(lesson: &lessons::Lesson) -> Option<lessons::Bi> {
    Some(lesson.text)
}

#[cfg(target_arch = "wasm32")]
pub fn lesson_text(lesson: &lessons::Lesson) -> Option<lessons::Bi> {
    js::lesson_text(lesson.folder)
}

/// Loads the text of the lesson in `folder` from its module, then calls
/// `done` (whether it loaded or not: [`lesson_text`] says).
#[cfg(target_arch = "wasm32")]
pub fn load_lesson_text(folder: &'static str, done: impl FnOnce() + 'static) {
    js::load_lesson_text(folder, done);
}

/// What a newcomer's first screen (lesson 1) needs beside `course.js`:
/// the lesson's text and the prelude modules of the packages its start
/// program imports. `cargo xtask dist` has the page preload them, so they
/// come in beside the wasm rather than after it.
#[cfg(not(target_arch = "wasm32"))]
pub fn opening_modules() -> Vec<String> {
    let Some(first) = crate::course::lessons().first() else {
        return Vec::new();
    };
    let parsed = syntax::parse(first.start);
    let mut folders = ::prelude::needed(parsed.file.imports.iter().map(|i| i.path.as_str()));
    folders.sort_unstable();
    std::iter::once(lesson_text::module_path(first.folder))
        .chain(folders.into_iter().map(prelude::module_path))
        .collect()
}

/// Every data module `cargo xtask dist` writes beside the wasm, as (path,
/// text): the course, the string table, the example programs, one module
/// per lesson's text and one per prelude package.
#[cfg(not(target_arch = "wasm32"))]
pub fn modules() -> Vec<(String, String)> {
    let module =
        |name: &str, from: &str, value: Value| (format!("{name}.js"), text::module(from, &value));
    let course = course::encode::course(&Course::compiled());
    let mut modules = vec![
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
    ];
    for lesson in Course::compiled().lessons {
        let from = format!("lessons/{}", lesson.folder);
        let text = text::module(&from, &lesson_text::encode(&lesson.text));
        modules.push((lesson_text::module_path(lesson.folder), text));
    }
    for folder in ::prelude::folders() {
        let files = ::prelude::FILES
            .iter()
            .filter(|(pkg, _, _)| *pkg == folder)
            .map(|&(_, name, source)| (name, source));
        let from = format!("crates/prelude/go/{folder}");
        let text = text::module(&from, &prelude::encode(files));
        modules.push((prelude::module_path(folder), text));
    }
    modules
}
