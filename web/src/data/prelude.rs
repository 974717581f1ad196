//! `prelude.js`: the Go sources of the standard-library prelude,
//! `[[folder, file name, source], …]`, which the page hands the engine
//! once at start (`prelude::install`).

use super::value::{Decoded, Value, decode_items, strings};

/// Every file that decodes. A file left out costs its package: a program
/// importing it is told the package is not supported, not a crash.
pub fn decode(v: &Value) -> Decoded<Vec<(String, String, String)>> {
    let mut errors = Vec::new();
    let files = decode_items(
        v,
        |file| {
            let [folder, name, source] = strings(file)?;
            Ok((folder, name, source))
        },
        &mut errors,
    );
    Decoded {
        value: files,
        errors,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn encode(files: &[(&str, &str, &str)]) -> Value {
    let file = |&(folder, name, source): &(&str, &str, &str)| {
        Value::List(vec![folder.into(), name.into(), source.into()])
    };
    Value::List(files.iter().map(file).collect())
}
