//! `strconv.FormatFloat`, which constants in compile errors and `fmt`
//! (in the printf crate) both write floats with.
//!
//! Both come from the exact decimal expansion of the binary value: a fixed
//! number of digits rounds it half to even, and the shortest digits that
//! read back as the same value are found by Go's own walk between the
//! halfway points to the neighbouring floats (`roundShortest`, which
//! Go's Ryū agrees with).

const MAX_PREC: i32 = 1_000_000;

/// A decimal number `0.d[0]d[1]... × 10^dp`: digits are ASCII, without
/// leading or trailing zeros (zero has no digits).
struct Decimal {
    d: Vec<u8>,
    dp: i32,
}

/// Sign, mantissa and binary exponent (value = mant × 2^exp), or `None` for
/// infinities and NaN.
struct Parts {
    neg: bool,
    mant: u64,
    exp: i32,
    mant_bits: u32,
}

fn decompose(f: f64, bit_size: u32) -> Result<Parts, &'static str> {
    let (neg, biased, frac, mant_bits, bias) = if bit_size == 32 {
        let b = (f as f32).to_bits();
        (
            b >> 31 != 0,
            (b >> 23) & 0xFF,
            u64::from(b & 0x7F_FFFF),
            23,
            127,
        )
    } else {
        let b = f.to_bits();
        (
            b >> 63 != 0,
            ((b >> 52) & 0x7FF) as u32,
            b & 0xF_FFFF_FFFF_FFFF,
            52,
            1023,
        )
    };
    let max = if bit_size == 32 { 0xFF } else { 0x7FF };
    if biased == max {
        return Err(if frac != 0 {
            "NaN"
        } else if neg {
            "-Inf"
        } else {
            "+Inf"
        });
    }
    let (mant, e) = if biased == 0 {
        (frac, 1)
    } else {
        (frac | (1u64 << mant_bits), biased as i32)
    };
    Ok(Parts {
        neg,
        mant,
        exp: e - bias - mant_bits as i32,
        mant_bits,
    })
}

/// A little arbitrary-precision natural number in base 10^9, least
/// significant limb first: just enough for exact float expansion.
struct Big(Vec<u32>);

const LIMB: u64 = 1_000_000_000;

impl Big {
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = (v % LIMB) as u32;
            carry = v / LIMB;
        }
        while carry > 0 {
            self.0.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }

    fn digits(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for (i, limb) in self.0.iter().rev().enumerate() {
            if i == 0 {
                out.extend_from_slice(limb.to_string().as_bytes());
            } else {
                out.extend_from_slice(format!("{limb:09}").as_bytes());
            }
        }
        out
    }
}

/// The exact decimal value of `mant × 2^exp`.
fn exact_decimal(mant: u64, exp: i32) -> Decimal {
    if mant == 0 {
        return Decimal {
            d: Vec::new(),
            dp: 0,
        };
    }
    let mut big = Big(vec![
        (mant % LIMB) as u32,
        ((mant / LIMB) % LIMB) as u32,
        (mant / LIMB / LIMB) as u32,
    ]);
    let mut shift = 0i32;
    if exp >= 0 {
        let mut left = exp;
        while left > 0 {
            let step = left.min(29);
            big.mul_small(1u32 << step);
            left -= step;
        }
    } else {
        // m × 2^-k = m × 5^k / 10^k.
        let mut left = -exp;
        shift = left;
        while left > 0 {
            let step = left.min(13);
            big.mul_small(5u32.pow(step as u32));
            left -= step;
        }
    }
    let mut d = big.digits();
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    let dp = d.len() as i32 - shift;
    trim(&mut d);
    Decimal { d, dp }
}

fn trim(d: &mut Vec<u8>) {
    while d.last() == Some(&b'0') {
        d.pop();
    }
}

impl Decimal {
    /// Keeps the first `nd` digits.
    fn round_down(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.d.len() {
            return;
        }
        self.d.truncate(nd as usize);
        trim(&mut self.d);
    }

    /// The first `nd` digits, plus one in the last of them.
    fn round_up(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.d.len() {
            return;
        }
        self.d.truncate(nd as usize);
        while let Some(&last) = self.d.last() {
            if last < b'9' {
                if let Some(l) = self.d.last_mut() {
                    *l += 1;
                }
                return;
            }
            self.d.pop();
        }
        self.d.push(b'1');
        self.dp += 1;
    }

    /// Rounds to `nd` digits, half to even on the exact value.
    fn round(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.d.len() {
            return;
        }
        let n = nd as usize;
        let up = if self.d[n] == b'5' && n + 1 == self.d.len() {
            n > 0 && (self.d[n - 1] - b'0') % 2 == 1
        } else {
            self.d[n] >= b'5'
        };
        if up {
            self.round_up(nd);
        } else {
            self.round_down(nd);
        }
    }
}

/// The shortest digits that read back as the same value at `bit_size`,
/// the closest to it when several do (Go's `roundShortest`).
fn shortest(parts: &Parts) -> Decimal {
    let mut d = exact_decimal(parts.mant, parts.exp);
    if parts.mant == 0 {
        return d;
    }
    let bias = if parts.mant_bits == 23 { 127 } else { 1023 };
    // The smallest exponent, shared by the denormals.
    let min_exp = parts.exp == 1 - bias - parts.mant_bits as i32;
    // Already shortest: the closest shorter number is farther away than
    // the halfway points (log2(10) > 3.32).
    if !min_exp && 332 * (d.dp - d.d.len() as i32) >= 100 * parts.exp {
        return d;
    }
    let upper = exact_decimal(parts.mant * 2 + 1, parts.exp - 1);
    let (mant_lo, exp_lo) = if parts.mant > 1 << parts.mant_bits || min_exp {
        (parts.mant - 1, parts.exp)
    } else {
        (parts.mant * 2 - 1, parts.exp - 1)
    };
    let lower = exact_decimal(mant_lo * 2 + 1, exp_lo - 1);
    // The bounds themselves read back as this value only when its mantissa
    // is even (round half to even).
    let inclusive = parts.mant % 2 == 0;
    // 0: d and upper agree so far; 1: they differ by one followed by 9s
    // against 0s; 2: they differ by more.
    let mut upper_delta = 0u8;
    let digit = |x: &Decimal, i: i32| -> u8 {
        usize::try_from(i)
            .ok()
            .and_then(|i| x.d.get(i).copied())
            .unwrap_or(b'0')
    };
    for ui in 0i32.. {
        let mi = ui - upper.dp + d.dp;
        if mi >= d.d.len() as i32 {
            break;
        }
        let li = ui - upper.dp + lower.dp;
        let (l, m, u) = (digit(&lower, li), digit(&d, mi), digit(&upper, ui));
        let ok_down = l != m || inclusive && li + 1 == lower.d.len() as i32;
        if upper_delta == 0 && m + 1 < u {
            upper_delta = 2;
        } else if upper_delta == 0 && m != u {
            upper_delta = 1;
        } else if upper_delta == 1 && (m != b'9' || u != b'0') {
            upper_delta = 2;
        }
        let ok_up =
            upper_delta > 0 && (inclusive || upper_delta > 1 || ui + 1 < upper.d.len() as i32);
        match (ok_down, ok_up) {
            (true, true) => d.round(mi + 1),
            (true, false) => d.round_down(mi + 1),
            (false, true) => d.round_up(mi + 1),
            (false, false) => continue,
        }
        break;
    }
    d
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)` (bit sizes other than
/// 32 mean 64). `prec < 0` asks for the fewest digits that round-trip.
///
/// Precisions above 1,000,000 are treated as 1,000,000 (Go would build
/// strings of up to 2 GB).
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let bit_size = if bit_size == 32 { 32 } else { 64 };
    let prec = prec.min(MAX_PREC);
    let parts = match decompose(f, bit_size) {
        Ok(p) => p,
        Err(special) => return special.to_string(),
    };
    let mut out = Vec::new();
    match fmt {
        b'b' => fmt_b(&mut out, &parts),
        b'x' | b'X' => fmt_x(&mut out, prec, fmt, &parts),
        b'e' | b'E' | b'f' | b'g' | b'G' => fmt_decimal(&mut out, fmt, prec, &parts),
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn fmt_decimal(out: &mut Vec<u8>, fmt: u8, prec: i32, parts: &Parts) {
    let is_shortest = prec < 0;
    let mut prec = prec;
    let digs = if is_shortest {
        let d = shortest(parts);
        let nd = d.d.len() as i32;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        d
    } else {
        let mut d = exact_decimal(parts.mant, parts.exp);
        match fmt {
            b'e' | b'E' => d.round(prec.saturating_add(1)),
            b'f' => d.round(d.dp.saturating_add(prec)),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                d.round(prec);
            }
        }
        d
    };
    let neg = parts.neg;
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &digs, prec, fmt),
        b'f' => fmt_f(out, neg, &digs, prec),
        _ => {
            let nd = digs.d.len() as i32;
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if is_shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                let p = prec.min(nd);
                fmt_e(out, neg, &digs, p - 1, fmt + b'e' - b'g');
            } else {
                let p = if prec > digs.dp { nd } else { prec };
                fmt_f(out, neg, &digs, (p - digs.dp).max(0));
            }
        }
    }
}

fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i32, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let want = prec as usize + 1;
        let have = d.d.len().min(want);
        if have > 1 {
            out.extend_from_slice(&d.d[1..have]);
        }
        out.resize(out.len() + (want - have.max(1)), b'0');
    }
    out.push(fmt);
    let mut exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i32) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        let m = d.d.len().min(d.dp as usize);
        out.extend_from_slice(&d.d[..m]);
        out.resize(out.len() + (d.dp as usize - m), b'0');
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = i64::from(d.dp) + i64::from(i) - 1;
            let ch = usize::try_from(j)
                .ok()
                .and_then(|j| d.d.get(j))
                .copied()
                .unwrap_or(b'0');
            out.push(ch);
        }
    }
}

/// `%b`: mantissa "p" binary exponent, e.g. `4503599627370496p-52`.
fn fmt_b(out: &mut Vec<u8>, p: &Parts) {
    if p.neg {
        out.push(b'-');
    }
    out.extend_from_slice(p.mant.to_string().as_bytes());
    out.push(b'p');
    if p.exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(p.exp.to_string().as_bytes());
}

/// `%x`: hexadecimal mantissa and binary exponent, e.g. `0x1.8p+01`.
fn fmt_x(out: &mut Vec<u8>, prec: i32, fmt: u8, p: &Parts) {
    let mut mant = p.mant;
    // Binary exponent of the leading bit once the mantissa is 1.xxx.
    let mut exp = p.exp + p.mant_bits as i32;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - p.mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if p.neg {
        out.push(b'-');
    }
    out.push(b'0');
    out.push(fmt);
    out.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}
