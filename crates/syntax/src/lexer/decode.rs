//! The values of literal tokens.
//!
//! Decoding trusts nothing: it re-checks what it reads and answers
//! [`DecodeError::Malformed`] for any literal the lexer already complained
//! about, so the parser can turn it into a `Bad` node without a second message.

use crate::ast::Lit;
use crate::token::TokenKind;

/// Why a literal has no [`Lit`] value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not a valid literal of that kind (the lexer has said why).
    Malformed,
    /// An imaginary literal such as `2i`: complex numbers are not supported.
    Imaginary,
    /// An integer beyond 128 bits, or a float beyond `f64`'s range.
    Overflow,
}

/// The value of a literal token of kind `kind` spelled `text`.
pub fn decode(kind: TokenKind, text: &str) -> Result<Lit, DecodeError> {
    match kind {
        TokenKind::Int => decode_int(text).map(Lit::Int),
        TokenKind::Float => decode_float(text).map(Lit::Float),
        TokenKind::Imag => Err(DecodeError::Imaginary),
        TokenKind::Rune => decode_rune(text).map(Lit::Rune),
        TokenKind::String => decode_string(text).map(Lit::Str),
        TokenKind::RawString => decode_raw_string(text).map(Lit::Str),
        _ => Err(DecodeError::Malformed),
    }
}

/// Splits a base prefix off an integer literal: `0x1F` gives `(16, "1F")`.
fn split_base(text: &str) -> (u32, &str) {
    let bytes = text.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'0' {
        match bytes[1].to_ascii_lowercase() {
            b'x' => return (16, &text[2..]),
            b'o' => return (8, &text[2..]),
            b'b' => return (2, &text[2..]),
            _ => return (8, &text[1..]),
        }
    }
    (10, text)
}

fn decode_int(text: &str) -> Result<i128, DecodeError> {
    let (base, digits) = split_base(text);
    let mut value: i128 = 0;
    let mut any = false;
    for c in digits.chars().filter(|&c| c != '_') {
        let digit = c.to_digit(base).ok_or(DecodeError::Malformed)?;
        value = value
            .checked_mul(i128::from(base))
            .and_then(|v| v.checked_add(i128::from(digit)))
            .ok_or(DecodeError::Overflow)?;
        any = true;
    }
    if any || text == "0" {
        Ok(value)
    } else {
        Err(DecodeError::Malformed)
    }
}

fn decode_float(text: &str) -> Result<f64, DecodeError> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let value = if clean.starts_with("0x") || clean.starts_with("0X") {
        decode_hex_float(&clean[2..])?
    } else {
        if !clean
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return Err(DecodeError::Malformed);
        }
        crate::atof::parse(&clean, 64).ok_or(DecodeError::Malformed)?
    };
    if value.is_finite() {
        Ok(value)
    } else {
        Err(DecodeError::Overflow)
    }
}

/// `1.8p3` (after `0x`): a hex mantissa scaled by a power of two.
fn decode_hex_float(text: &str) -> Result<f64, DecodeError> {
    let (mantissa, exponent) = text.split_once(['p', 'P']).ok_or(DecodeError::Malformed)?;
    let exponent: i64 = exponent.parse().map_err(|_| DecodeError::Malformed)?;
    let mut bits: u64 = 0;
    // Binary exponent adjustment for fraction digits and for digits that
    // did not fit in 64 bits.
    let mut scale: i64 = 0;
    let mut seen_point = false;
    let mut any = false;
    for c in mantissa.chars() {
        if c == '.' {
            seen_point = true;
            continue;
        }
        let digit = c.to_digit(16).ok_or(DecodeError::Malformed)?;
        any = true;
        if bits >> 60 == 0 {
            bits = bits << 4 | u64::from(digit);
            if seen_point {
                scale -= 4;
            }
        } else if !seen_point {
            scale += 4;
        }
    }
    if !any {
        return Err(DecodeError::Malformed);
    }
    let power = (exponent.saturating_add(scale)).clamp(-2000, 2000);
    // Lossless for power-of-two scaling; split so that 2^power never
    // overflows on its own.
    let half = i32::try_from(power / 2).unwrap_or(0);
    let rest = i32::try_from(power - power / 2).unwrap_or(0);
    Ok(bits as f64 * 2f64.powi(half) * 2f64.powi(rest))
}

/// The body of a quoted literal: the text between its quotes.
fn quoted_body(text: &str, quote: char) -> Result<&str, DecodeError> {
    text.strip_prefix(quote)
        .and_then(|t| t.strip_suffix(quote))
        .ok_or(DecodeError::Malformed)
}

fn decode_rune(text: &str) -> Result<i32, DecodeError> {
    let body = quoted_body(text, '\'')?;
    let mut chars = body.chars();
    let value = match chars.next() {
        Some('\\') => match read_escape(&mut chars, '\'')? {
            Unit::Byte(b) => u32::from(b),
            Unit::Char(c) => u32::from(c),
        },
        Some(c) => u32::from(c),
        None => return Err(DecodeError::Malformed),
    };
    if chars.next().is_some() {
        return Err(DecodeError::Malformed);
    }
    i32::try_from(value).map_err(|_| DecodeError::Malformed)
}

fn decode_string(text: &str) -> Result<Vec<u8>, DecodeError> {
    let body = quoted_body(text, '"')?;
    let mut bytes = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        let unit = if c == '\\' {
            read_escape(&mut chars, '"')?
        } else {
            Unit::Char(c)
        };
        match unit {
            Unit::Byte(b) => bytes.push(b),
            Unit::Char(c) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Ok(bytes)
}

/// Raw strings keep everything but carriage returns, as the spec says.
fn decode_raw_string(text: &str) -> Result<Vec<u8>, DecodeError> {
    let body = quoted_body(text, '`')?;
    Ok(body.bytes().filter(|&b| b != b'\r').collect())
}

/// What one escape sequence stands for: `\xff` and `\377` are single
/// bytes, everything else a character (UTF-8 encoded in strings).
enum Unit {
    Byte(u8),
    Char(char),
}

/// Reads the escape after a backslash.
fn read_escape(chars: &mut std::str::Chars<'_>, quote: char) -> Result<Unit, DecodeError> {
    let c = chars.next().ok_or(DecodeError::Malformed)?;
    let simple = match c {
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\u{b}'),
        '\\' => Some('\\'),
        c if c == quote => Some(c),
        _ => None,
    };
    if let Some(c) = simple {
        return Ok(Unit::Char(c));
    }
    let (len, base) = match c {
        '0'..='7' => (2, 8),
        'x' => (2, 16),
        'u' => (4, 16),
        'U' => (8, 16),
        _ => return Err(DecodeError::Malformed),
    };
    let mut value = if base == 8 {
        c.to_digit(8).ok_or(DecodeError::Malformed)?
    } else {
        0
    };
    for _ in 0..len {
        let digit = chars
            .next()
            .and_then(|d| d.to_digit(base))
            .ok_or(DecodeError::Malformed)?;
        value = value * base + digit;
    }
    match c {
        'u' | 'U' => char::from_u32(value)
            .map(Unit::Char)
            .ok_or(DecodeError::Malformed),
        _ => u8::try_from(value)
            .map(Unit::Byte)
            .map_err(|_| DecodeError::Malformed),
    }
}
