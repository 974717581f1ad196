//! UTF-8 decoding with Go's rules and `strconv`-style quoting.

use super::print_table::{PRINT_BOUNDS_16, PRINT_BOUNDS_32};

/// U+FFFD, what Go decodes an invalid byte to.
pub(crate) const RUNE_ERROR: u32 = 0xFFFD;
pub(crate) const MAX_RUNE: u32 = 0x10FFFF;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Decodes the first rune of `b` as Go's `utf8.DecodeRune` does: any invalid
/// or truncated sequence is `(RUNE_ERROR, 1)`; empty input is `(RUNE_ERROR, 0)`.
pub(crate) fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&first) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    let len = match first {
        0x00..=0x7F => return (u32::from(first), 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (RUNE_ERROR, 1),
    };
    match b.get(..len).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next().map_or(RUNE_ERROR, u32::from), len),
        _ => (RUNE_ERROR, 1),
    }
}

/// The number of runes in `b`, counting each invalid byte as one.
pub(crate) fn rune_count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        let (_, w) = decode_rune(&b[i..]);
        i += w.max(1);
        n += 1;
    }
    n
}

/// Whether `r` is a valid Unicode scalar value (not a surrogate, not too big).
pub(crate) fn valid_rune(r: u32) -> bool {
    char::from_u32(r).is_some()
}

/// Appends the UTF-8 encoding of `r`, or of U+FFFD if `r` is not valid.
pub(crate) fn push_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space. The table was generated from Go itself.
pub(crate) fn is_print(r: u32) -> bool {
    if r < 0x10000 {
        let Ok(r16) = u16::try_from(r) else {
            return false;
        };
        PRINT_BOUNDS_16.partition_point(|&b| b <= r16) % 2 == 1
    } else {
        r <= MAX_RUNE && PRINT_BOUNDS_32.partition_point(|&b| b <= r) % 2 == 1
    }
}

fn push_hex(buf: &mut Vec<u8>, prefix: &[u8], v: u32, digits: u32) {
    buf.extend_from_slice(prefix);
    for shift in (0..digits).rev() {
        buf.push(LOWER_HEX[((v >> (shift * 4)) & 0xF) as usize]);
    }
}

fn push_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    let printable = if ascii_only {
        r < 0x80 && is_print(r)
    } else {
        is_print(r)
    };
    if printable {
        push_rune(buf, r);
        return;
    }
    let short: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !short.is_empty() {
        buf.extend_from_slice(short);
    } else if r < 0x20 || r == 0x7F {
        push_hex(buf, b"\\x", r, 2);
    } else if !valid_rune(r) {
        push_hex(buf, b"\\u", RUNE_ERROR, 4);
    } else if r < 0x10000 {
        push_hex(buf, b"\\u", r, 4);
    } else {
        push_hex(buf, b"\\U", r, 8);
    }
}

/// `strconv.Quote` (or `QuoteToASCII` when `ascii_only`): a double-quoted Go
/// string literal; invalid bytes become `\xNN`.
pub(crate) fn quote(s: &[u8], ascii_only: bool) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w <= 1 && r == RUNE_ERROR {
            push_hex(&mut buf, b"\\x", u32::from(s[i]), 2);
            i += 1;
            continue;
        }
        push_escaped_rune(&mut buf, r, b'"', ascii_only);
        i += w;
    }
    buf.push(b'"');
    buf
}

/// `strconv.QuoteRune` (or `QuoteRuneToASCII`): a single-quoted rune literal.
pub(crate) fn quote_rune(r: u32, ascii_only: bool) -> Vec<u8> {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let mut buf = vec![b'\''];
    push_escaped_rune(&mut buf, r, b'\'', ascii_only);
    buf.push(b'\'');
    buf
}

/// `strconv.CanBackquote`: whether `s` can be written as a raw string
/// literal without change.
pub(crate) fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w.max(1);
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR
            || (r < 0x20 && r != u32::from(b'\t'))
            || r == u32::from(b'`')
            || r == 0x7F
        {
            return false;
        }
    }
    true
}
