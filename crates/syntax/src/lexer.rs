//! Go's lexical grammar, as `cmd/compile`'s scanner implements it.
//!
//! The lexer turns the whole file into tokens up front: the editor colours
//! the very same tokens the parser reads, comments included. It never fails:
//! every problem becomes a diagnostic worded as `go build` words it, and
//! scanning goes on.
//!
//! Semicolons are inserted as the Go spec says: at a newline (or a comment
//! spanning lines, or EOF) right after an identifier, a literal,
//! `break continue fallthrough return`, or `++ -- ) ] }`.

mod decode;
mod literal;

pub use decode::{DecodeError, decode};

use crate::diagnostic::{Diagnostic, SyntaxError};
use crate::span::{Span, offset};
use crate::token::{Token, TokenKind};

/// The tokens of a file (ending with [`TokenKind::Eof`]) and the lexical errors found.
#[derive(Clone, Debug)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits `src` into tokens. Never panics; the last token is always `Eof`.
pub fn lex(src: &str) -> Lexed {
    let mut lexer = Lexer {
        src,
        pos: 0,
        nlsemi: false,
        tokens: Vec::new(),
        diagnostics: Vec::new(),
    };
    lexer.run();
    Lexed {
        tokens: lexer.tokens,
        diagnostics: lexer.diagnostics,
    }
}

const BOM: char = '\u{feff}';

struct Lexer<'src> {
    src: &'src str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Whether a newline here would end a statement, i.e. becomes a `;`.
    nlsemi: bool,
    tokens: Vec<Token>,
    diagnostics: Vec<Diagnostic>,
}

impl Lexer<'_> {
    fn run(&mut self) {
        loop {
            self.skip_blanks();
            let start = self.pos;
            let Some(c) = self.peek() else {
                if self.nlsemi {
                    self.push(TokenKind::AutoSemicolon, start);
                }
                self.push(TokenKind::Eof, start);
                return;
            };
            self.token(c, start);
        }
    }

    /// Skips spaces, tabs, carriage returns, newlines that end no statement,
    /// and the NULs and BOMs Go's scanner drops (after complaining).
    fn skip_blanks(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' | '\r' => self.pos += 1,
                '\n' if !self.nlsemi => self.pos += 1,
                '\0' | BOM => self.stray_char(c),
                _ => return,
            }
        }
    }

    /// Reports a NUL or a BOM where it must not be, and skips it.
    fn stray_char(&mut self, c: char) {
        if c == '\0' {
            self.error_at(self.pos, "invalid NUL character");
        } else if self.pos > 0 {
            self.error_at(self.pos, "invalid BOM in the middle of the file");
        }
        self.pos += c.len_utf8();
    }

    fn token(&mut self, c: char, start: usize) {
        if c == '\n' {
            self.pos += 1;
            self.push(TokenKind::AutoSemicolon, start);
            return;
        }
        if c.is_ascii_alphabetic() || c == '_' || !c.is_ascii() {
            self.ident(start);
            return;
        }
        if c.is_ascii_digit() {
            let kind = self.number(start, false);
            self.push(kind, start);
            return;
        }
        self.pos += 1;
        let kind = match c {
            '"' => self.string(start),
            '`' => self.raw_string(start),
            '\'' => self.rune(start),
            '(' => TokenKind::LParen,
            '[' => TokenKind::LBrack,
            '{' => TokenKind::LBrace,
            ')' => TokenKind::RParen,
            ']' => TokenKind::RBrack,
            '}' => TokenKind::RBrace,
            ',' => TokenKind::Comma,
            ';' => TokenKind::Semicolon,
            ':' => self.pick('=', TokenKind::Define, TokenKind::Colon),
            '.' => self.period(start),
            '/' if self.eat('/') => return self.line_comment(start),
            '/' if self.eat('*') => return self.block_comment(start),
            '+' => self.operator(
                TokenKind::Add,
                TokenKind::AddAssign,
                Some(('+', TokenKind::Inc)),
            ),
            '-' => self.operator(
                TokenKind::Sub,
                TokenKind::SubAssign,
                Some(('-', TokenKind::Dec)),
            ),
            '*' => self.operator(TokenKind::Mul, TokenKind::MulAssign, None),
            '/' => self.operator(TokenKind::Quo, TokenKind::QuoAssign, None),
            '%' => self.operator(TokenKind::Rem, TokenKind::RemAssign, None),
            '^' => self.operator(TokenKind::Xor, TokenKind::XorAssign, None),
            '&' if self.eat('&') => TokenKind::LogAnd,
            '&' if self.eat('^') => self.pick('=', TokenKind::AndNotAssign, TokenKind::AndNot),
            '&' => self.operator(TokenKind::And, TokenKind::AndAssign, None),
            '|' if self.eat('|') => TokenKind::LogOr,
            '|' => self.operator(TokenKind::Or, TokenKind::OrAssign, None),
            '<' if self.eat('-') => TokenKind::Arrow,
            '<' if self.eat('<') => self.pick('=', TokenKind::ShlAssign, TokenKind::Shl),
            '<' => self.pick('=', TokenKind::Leq, TokenKind::Lss),
            '>' if self.eat('>') => self.pick('=', TokenKind::ShrAssign, TokenKind::Shr),
            '>' => self.pick('=', TokenKind::Geq, TokenKind::Gtr),
            '=' => self.pick('=', TokenKind::Eql, TokenKind::Assign),
            '!' => self.pick('=', TokenKind::Neq, TokenKind::Not),
            '~' => TokenKind::Tilde,
            _ => {
                // Go skips the character as if it were not there.
                self.error_at(start, &SyntaxError::InvalidChar(c).to_string());
                self.pos = start + c.len_utf8();
                return self.push_trivia(TokenKind::Invalid, start);
            }
        };
        self.push(kind, start);
    }

    /// An identifier or keyword. Like Go's scanner, any non-ASCII character
    /// is taken into the identifier, with a complaint unless it is a letter.
    fn ident(&mut self, start: usize) {
        let mut first = true;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                if first && c.is_ascii_digit() {
                    break;
                }
            } else if c.is_ascii() {
                break;
            } else if c.is_numeric() {
                if first {
                    let msg = format!("identifier cannot begin with digit {}", unicode_name(c));
                    self.error_at(self.pos, &msg);
                }
            } else if !c.is_alphabetic() {
                let msg = format!("invalid character {} in identifier", unicode_name(c));
                self.error_at(self.pos, &msg);
            }
            first = false;
            self.pos += c.len_utf8();
        }
        let word = &self.src[start..self.pos];
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Ident);
        self.push(kind, start);
    }

    /// `.`, `...`, or a float such as `.5`; `..` is two periods.
    fn period(&mut self, start: usize) -> TokenKind {
        if self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return self.number(start, true);
        }
        if self.src[self.pos..].starts_with("..") {
            self.pos += 2;
            return TokenKind::Ellipsis;
        }
        TokenKind::Period
    }

    /// The operator `op`, its assigning form `op=`, or a doubled form like `++`.
    fn operator(
        &mut self,
        op: TokenKind,
        assign: TokenKind,
        double: Option<(char, TokenKind)>,
    ) -> TokenKind {
        if let Some((c, kind)) = double
            && self.eat(c)
        {
            return kind;
        }
        self.pick('=', assign, op)
    }

    fn line_comment(&mut self, start: usize) {
        let len = self.src[self.pos..]
            .find('\n')
            .unwrap_or(self.src.len() - self.pos);
        self.pos += len;
        self.check_stray_chars(start, self.pos);
        self.push_trivia(TokenKind::LineComment, start);
    }

    /// A `/* */` comment. One spanning lines acts like a newline, so it
    /// ends the statement before it if a newline there would.
    fn block_comment(&mut self, start: usize) {
        match self.src[self.pos..].find("*/") {
            Some(len) => self.pos += len + 2,
            None => {
                self.error_at(start, &SyntaxError::UnterminatedComment.to_string());
                self.pos = self.src.len();
            }
        }
        self.check_stray_chars(start, self.pos);
        if self.nlsemi && self.src[start..self.pos].contains('\n') {
            self.tokens.push(Token {
                kind: TokenKind::AutoSemicolon,
                span: span(start, start),
            });
            self.nlsemi = false;
        }
        self.push_trivia(TokenKind::BlockComment, start);
    }

    /// Comments and literals keep NULs and BOMs in their text, but Go
    /// still reports them.
    fn check_stray_chars(&mut self, lo: usize, hi: usize) {
        for (i, c) in self.src[lo..hi].char_indices() {
            if c == '\0' {
                self.error_at(lo + i, "invalid NUL character");
            } else if c == BOM {
                self.error_at(lo + i, "invalid BOM in the middle of the file");
            }
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    /// Consumes `c` if it is next.
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// `yes` after consuming `c` if it is next, else `no`.
    fn pick(&mut self, c: char, yes: TokenKind, no: TokenKind) -> TokenKind {
        if self.eat(c) { yes } else { no }
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token {
            kind,
            span: span(start, self.pos),
        });
        self.nlsemi = matches!(
            kind,
            TokenKind::Ident
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Imag
                | TokenKind::Rune
                | TokenKind::String
                | TokenKind::RawString
                | TokenKind::Break
                | TokenKind::Continue
                | TokenKind::Fallthrough
                | TokenKind::Return
                | TokenKind::Inc
                | TokenKind::Dec
                | TokenKind::RParen
                | TokenKind::RBrack
                | TokenKind::RBrace
        );
    }

    /// Pushes a token that does not change whether a newline ends the statement.
    fn push_trivia(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token {
            kind,
            span: span(start, self.pos),
        });
    }

    /// Reports an error at the character starting at byte `at`.
    fn error_at(&mut self, at: usize, message: &str) {
        let len = self
            .src
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or(0, char::len_utf8);
        self.diagnostics
            .push(Diagnostic::new(span(at, at + len), message));
    }
}

fn span(lo: usize, hi: usize) -> Span {
    Span::new(offset(lo), offset(hi))
}

/// A character as Go's `%#U` prints it: `U+0040 '@'`, or just `U+00A0`
/// when it is not printable.
pub(crate) fn unicode_name(c: char) -> String {
    if is_printable(c) {
        format!("U+{:04X} '{c}'", u32::from(c))
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

/// An approximation of Go's `strconv.IsPrint`: graphic characters and the
/// ASCII space.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let format_char = matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e000}'..='\u{f8ff}'
    );
    !c.is_control() && !c.is_whitespace() && !format_char
}

/// A character as Go's `%q` prints a rune: `'g'`, `'\n'`, `'\x00'`, `'\u00a0'`.
fn quote_rune(c: char) -> String {
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\u{7}' => "\\a".to_string(),
        '\u{8}' => "\\b".to_string(),
        '\u{c}' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\u{b}' => "\\v".to_string(),
        c if is_printable(c) => c.to_string(),
        c if u32::from(c) < 0x80 => format!("\\x{:02x}", u32::from(c)),
        c if u32::from(c) < 0x10000 => format!("\\u{:04x}", u32::from(c)),
        c => format!("\\U{:08x}", u32::from(c)),
    };
    format!("'{body}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_style_character_names() {
        assert_eq!(unicode_name('@'), "U+0040 '@'");
        assert_eq!(unicode_name('\u{a0}'), "U+00A0");
        assert_eq!(quote_rune('g'), "'g'");
        assert_eq!(quote_rune('\n'), "'\\n'");
        assert_eq!(quote_rune('\0'), "'\\x00'");
    }
}
