//! `programs.js`: the example programs' text, `{id: source, …}`, one key
//! for each of [`PROGRAMS`] and no other.

use super::value::{Decoded, Fields, Value};
use crate::programs::PROGRAMS;

/// `(id, source)` in the order of [`PROGRAMS`]; an example whose text is
/// missing or damaged gets an empty one (the editor then says what is
/// wrong with an empty program, and the page goes on).
pub fn decode(v: &Value) -> Decoded<Vec<(&'static str, &'static str)>> {
    let mut f = Fields::of(v);
    let sources = PROGRAMS.iter().map(|p| (p.id, f.text(p.id))).collect();
    f.finish(sources)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn encode(sources: &[(&str, &str)]) -> Value {
    let field = |&(id, source): &(&str, &str)| (id.to_string(), source.into());
    Value::Record(sources.iter().map(field).collect())
}
