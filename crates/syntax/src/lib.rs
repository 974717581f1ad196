//! The Go front end: lexer, parser and syntax tree.
//!
//! **The parser never fails.** [`parse`] always returns a tree, with
//! [`ExprKind::Bad`](ast::ExprKind::Bad) / [`StmtKind::Bad`](ast::StmtKind::Bad)
//! where the input made no sense, plus the diagnostics that explain why.
//! The lexer is public because the editor highlights code with the very
//! tokens the parser sees.

#![warn(clippy::unwrap_used)]

pub mod ast;
pub mod atof;
pub mod diagnostic;
pub mod lexer;
pub mod order;
mod parser;
pub mod span;
pub mod token;

pub use diagnostic::{Diagnostic, SyntaxError};
pub use parser::{MAX_NESTING, MAX_TREE_HEIGHT};
pub use span::{LineCol, LineIndex, Span};

/// A parsed file and everything that was wrong with it.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub file: ast::File,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one Go source file. Never panics, whatever the input.
pub fn parse(src: &str) -> Parsed {
    parser::parse_file(src)
}
