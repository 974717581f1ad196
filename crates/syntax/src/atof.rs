//! Decimal text to the nearest float64 or float32, rounding half to even,
//! as Go's compiler and `strconv.ParseFloat` round. The number is kept as
//! decimal digits and multiplied or divided by powers of two until it lies
//! in [1/2, 1); the mantissa is then read off and rounded. This is the slow
//! but table-free way (Go's `strconv` falls back on it too): the page's wasm
//! does not carry Rust's float parser and its tables of powers of five.

/// Digits kept: more only ever decide a rounding tie, which [`Digits::cut`]
/// records instead.
const MAX_DIGITS: usize = 800;

/// A binary float format: mantissa bits (without the implicit one),
/// exponent bits, and the exponent bias.
#[derive(Clone, Copy)]
struct Format {
    mant_bits: u32,
    exp_bits: u32,
    bias: i32,
}

const F64: Format = Format {
    mant_bits: 52,
    exp_bits: 11,
    bias: -1023,
};

const F32: Format = Format {
    mant_bits: 23,
    exp_bits: 8,
    bias: -127,
};

/// `0.d1d2d3… × 10^point`, digits without leading or trailing zeros.
struct Digits {
    d: Vec<u8>,
    point: i32,
    /// Nonzero digits were dropped past [`MAX_DIGITS`].
    cut: bool,
}

impl Digits {
    /// From `int.frac` digits (ASCII) and a decimal exponent.
    fn new(int: &[u8], frac: &[u8], exp: i64) -> Digits {
        let mut d: Vec<u8> = Vec::with_capacity(int.len() + frac.len());
        let mut point = i64::try_from(int.len()).unwrap_or(i64::MAX);
        for &c in int.iter().chain(frac) {
            if d.is_empty() && c == b'0' {
                point -= 1;
                continue;
            }
            d.push(c - b'0');
        }
        let mut digits = Digits {
            d,
            point: 0,
            cut: false,
        };
        if digits.d.is_empty() {
            return digits;
        }
        if digits.d.len() > MAX_DIGITS {
            digits.cut = digits.d[MAX_DIGITS..].iter().any(|&x| x != 0);
            digits.d.truncate(MAX_DIGITS);
        }
        digits.trim();
        // Far outside any float's range either way; clamped so shifts stay
        // bounded.
        digits.point =
            i32::try_from(point.saturating_add(exp).clamp(-100_000, 100_000)).unwrap_or(0);
        digits
    }

    fn trim(&mut self) {
        while self.d.last() == Some(&0) {
            self.d.pop();
        }
    }

    /// Multiplies by `2^k` (`k` ≤ 60).
    fn shl(&mut self, k: u32) {
        let mut carry: u64 = 0;
        for x in self.d.iter_mut().rev() {
            let n = (u64::from(*x) << k) + carry;
            *x = (n % 10) as u8;
            carry = n / 10;
        }
        let mut head = Vec::new();
        while carry > 0 {
            head.push((carry % 10) as u8);
            carry /= 10;
        }
        head.reverse();
        self.point += head.len() as i32;
        head.extend_from_slice(&self.d);
        self.d = head;
        if self.d.len() > MAX_DIGITS {
            self.cut |= self.d[MAX_DIGITS..].iter().any(|&x| x != 0);
            self.d.truncate(MAX_DIGITS);
        }
        self.trim();
    }

    /// Divides by `2^k` (`k` ≤ 60), by long division from the left.
    fn shr(&mut self, k: u32) {
        let mask = (1u64 << k) - 1;
        let mut out = Vec::with_capacity(self.d.len() + 20);
        let mut rem: u64 = 0;
        let mut leading = true;
        let mut i = 0;
        loop {
            let digit = match self.d.get(i) {
                Some(&x) => x,
                None if rem == 0 => break,
                None => 0,
            };
            i += 1;
            rem = rem * 10 + u64::from(digit);
            let q = (rem >> k) as u8;
            rem &= mask;
            if leading && q == 0 {
                self.point -= 1;
                continue;
            }
            leading = false;
            out.push(q);
            if out.len() == MAX_DIGITS {
                self.cut |= rem != 0 || self.d[i.min(self.d.len())..].iter().any(|&x| x != 0);
                break;
            }
        }
        // Quotient digits line up with the dividend's: only the leading
        // zeros skipped above moved the point.
        self.d = out;
        self.trim();
    }

    /// The digits before the point as an integer, rounded half to even by
    /// the ones after it.
    fn rounded_integer(&self) -> u64 {
        let Ok(point) = usize::try_from(self.point) else {
            return 0;
        };
        if point > 20 {
            return u64::MAX;
        }
        let mut n: u64 = 0;
        for i in 0..point {
            n = n * 10 + u64::from(self.d.get(i).copied().unwrap_or(0));
        }
        let up = match self.d.get(point) {
            None => false,
            Some(5) if point + 1 == self.d.len() && !self.cut => {
                point > 0 && self.d[point - 1] % 2 == 1
            }
            Some(&x) => x >= 5,
        };
        n + u64::from(up)
    }
}

/// Bits of `digits` in `f`, rounded to nearest even; `Err` carries the
/// infinity's bits on overflow.
fn to_bits(mut digits: Digits, f: Format) -> Result<u64, u64> {
    let inf = ((1u64 << f.exp_bits) - 1) << f.mant_bits;
    if digits.d.is_empty() || digits.point < -400 {
        return Ok(0);
    }
    if digits.point > 400 {
        return Err(inf);
    }
    // Binary exponent, while the digits are brought into [1/2, 1): a
    // number with `p` digits before (or zeros after) the point moves by
    // about p·log2(10) bits per round, never past the range.
    let step = |point: i32| -> u32 {
        match point.unsigned_abs() {
            0 => 1,
            1 => 3,
            2 => 6,
            3 => 9,
            4 => 13,
            5 => 16,
            6 => 19,
            7 => 23,
            8 => 26,
            _ => 27,
        }
    };
    let mut exp: i32 = 0;
    while digits.point > 0 {
        let n = step(digits.point);
        digits.shr(n);
        exp += n as i32;
    }
    while digits.point < 0 || (digits.point == 0 && digits.d.first().is_some_and(|&x| x < 5)) {
        let n = step(digits.point);
        digits.shl(n);
        exp -= n as i32;
    }
    // [1/2, 1) is 2^-1 × [1, 2).
    exp -= 1;
    if exp < f.bias + 1 {
        let n = u32::try_from(f.bias + 1 - exp).unwrap_or(u32::MAX);
        for _ in 0..n / 60 {
            digits.shr(60);
        }
        digits.shr(n % 60);
        exp = f.bias + 1;
    }
    if exp - f.bias >= (1 << f.exp_bits) - 1 {
        return Err(inf);
    }
    digits.shl(1 + f.mant_bits);
    let mut mant = digits.rounded_integer();
    if mant == 2 << f.mant_bits {
        mant >>= 1;
        exp += 1;
        if exp - f.bias >= (1 << f.exp_bits) - 1 {
            return Err(inf);
        }
    }
    let biased = if mant & (1 << f.mant_bits) == 0 {
        0
    } else {
        u64::try_from(exp - f.bias).unwrap_or(0)
    };
    Ok((mant & ((1 << f.mant_bits) - 1)) | (biased << f.mant_bits))
}

/// A decimal literal (`123`, `1.5`, `.5e-3`, no sign, no underscores) as
/// the nearest float of `bits` (32 or 64) widened to f64; `None` if it is
/// not one. Out of range, the infinity.
pub fn parse(text: &str, bits: u32) -> Option<f64> {
    let b = text.as_bytes();
    let (mant, exp) = match b.iter().position(|&c| c == b'e' || c == b'E') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int, frac) = match mant.iter().position(|&c| c == b'.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, &mant[..0]),
    };
    let digits_ok = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    if (int.is_empty() && frac.is_empty()) || !digits_ok(int) || !digits_ok(frac) {
        return None;
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let (neg, e) = match e.first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if e.is_empty() || !digits_ok(e) {
                return None;
            }
            let v = e.iter().fold(0i64, |v, &c| {
                v.saturating_mul(10).saturating_add(i64::from(c - b'0'))
            });
            if neg { -v } else { v }
        }
    };
    let digits = Digits::new(int, frac, exp);
    Some(if bits == 32 {
        let bits = to_bits(digits, F32).unwrap_or_else(|inf| inf);
        f64::from(f32::from_bits(u32::try_from(bits).unwrap_or(u32::MAX)))
    } else {
        f64::from_bits(to_bits(digits, F64).unwrap_or_else(|inf| inf))
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    /// A small deterministic generator, so the test needs no dependency.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 11
        }
    }

    fn check(text: &str) {
        let want64: f64 = text.parse().unwrap();
        assert_eq!(
            parse(text, 64).map(f64::to_bits),
            Some(want64.to_bits()),
            "{text} as f64"
        );
        let want32: f32 = text.parse().unwrap();
        assert_eq!(
            parse(text, 32).map(f64::to_bits),
            Some(f64::from(want32).to_bits()),
            "{text} as f32"
        );
    }

    #[test]
    fn agrees_with_rusts_correctly_rounded_parser() {
        for text in [
            "0",
            "0.0",
            "1",
            "1.5",
            ".5",
            "5.",
            "0.1",
            "3.141592653589793",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "2e308",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "9007199254740993",
            "9007199254740995",
            "1.00000005960464477539062499",
            "1.000000059604644775390625",
            "3.4028235677973366e38",
            "3.4028236e38",
            "1.4e-45",
            "7.006492321624085e-46",
            "1e23",
            "8.988465674311579e307",
            "123456789012345678901234567890e-10",
        ] {
            check(text);
        }
        let mut rng = Lcg(7);
        for _ in 0..20_000 {
            let bits = rng.next() << 11 | rng.next() & 0x7ff;
            let f = f64::from_bits(bits & !(1 << 63));
            if !f.is_finite() {
                continue;
            }
            check(&format!("{f:e}"));
            let g = f32::from_bits(bits as u32 & 0x7fff_ffff);
            if g.is_finite() {
                check(&format!("{g:e}"));
            }
            let digits = 1 + rng.next() % 25;
            let mut s: String = (0..digits)
                .map(|_| char::from(b'0' + (rng.next() % 10) as u8))
                .collect();
            let e = (rng.next() % 700) as i64 - 350;
            s.push_str(&format!("e{e}"));
            check(&s);
        }
    }

    #[test]
    fn ties_between_two_float32s_round_to_even() {
        let mut rng = Lcg(11);
        for _ in 0..5_000 {
            let a = f32::from_bits((rng.next() as u32) & 0x7f7f_ffff);
            let b = f32::from_bits(a.to_bits() + 1);
            // The midpoint is exact in a float64; written out in full it
            // is a tie that only the last digit decides.
            let mid = (f64::from(a) + f64::from(b)) / 2.0;
            let text = format!("{mid:.1100e}");
            let want: f32 = text.parse().unwrap();
            assert_eq!(parse(&text, 32), Some(f64::from(want)), "{text}");
            let above = format!(
                "{}1e{}",
                &text[..text.find('e').unwrap()],
                &text[text.find('e').unwrap() + 1..]
            );
            let want: f32 = above.parse().unwrap();
            assert_eq!(parse(&above, 32), Some(f64::from(want)), "{above}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal_literal() {
        for text in [
            "", ".", "e5", "1e", "1e+", "1.2.3", "0x10", "1_0", "-1", "inf",
        ] {
            assert_eq!(parse(text, 64), None, "{text}");
        }
    }
}
