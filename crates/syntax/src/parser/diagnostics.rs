//! Turning the raw lexer and parser messages into what `go build` shows.
//!
//! The compiler reports at most one syntax error per line (the first), drops
//! repeats of the same other error on a line, gives up after 10 errors with
//! `too many errors`, and prints what it kept sorted by position.

use crate::diagnostic::Diagnostic;
use crate::span::LineIndex;

/// After this many errors the compiler stops.
const MAX_ERRORS: usize = 10;

/// Merges lexer and parser diagnostics in the order the compiler would have
/// found them and applies its filtering. With a `header_error` (the index of
/// the parser's complaint about the package clause), Go reads no further,
/// so nothing after it is kept.
pub(super) fn finish(
    src: &str,
    mut lexer: Vec<Diagnostic>,
    mut parser: Vec<Diagnostic>,
    header_error: Option<usize>,
) -> Vec<Diagnostic> {
    if let Some(index) = header_error {
        parser.truncate(index + 1);
        let cutoff = parser.last().map_or(0, |d| d.span.lo);
        lexer.retain(|d| d.span.lo <= cutoff);
    }
    let merged = interleave(lexer, parser);

    let lines = LineIndex::new(src);
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last_syntax_line = None;
    let mut last_other: Option<(u32, String)> = None;
    let mut too_many = None;
    for diag in merged {
        let line = lines.line(diag.span.lo);
        if diag.message.starts_with("syntax error") {
            if last_syntax_line == Some(line) {
                continue;
            }
            last_syntax_line = Some(line);
        } else {
            if last_other
                .as_ref()
                .is_some_and(|(l, m)| *l == line && *m == diag.message)
            {
                continue;
            }
            last_other = Some((line, diag.message.clone()));
        }
        let span = diag.span;
        kept.push(diag);
        if kept.len() >= MAX_ERRORS {
            too_many = Some(Diagnostic::new(span, "too many errors"));
            break;
        }
    }
    crate::order::sort_by_u64_key(&mut kept, |d| u64::from(d.span.lo));
    kept.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
    kept.extend(too_many);
    kept
}

/// The compiler's scanner runs just ahead of its parser, so a lexical error
/// is reported before any parser error at a later position.
fn interleave(lexer: Vec<Diagnostic>, parser: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged = Vec::with_capacity(lexer.len() + parser.len());
    let mut lexer = lexer.into_iter().peekable();
    for diag in parser {
        while let Some(lex) = lexer.next_if(|l| l.span.lo <= diag.span.lo) {
            merged.push(lex);
        }
        merged.push(diag);
    }
    merged.extend(lexer);
    merged
}
