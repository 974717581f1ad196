//! `texts.js`: the page's string table, `[[English, Chinese], …]` in the
//! order of [`Text`], which is how the page finds a row.

use super::value::{DataError, Decoded, Problem, Value, items, leak, strings};
use crate::i18n::Text;

/// A row that does not decode stays in its place as two empty strings,
/// so every other text keeps its row; a table of the wrong length is an
/// error too, as the rows past a missing one would be the wrong texts.
pub fn decode(v: &Value) -> Decoded<Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let rows = items(v).map_err(|e| errors.push(e)).unwrap_or_default();
    if rows.len() != Text::ALL.len() {
        errors.push(DataError::new(Problem::Length {
            want: Text::ALL.len(),
            found: rows.len(),
        }));
    }
    let mut table = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        table.push(match strings(row) {
            Ok([en, zh]) => (leak(en), leak(zh)),
            Err(mut e) => {
                e.in_index(i);
                errors.push(e);
                ("", "")
            }
        });
    }
    Decoded {
        value: table,
        errors,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn encode(table: &[(&str, &str)]) -> Value {
    let row = |&(en, zh): &(&str, &str)| Value::List(vec![en.into(), zh.into()]);
    Value::List(table.iter().map(row).collect())
}
