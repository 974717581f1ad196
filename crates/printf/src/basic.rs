//! Formatting of single basic values under the current flags, width and
//! precision: padding, integers, floats, strings, bytes, runes.

use super::quote::{self, MAX_RUNE, RUNE_ERROR};
use types::ftoa::format_float;

pub(crate) const LOWER_DIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UPPER_DIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Flags {
    pub(crate) wid: usize,
    pub(crate) prec: usize,
    pub(crate) wid_present: bool,
    pub(crate) prec_present: bool,
    pub(crate) minus: bool,
    pub(crate) plus: bool,
    pub(crate) sharp: bool,
    pub(crate) space: bool,
    pub(crate) zero: bool,
    /// `%+v`: field names in structs.
    pub(crate) plus_v: bool,
    /// `%#v`: Go syntax.
    pub(crate) sharp_v: bool,
}

/// The output buffer plus the flags in force.
pub(crate) struct Out {
    pub(crate) buf: Vec<u8>,
    pub(crate) f: Flags,
}

impl Out {
    pub fn write_padding(&mut self, n: usize) {
        let byte = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n, byte);
    }

    /// Writes `b` padded to the width, counting runes.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let fill = self.f.wid.saturating_sub(quote::rune_count(b));
        if self.f.minus {
            self.buf.extend_from_slice(b);
            self.write_padding(fill);
        } else {
            self.write_padding(fill);
            self.buf.extend_from_slice(b);
        }
    }

    /// Pads with spaces even if the zero flag is set.
    fn pad_spaces(&mut self, b: &[u8]) {
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = zero;
    }

    pub fn fmt_bool(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// An integer in `base` (2, 8, 10, 16) honouring precision, zero
    /// padding, `#`, `+` and space; `verb` `O` adds a `0o` prefix.
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // Digits, least significant first; reversed at the end.
        let mut rev = Vec::with_capacity(24 + prec);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_spaces(&rev);
    }

    /// `%U`: `U+0078`, with `#` also `U+0078 'x'`.
    pub fn fmt_unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 {
            self.f.prec
        } else {
            4
        };
        let mut out = b"U+".to_vec();
        let hex = format!("{u:X}");
        out.resize(out.len() + prec.saturating_sub(hex.len()), b'0');
        out.extend_from_slice(hex.as_bytes());
        if self.f.sharp && u <= u64::from(MAX_RUNE) && quote::is_print(u as u32) {
            out.extend_from_slice(b" '");
            quote::push_rune(&mut out, u as u32);
            out.push(b'\'');
        }
        self.pad_spaces(&out);
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut out = Vec::new();
        quote::push_rune(&mut out, r);
        self.pad(&out);
    }

    /// `%q` of an integer: a quoted rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            RUNE_ERROR
        } else {
            c as u32
        };
        let out = quote::quote_rune(r, self.f.plus);
        self.pad(&out);
    }

    /// Cuts `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if !self.f.prec_present {
            return s;
        }
        let mut n = self.f.prec;
        let mut i = 0;
        while i < s.len() {
            if n == 0 {
                return &s[..i];
            }
            n -= 1;
            i += quote::decode_rune(&s[i..]).1.max(1);
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%q` of a string.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && quote::can_backquote(s) {
            let mut out = Vec::with_capacity(s.len() + 2);
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
            self.pad(&out);
            return;
        }
        let out = quote::quote(s, self.f.plus);
        self.pad(&out);
    }

    /// `%x` / `%X` of a string or byte slice.
    pub fn fmt_sx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        if length == 0 {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        let mut width = 2 * length;
        if self.f.space {
            if self.f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.f.sharp {
            width += 2;
        }
        let fill = if self.f.wid_present && self.f.wid > width {
            self.f.wid - width
        } else {
            0
        };
        if !self.f.minus {
            self.write_padding(fill);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[usize::from(c >> 4)]);
            self.buf.push(digits[usize::from(c & 0xF)]);
        }
        if self.f.minus {
            self.write_padding(fill);
        }
    }

    /// A float with `verb` (`b e E f g G x X`) and default precision `prec`.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let prec = if self.f.prec_present {
            i32::try_from(self.f.prec).unwrap_or(i32::MAX)
        } else {
            prec
        };
        let text = format_float(v, verb, prec, size);
        let mut num = Vec::with_capacity(text.len() + 8);
        if !text.starts_with(['+', '-']) {
            num.push(b'+');
        }
        num.extend_from_slice(text.as_bytes());
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num.get(1).is_some_and(|&c| c == b'I' || c == b'N') {
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad_spaces(&num);
            return;
        }
        if self.f.sharp && verb != b'b' {
            self.sharp_float(&mut num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// `#` on floats: always a decimal point, and for `%g` trailing zeros
    /// up to the precision.
    fn sharp_float(&self, num: &mut Vec<u8>, verb: u8, prec: i32) {
        let mut digits: i64 = match verb {
            b'v' | b'g' | b'G' | b'x' => {
                if prec == -1 {
                    6
                } else {
                    i64::from(prec)
                }
            }
            _ => 0,
        };
        let mut tail = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail = num.split_off(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail = num.split_off(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
}
