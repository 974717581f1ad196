//! `strconv.ParseFloat`: Go's syntax (decimal and hexadecimal literals,
//! underscores between digits, `Inf`/`Infinity`/`NaN` in any case) and its
//! two error kinds.

/// Why [`parse_float`] failed; the caller builds Go's `*strconv.NumError`
/// text (`strconv.ParseFloat: parsing "x": invalid syntax`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParseFloatError {
    /// `invalid syntax`; Go's result is 0.
    Syntax,
    /// `value out of range`; Go's result is the carried ±Inf.
    Range(f64),
}

/// Go's `strconv.ParseFloat(s, bitSize)`: `bit_size` 32 rounds to float32
/// precision (the result is that float32 widened), anything else means 64.
pub fn parse_float(s: &str, bit_size: u32) -> Result<f64, ParseFloatError> {
    let b = s.as_bytes();
    if let Some((v, n)) = special(b) {
        return if n == b.len() {
            Ok(v)
        } else {
            Err(ParseFloatError::Syntax)
        };
    }
    let Some(lit) = read_float(b) else {
        return Err(ParseFloatError::Syntax);
    };
    if lit.len != b.len() {
        return Err(ParseFloatError::Syntax);
    }
    if lit.hex {
        return hex_to_float(&lit, bit_size == 32);
    }
    let cleaned: String = s.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match cleaned.as_bytes().first() {
        Some(b'-') => (true, &cleaned[1..]),
        Some(b'+') => (false, &cleaned[1..]),
        _ => (false, cleaned.as_str()),
    };
    let bits = if bit_size == 32 { 32 } else { 64 };
    match syntax::atof::parse(body, bits).map(|v| if neg { -v } else { v }) {
        Some(v) if v.is_infinite() => Err(ParseFloatError::Range(v)),
        Some(v) => Ok(v),
        None => Err(ParseFloatError::Syntax),
    }
}

/// `[+-]inf`, `[+-]infinity` or `nan` (any case) at the start of `s`:
/// the value and how many bytes it took.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len = |s: &[u8], word: &[u8]| {
        s.iter()
            .zip(word)
            .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
            .count()
    };
    let (sign, rest, nsign) = match s.first()? {
        b'+' => (1.0, &s[1..], 1),
        b'-' => (-1.0, &s[1..], 1),
        b'n' | b'N' => {
            return (prefix_len(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, s, 0),
    };
    if !matches!(rest.first(), Some(b'i' | b'I')) {
        return None;
    }
    let n = prefix_len(rest, b"infinity");
    let n = if n > 3 && n < 8 { 3 } else { n };
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// A syntactically valid literal prefix, with what hex conversion needs.
struct Literal {
    len: usize,
    hex: bool,
    neg: bool,
    mant: u64,
    /// Binary exponent of `mant` (hexadecimal literals only).
    exp: i64,
    /// Non-zero digits were dropped from `mant`.
    trunc: bool,
}

fn read_float(s: &[u8]) -> Option<Literal> {
    let mut i = 0;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let mut hex = false;
    let (mut base, mut max_digits, mut exp_char) = (10u64, 19, b'e');
    if i + 2 < s.len() && s[i] == b'0' && s[i + 1].eq_ignore_ascii_case(&b'x') {
        (base, max_digits, exp_char, hex) = (16, 16, b'p', true);
        i += 2;
    }
    let (mut underscores, mut saw_dot, mut saw_digits) = (false, false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    let (mut mant, mut trunc) = (0u64, false);
    while i < s.len() {
        let c = s[i];
        let lower = c.to_ascii_lowercase();
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if saw_dot {
                break;
            }
            saw_dot = true;
            dp = nd;
        } else if c.is_ascii_digit() || (base == 16 && (b'a'..=b'f').contains(&lower)) {
            saw_digits = true;
            let digit = if c.is_ascii_digit() {
                c - b'0'
            } else {
                lower - b'a' + 10
            };
            if digit == 0 && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_digits {
                    mant = mant.wrapping_mul(base).wrapping_add(u64::from(digit));
                    nd_mant += 1;
                } else if digit != 0 {
                    trunc = true;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !saw_digits {
        return None;
    }
    if !saw_dot {
        dp = nd;
    }
    if hex {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && s[i].to_ascii_lowercase() == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i) {
            Some(b'+') => i += 1,
            Some(b'-') => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut e = 0i64;
        while let Some(&c) = s.get(i) {
            if c == b'_' {
                underscores = true;
            } else if c.is_ascii_digit() {
                if e < 10000 {
                    e = e * 10 + i64::from(c - b'0');
                }
            } else {
                break;
            }
            i += 1;
        }
        dp += e * esign;
    } else if hex {
        return None;
    }
    if underscores && !underscores_ok(&s[..i]) {
        return None;
    }
    let exp = if mant != 0 { dp - nd_mant } else { 0 };
    Some(Literal {
        len: i,
        hex,
        neg,
        mant,
        exp,
        trunc,
    })
}

/// Underscores may only separate digits, or follow a base prefix.
fn underscores_ok(s: &[u8]) -> bool {
    // What came last: '^' start, '0' digit or prefix, '_' underscore, '!' other.
    let mut saw = b'^';
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let mut hex = false;
    if s.len() >= i + 2
        && s[i] == b'0'
        && matches!(s[i + 1].to_ascii_lowercase(), b'b' | b'o' | b'x')
    {
        hex = s[i + 1].eq_ignore_ascii_case(&b'x');
        i += 2;
        saw = b'0';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Rounds a hexadecimal literal's `mant × 2^exp` to the target precision,
/// half to even, with overflow to ±Inf as a range error.
fn hex_to_float(lit: &Literal, single: bool) -> Result<f64, ParseFloatError> {
    let (mant_bits, exp_bits, bias): (u32, u32, i64) = if single {
        (23, 8, -127)
    } else {
        (52, 11, -1023)
    };
    let max_exp = (1i64 << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    let mut mant = lit.mant;
    let mut exp = lit.exp + i64::from(mant_bits);
    // Normalise to a leading one, `mant_bits` more bits, a rounding bit and
    // a sticky bit.
    while mant != 0 && mant >> (mant_bits + 2) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if lit.trunc {
        mant |= 1;
    }
    while mant >> (mant_bits + 3) != 0 {
        mant = (mant >> 1) | (mant & 1);
        exp += 1;
    }
    while mant > 1 && exp < min_exp - 2 {
        mant = (mant >> 1) | (mant & 1);
        exp += 1;
    }
    let mut round = mant & 3;
    mant >>= 2;
    round |= mant & 1;
    exp += 2;
    if round == 3 {
        mant += 1;
        if mant == 1 << (mant_bits + 1) {
            mant >>= 1;
            exp += 1;
        }
    }
    if mant >> mant_bits == 0 {
        exp = bias;
    }
    let sign = if lit.neg { -1.0 } else { 1.0 };
    if exp > max_exp {
        return Err(ParseFloatError::Range(sign * f64::INFINITY));
    }
    let frac = mant & ((1 << mant_bits) - 1);
    let biased = ((exp - bias) as u64) & ((1 << exp_bits) - 1);
    let v = if single {
        f64::from(f32::from_bits(((biased << mant_bits) | frac) as u32))
    } else {
        f64::from_bits((biased << mant_bits) | frac)
    };
    Ok(sign * v)
}
