//! `prelude/<folder>.js`, one module per prelude package: its Go files,
//! `[[file name, source], …]`. The page loads a package's module when a
//! program first imports it (see [`super::load_packages`]) and installs it
//! with `prelude::install`.

use super::value::{Decoded, Value, decode_items, strings};

/// The module of the package in `folder`, relative to the page.
pub fn module_path(folder: &str) -> String {
    format!("prelude/{folder}.js")
}

/// Every file that decodes. A file left out costs what it declares: a
/// program using it gets compile errors, not a crash.
pub fn decode(v: &Value) -> Decoded<Vec<(String, String)>> {
    let mut errors = Vec::new();
    let files = decode_items(
        v,
        |file| {
            let [name, source] = strings(file)?;
            Ok((name, source))
        },
        &mut errors,
    );
    Decoded {
        value: files,
        errors,
    }
}

/// A package's module value from its `(file name, source)` pairs.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    let file = |(name, source): (&str, &str)| Value::List(vec![name.into(), source.into()]);
    Value::List(files.into_iter().map(file).collect())
}
