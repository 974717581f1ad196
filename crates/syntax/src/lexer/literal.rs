//! Scanning number, string and rune literals, with Go's validity rules.
//!
//! The scanner only finds where a literal ends and whether it is valid;
//! [`super::decode`] computes its value. Each check and message mirrors
//! `cmd/compile`'s scanner so that positions and wording match `go build`.

use super::{Lexer, quote_rune, unicode_name};
use crate::diagnostic::SyntaxError;
use crate::token::TokenKind;

/// What a run of digits contained.
#[derive(Clone, Copy, Default)]
struct Digits {
    any_digit: bool,
    any_separator: bool,
}

impl Digits {
    fn merge(self, other: Digits) -> Digits {
        Digits {
            any_digit: self.any_digit || other.any_digit,
            any_separator: self.any_separator || other.any_separator,
        }
    }
}

/// A number literal's prefix, which fixes its base.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prefix {
    None,
    /// A leading `0`: a legacy octal integer, or a decimal float.
    LegacyOctal,
    Hex,
    Octal,
    Binary,
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

impl Lexer<'_> {
    /// A number starting at `start`. With `seen_point` the lexer has just
    /// consumed the `.` of a literal like `.5`; otherwise it sits on the
    /// first digit.
    pub(super) fn number(&mut self, start: usize, mut seen_point: bool) -> TokenKind {
        let mut ok = true;
        let mut kind = TokenKind::Int;
        let mut base = 10;
        let mut prefix = Prefix::None;
        let mut digits = Digits::default();
        let mut invalid_digit = None;

        if !seen_point {
            if self.eat('0') {
                (base, prefix) = match self.peek().map(|c| c.to_ascii_lowercase()) {
                    Some('x') => (16, Prefix::Hex),
                    Some('o') => (8, Prefix::Octal),
                    Some('b') => (2, Prefix::Binary),
                    _ => (8, Prefix::LegacyOctal),
                };
                if prefix == Prefix::LegacyOctal {
                    digits.any_digit = true;
                } else {
                    self.pos += 1;
                }
            }
            digits = digits.merge(self.digits(start, base, &mut invalid_digit));
            if self.peek() == Some('.') {
                if matches!(prefix, Prefix::Octal | Prefix::Binary) {
                    self.error_at(
                        self.pos,
                        &format!("invalid radix point in {} literal", base_name(base)),
                    );
                    ok = false;
                }
                self.pos += 1;
                seen_point = true;
            }
        }

        if seen_point {
            kind = TokenKind::Float;
            digits = digits.merge(self.digits(start, base, &mut invalid_digit));
        }

        if !digits.any_digit && ok {
            self.error_at(
                self.pos,
                &format!("{} literal has no digits", base_name(base)),
            );
            ok = false;
        }

        if let Some(e) = self.peek().filter(|c| matches!(c, 'e' | 'E' | 'p' | 'P')) {
            if ok {
                let lower = e.to_ascii_lowercase();
                if lower == 'e' && !matches!(prefix, Prefix::None | Prefix::LegacyOctal) {
                    self.error_at(
                        self.pos,
                        &format!("{} exponent requires decimal mantissa", quote_rune(e)),
                    );
                    ok = false;
                } else if lower == 'p' && prefix != Prefix::Hex {
                    self.error_at(
                        self.pos,
                        &format!("{} exponent requires hexadecimal mantissa", quote_rune(e)),
                    );
                    ok = false;
                }
            }
            self.pos += 1;
            kind = TokenKind::Float;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            let exponent = self.digits(start, 10, &mut None);
            digits.any_separator |= exponent.any_separator;
            if !exponent.any_digit && ok {
                self.error_at(self.pos, "exponent has no digits");
                ok = false;
            }
        } else if prefix == Prefix::Hex && kind == TokenKind::Float && ok {
            self.error_at(self.pos, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.eat('i') {
            kind = TokenKind::Imag;
        }

        let text = &self.src[start..self.pos];
        if kind == TokenKind::Int
            && ok
            && let Some(at) = invalid_digit
        {
            let digit = char::from(text.as_bytes().get(at).copied().unwrap_or(b'0'));
            self.error_at(
                start + at,
                &format!(
                    "invalid digit {} in {} literal",
                    quote_rune(digit),
                    base_name(base)
                ),
            );
            ok = false;
        }
        if digits.any_separator
            && ok
            && let Some(at) = invalid_separator(text)
        {
            self.error_at(start + at, "'_' must separate successive digits");
        }
        kind
    }

    /// Consumes `{ digit | '_' }`. Below base 10 any decimal digit is taken,
    /// and the first one too big for the base is remembered (as an offset
    /// from `start`) so the error can point at it.
    fn digits(&mut self, start: usize, base: u32, invalid: &mut Option<usize>) -> Digits {
        let mut found = Digits::default();
        while let Some(c) = self.peek() {
            if c == '_' {
                found.any_separator = true;
            } else if base <= 10 && c.is_ascii_digit() {
                found.any_digit = true;
                if c.to_digit(10).is_some_and(|d| d >= base) && invalid.is_none() {
                    *invalid = Some(self.pos - start);
                }
            } else if base == 16 && c.is_ascii_hexdigit() {
                found.any_digit = true;
            } else {
                break;
            }
            self.pos += 1;
        }
        found
    }

    /// An interpreted string; the opening `"` is consumed.
    pub(super) fn string(&mut self, start: usize) -> TokenKind {
        loop {
            match self.peek() {
                None => {
                    self.error_at(start, &SyntaxError::UnterminatedString.to_string());
                    break;
                }
                Some('"') => {
                    self.pos += 1;
                    break;
                }
                Some('\\') => {
                    self.pos += 1;
                    self.escape('"');
                }
                Some('\n') => {
                    self.error_at(self.pos, "newline in string");
                    break;
                }
                Some(c) => self.literal_char(c),
            }
        }
        TokenKind::String
    }

    /// A raw string; the opening `` ` `` is consumed.
    pub(super) fn raw_string(&mut self, start: usize) -> TokenKind {
        let body_start = self.pos;
        match self.src[self.pos..].find('`') {
            Some(len) => self.pos += len + 1,
            None => {
                self.error_at(start, &SyntaxError::UnterminatedString.to_string());
                self.pos = self.src.len();
            }
        }
        self.check_stray_chars(body_start, self.pos);
        TokenKind::RawString
    }

    /// A rune literal; the opening `'` is consumed.
    pub(super) fn rune(&mut self, start: usize) -> TokenKind {
        let mut ok = true;
        let mut chars = 0;
        loop {
            match self.peek() {
                Some('\'') => {
                    if ok && chars == 0 {
                        self.error_at(self.pos, "empty rune literal or unescaped '");
                    } else if ok && chars != 1 {
                        self.error_at(start, &SyntaxError::BadRune.to_string());
                    }
                    self.pos += 1;
                    break;
                }
                Some('\\') => {
                    self.pos += 1;
                    ok &= self.escape('\'');
                }
                Some('\n') => {
                    if ok {
                        self.error_at(self.pos, "newline in rune literal");
                    }
                    break;
                }
                None => {
                    if ok {
                        self.error_at(start, &SyntaxError::UnterminatedRune.to_string());
                    }
                    break;
                }
                Some(c) => self.literal_char(c),
            }
            chars += 1;
        }
        TokenKind::Rune
    }

    /// Consumes one ordinary character of a string or rune literal.
    fn literal_char(&mut self, c: char) {
        if c == '\0' || c == super::BOM {
            self.check_stray_chars(self.pos, self.pos + c.len_utf8());
        }
        self.pos += c.len_utf8();
    }

    /// Checks the escape after a backslash (already consumed) inside a
    /// literal quoted with `quote`. Returns whether it was valid; at EOF it
    /// says yes and lets the caller report the unterminated literal.
    fn escape(&mut self, quote: char) -> bool {
        let (len, base, max) = match self.peek() {
            None => return true,
            Some(c)
                if c == quote || matches!(c, 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\') =>
            {
                self.pos += 1;
                return true;
            }
            Some('0'..='7') => (3, 8, 255),
            Some('x') => (2, 16, 255),
            Some('u') => (4, 16, 0x10_ffff),
            Some('U') => (8, 16, 0x10_ffff),
            Some(_) => {
                self.error_at(self.pos, &SyntaxError::UnknownEscape.to_string());
                return false;
            }
        };
        if base == 16 {
            self.pos += 1;
        }
        let mut value: u32 = 0;
        for _ in 0..len {
            let Some(c) = self.peek() else { return true };
            let digit = c.to_digit(16).filter(|&d| d < base);
            let Some(digit) = digit else {
                let msg = format!(
                    "invalid character {} in {} escape",
                    quote_rune(c),
                    base_name(base)
                );
                self.error_at(self.pos, &msg);
                return false;
            };
            value = value * base + digit;
            self.pos += 1;
        }
        if value > max && base == 8 {
            self.error_at(self.pos, &format!("octal escape value {value} > 255"));
            return false;
        }
        if value > max || (0xd800..0xe000).contains(&value) {
            let name = char::from_u32(value).map_or_else(|| format!("U+{value:04X}"), unicode_name);
            self.error_at(
                self.pos,
                &format!("escape is invalid Unicode code point {name}"),
            );
            return false;
        }
        true
    }
}

/// The offset of the first `_` in a number literal that does not separate
/// two digits (a base prefix counts as a digit), as Go checks it.
fn invalid_separator(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut hex = false;
    // What the previous character was: a digit, a separator or anything else.
    #[derive(Clone, Copy, PartialEq)]
    enum Prev {
        Digit,
        Separator,
        Other,
    }
    let mut prev = Prev::Other;
    let mut i = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let x = bytes[1].to_ascii_lowercase();
        if matches!(x, b'x' | b'o' | b'b') {
            hex = x == b'x';
            prev = Prev::Digit;
            i = 2;
        }
    }
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'_' {
            if prev != Prev::Digit {
                return Some(i);
            }
            prev = Prev::Separator;
        } else if b.is_ascii_digit() || (hex && b.is_ascii_hexdigit()) {
            prev = Prev::Digit;
        } else {
            if prev == Prev::Separator {
                return Some(i - 1);
            }
            prev = Prev::Other;
        }
        i += 1;
    }
    (prev == Prev::Separator).then(|| bytes.len() - 1)
}
