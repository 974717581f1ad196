//! Compile-time diagnostics shared by the parser and the checker.
//!
//! Each layer has its own closed error enum (the parser's [`SyntaxError`],
//! the checker's type errors); they all render into a [`Diagnostic`], the one
//! shape the CLI, the editor and the golden tests consume.

use crate::span::{LineIndex, Span};
use std::fmt;

/// One message at one place, worded as `go build` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl fmt::Display) -> Diagnostic {
        Diagnostic {
            span,
            message: message.to_string(),
        }
    }

    /// `file.go:LINE:COL: message`, Go's format.
    pub fn render(&self, file: &str, lines: &LineIndex) -> String {
        let lc = lines.line_col(self.span.lo);
        format!("{file}:{}:{}: {}", lc.line, lc.col, self.message)
    }
}

/// What the parser can complain about. Go's compiler phrases nearly every
/// syntax error as `syntax error: unexpected X, expected Y`; the variants keep
/// the pieces so the wording is built in one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// `found` is a token description such as `newline`, `name x`, `literal 1`
    /// or `keyword func`; `expected` what would have fitted, if Go says it.
    Unexpected {
        found: String,
        expected: Option<String>,
    },
    /// Anything with a fixed wording, e.g. `non-declaration statement outside function body`.
    Other(String),
    /// A character that starts no token.
    InvalidChar(char),
    UnterminatedString,
    UnterminatedRawString,
    UnterminatedComment,
    UnterminatedRune,
    /// Escape sequences Go rejects.
    UnknownEscape,
    /// An empty rune literal `''` or one with more than one character.
    BadRune,
    /// A number literal Go rejects, e.g. `0x` or `1e`.
    BadNumber(String),
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyntaxError::Unexpected {
                found,
                expected: Some(e),
            } => {
                write!(f, "syntax error: unexpected {found}, expected {e}")
            }
            SyntaxError::Unexpected {
                found,
                expected: None,
            } => write!(f, "syntax error: unexpected {found}"),
            SyntaxError::Other(text) => write!(f, "syntax error: {text}"),
            SyntaxError::InvalidChar(c) => {
                write!(f, "invalid character {}", crate::lexer::unicode_name(*c))
            }
            SyntaxError::UnterminatedString | SyntaxError::UnterminatedRawString => {
                f.write_str("string not terminated")
            }
            SyntaxError::UnterminatedComment => f.write_str("comment not terminated"),
            SyntaxError::UnterminatedRune => f.write_str("rune literal not terminated"),
            SyntaxError::UnknownEscape => f.write_str("unknown escape"),
            SyntaxError::BadRune => f.write_str("more than one character in rune literal"),
            SyntaxError::BadNumber(text) => f.write_str(text),
        }
    }
}
