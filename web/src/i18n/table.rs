//! Where the string table lives: compiled in natively (`Text::TABLE`, for
//! tests and the server renderer), and in the browser read from
//! `texts.js`, which `cargo xtask dist` writes with the same rows in the
//! same order, so the page's wasm does not carry the text of both
//! languages (see [`crate::data`]).

/// Row `i` of the table: English and Chinese. A row the page could not
/// read shows empty strings, never a crash.
pub fn row(i: usize) -> (&'static str, &'static str) {
    crate::data::texts().get(i).copied().unwrap_or(("", ""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_row_past_the_table_is_empty() {
        assert_eq!(super::row(crate::i18n::Text::ALL.len()), ("", ""));
    }
}
