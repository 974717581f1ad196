//! Compile-time constant values and their arithmetic.
//!
//! Untyped integer constants are kept in `i128`, which covers everything a
//! lesson-sized program computes at compile time (`1 << 63`, `-1 << 64`);
//! going beyond is reported as an overflow rather than silently wrapped.

use crate::ty::Basic;
use std::fmt;
use syntax::ast::BinaryOp;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(i128),
    /// An untyped float known exactly, as numerator/denominator (reduced,
    /// denominator > 1): Go folds `0.1 + 0.2` exactly to `0.3`.
    Rat(i128, i128),
    Float(f64),
    Str(Vec<u8>),
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// `num/den` in lowest terms, as an integer when the denominator is 1.
pub fn rational(num: i128, den: i128) -> Option<ConstValue> {
    if den == 0 {
        return None;
    }
    let g = gcd(num, den).max(1);
    let (mut n, mut d) = (num / g, den / g);
    if d < 0 {
        n = n.checked_neg()?;
        d = d.checked_neg()?;
    }
    Some(if d == 1 {
        ConstValue::Int(n)
    } else {
        ConstValue::Rat(n, d)
    })
}

/// Parses a decimal float literal (`0.1`, `1e-3`, `2.5E+10`, `1_000.5`)
/// exactly, when numerator and denominator fit.
pub fn parse_exact_float(text: &str) -> Option<ConstValue> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    if t.starts_with("0x") || t.starts_with("0X") {
        return None;
    }
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i32>().ok()?),
        None => (&t[..], 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    let mut num: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let scale = exp - i32::try_from(frac.len()).ok()?;
    let mut den: i128 = 1;
    if scale >= 0 {
        num = num.checked_mul(10i128.checked_pow(u32::try_from(scale).ok()?)?)?;
    } else {
        den = 10i128.checked_pow(u32::try_from(-scale).ok()?)?;
    }
    rational(num, den)
}

impl ConstValue {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstValue::Int(i) => Some(*i),
            ConstValue::Rat(..) => None,
            ConstValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(*f as i128),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => Some(*i as f64),
            ConstValue::Rat(n, d) => Some(ratio_to_float(*n, *d, false)),
            ConstValue::Float(f) => Some(*f),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether the value fits the given basic type without loss, as Go's
    /// "constant 300 overflows uint8" / "truncated" checks require.
    pub fn representable(&self, b: Basic) -> bool {
        match (self, b) {
            (ConstValue::Bool(_), b) => b.is_boolean(),
            (ConstValue::Str(_), b) => b.is_string(),
            (v, b) if b.is_integer() && !b.is_untyped() => match v.as_int() {
                Some(i) => int_fits(i, b),
                None => false,
            },
            (v, b) if b.is_float() => v.as_f64().is_some(),
            (ConstValue::Int(_), Basic::UntypedInt | Basic::UntypedRune) => true,
            (ConstValue::Float(f), Basic::UntypedInt | Basic::UntypedRune) => f.fract() == 0.0,
            (ConstValue::Rat(..), b) => b == Basic::UntypedFloat,
            _ => false,
        }
    }

    /// Converts the value to the representation of type `b` (after a
    /// successful [`representable`](Self::representable) check).
    pub fn convert_to(&self, b: Basic) -> ConstValue {
        match self {
            v if b.is_integer() => v.as_int().map_or(v.clone(), ConstValue::Int),
            v if b.is_float() => v.as_f64().map_or(v.clone(), |f| {
                ConstValue::Float(if b == Basic::Float32 {
                    f64::from(f as f32)
                } else {
                    f
                })
            }),
            v => v.clone(),
        }
    }
}

pub fn int_fits(i: i128, b: Basic) -> bool {
    let Some(bits) = b.int_bits() else {
        return true;
    };
    if b.is_unsigned() {
        i >= 0 && (bits == 128 || i < (1i128 << bits))
    } else {
        let lim = 1i128 << (bits - 1);
        i >= -lim && i < lim
    }
}

/// Errors from constant arithmetic, worded by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivByZero,
    Overflow,
    Invalid,
}

/// Evaluates `x op y` for two constants of compatible kinds. `integer`
/// selects integer division when both operands are integer-typed.
pub fn binary(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
    integer: bool,
) -> Result<ConstValue, ConstError> {
    use ConstValue::{Bool, Float, Int, Rat, Str};
    let as_rat = |v: &ConstValue| match v {
        Int(i) => Some((*i, 1)),
        Rat(n, d) => Some((*n, *d)),
        _ => None,
    };
    let exact_div = !integer && op == BinaryOp::Div && matches!((x, y), (Int(_), Int(_)));
    if matches!(x, Rat(..)) || matches!(y, Rat(..)) || exact_div {
        if let (Some(a), Some(b)) = (as_rat(x), as_rat(y)) {
            if let Some(r) = rat_op(op, a, b) {
                return r;
            }
        }
    }
    Ok(match (x, y) {
        (Int(a), Int(b)) => int_op(op, *a, *b, integer)?,
        (Rat(..), _) | (_, Rat(..)) => {
            let (a, b) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            return binary(op, &Float(a), &Float(b), false);
        }
        (Float(_), Int(_) | Float(_)) | (Int(_), Float(_)) => {
            let (a, b) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            match op {
                BinaryOp::Add => Float(a + b),
                BinaryOp::Sub => Float(a - b),
                BinaryOp::Mul => Float(a * b),
                BinaryOp::Div if b == 0.0 => return Err(ConstError::DivByZero),
                BinaryOp::Div => Float(a / b),
                BinaryOp::Eq => Bool(a == b),
                BinaryOp::Ne => Bool(a != b),
                BinaryOp::Lt => Bool(a < b),
                BinaryOp::Le => Bool(a <= b),
                BinaryOp::Gt => Bool(a > b),
                BinaryOp::Ge => Bool(a >= b),
                _ => return Err(ConstError::Invalid),
            }
        }
        (Str(a), Str(b)) => match op {
            BinaryOp::Add => Str([a.as_slice(), b.as_slice()].concat()),
            BinaryOp::Eq => Bool(a == b),
            BinaryOp::Ne => Bool(a != b),
            BinaryOp::Lt => Bool(a < b),
            BinaryOp::Le => Bool(a <= b),
            BinaryOp::Gt => Bool(a > b),
            BinaryOp::Ge => Bool(a >= b),
            _ => return Err(ConstError::Invalid),
        },
        (Bool(a), Bool(b)) => match op {
            BinaryOp::LogAnd => Bool(*a && *b),
            BinaryOp::LogOr => Bool(*a || *b),
            BinaryOp::Eq => Bool(a == b),
            BinaryOp::Ne => Bool(a != b),
            _ => return Err(ConstError::Invalid),
        },
        _ => return Err(ConstError::Invalid),
    })
}

/// Exact arithmetic on rationals; `None` when it would overflow (the
/// caller falls back to floating point).
fn rat_op(
    op: BinaryOp,
    (an, ad): (i128, i128),
    (bn, bd): (i128, i128),
) -> Option<Result<ConstValue, ConstError>> {
    use ConstValue::Bool;
    use std::cmp::Ordering;
    // Denominators are positive, so cross-multiplying keeps the order.
    let cmp = || -> Option<Ordering> { Some(an.checked_mul(bd)?.cmp(&bn.checked_mul(ad)?)) };
    Some(Ok(match op {
        BinaryOp::Add => rational(
            an.checked_mul(bd)?.checked_add(bn.checked_mul(ad)?)?,
            ad.checked_mul(bd)?,
        )?,
        BinaryOp::Sub => rational(
            an.checked_mul(bd)?.checked_sub(bn.checked_mul(ad)?)?,
            ad.checked_mul(bd)?,
        )?,
        BinaryOp::Mul => rational(an.checked_mul(bn)?, ad.checked_mul(bd)?)?,
        BinaryOp::Div if bn == 0 => return Some(Err(ConstError::DivByZero)),
        BinaryOp::Div => rational(an.checked_mul(bd)?, ad.checked_mul(bn)?)?,
        BinaryOp::Eq => Bool(cmp()? == Ordering::Equal),
        BinaryOp::Ne => Bool(cmp()? != Ordering::Equal),
        BinaryOp::Lt => Bool(cmp()? == Ordering::Less),
        BinaryOp::Le => Bool(cmp()? != Ordering::Greater),
        BinaryOp::Gt => Bool(cmp()? == Ordering::Greater),
        BinaryOp::Ge => Bool(cmp()? != Ordering::Less),
        _ => return Some(Err(ConstError::Invalid)),
    }))
}

fn int_op(op: BinaryOp, a: i128, b: i128, integer: bool) -> Result<ConstValue, ConstError> {
    use ConstValue::{Bool, Float, Int};
    let ovf = |r: Option<i128>| r.map(Int).ok_or(ConstError::Overflow);
    Ok(match op {
        BinaryOp::Add => ovf(a.checked_add(b))?,
        BinaryOp::Sub => ovf(a.checked_sub(b))?,
        BinaryOp::Mul => ovf(a.checked_mul(b))?,
        BinaryOp::Div if b == 0 => return Err(ConstError::DivByZero),
        BinaryOp::Div if integer => Int(a / b),
        BinaryOp::Div => Float(a as f64 / b as f64),
        BinaryOp::Rem if b == 0 => return Err(ConstError::DivByZero),
        BinaryOp::Rem => Int(a % b),
        BinaryOp::And => Int(a & b),
        BinaryOp::Or => Int(a | b),
        BinaryOp::Xor => Int(a ^ b),
        BinaryOp::AndNot => Int(a & !b),
        BinaryOp::Shl => {
            let s = u32::try_from(b).map_err(|_| ConstError::Overflow)?;
            if s >= 127 || (a != 0 && (a.unsigned_abs().leading_zeros() <= s + 1)) {
                return Err(ConstError::Overflow);
            }
            Int(a << s)
        }
        BinaryOp::Shr => {
            let s = u32::try_from(b).map_err(|_| ConstError::Overflow)?;
            Int(if s >= 127 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> s
            })
        }
        BinaryOp::Eq => Bool(a == b),
        BinaryOp::Ne => Bool(a != b),
        BinaryOp::Lt => Bool(a < b),
        BinaryOp::Le => Bool(a <= b),
        BinaryOp::Gt => Bool(a > b),
        BinaryOp::Ge => Bool(a >= b),
        BinaryOp::LogAnd | BinaryOp::LogOr => return Err(ConstError::Invalid),
    })
}

/// Wraps an integer constant to a sized type, for `^x` on unsigned types.
pub fn wrap_int(i: i128, b: Basic) -> i128 {
    match b.int_bits() {
        Some(bits) if b.is_unsigned() => i & ((1i128 << bits) - 1),
        _ => i,
    }
}

impl fmt::Display for ConstValue {
    /// Go's rendering of a constant in error messages (`300`, `"a"`, `true`, `1.5`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Rat(..) => write!(f, "{}", ConstValue::Float(self.as_f64().unwrap_or(0.0))),
            // go/constant: six significant digits, or all of them when six
            // would hide that the value is not an integer.
            ConstValue::Float(x) => {
                let six = crate::ftoa::format_float(*x, b'g', 6, 64);
                if x.fract() != 0.0 && !six.contains('.') {
                    f.write_str(&crate::ftoa::format_float(*x, b'g', -1, 64))
                } else {
                    f.write_str(&six)
                }
            }
            ConstValue::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// `n / d` rounded once to the nearest float64 (or float32, as a float64),
/// ties to even, as Go's constant conversion does. Dividing the two after
/// converting each rounds twice once either needs more than 53 bits,
/// which turned literals such as `0.9999999999999999` into 1.
pub fn ratio_to_float(n: i128, d: i128, float32: bool) -> f64 {
    let negative = (n < 0) != (d < 0);
    let (n, d) = (n.unsigned_abs(), d.unsigned_abs());
    if n == 0 || d == 0 {
        return if negative { -0.0 } else { 0.0 };
    }
    let (precision, min_exp) = if float32 { (24, -126) } else { (53, -1022) };
    let (mut mant, mut exp) = round_quotient(n, d, precision);
    // Below the smallest normal exponent (float32 only: an i128 ratio is
    // at least 2^-127) fewer bits are kept.
    let top = exp + 63 - mant.leading_zeros() as i32;
    if top < min_exp {
        (mant, exp) = round_quotient(n, d, precision - (min_exp - top) as u32);
    }
    // `mant` has at most 54 bits and the power of two is a normal float64,
    // so the product is exact.
    let v = mant as f64 * f64::from_bits(((exp + 1023) as u64) << 52);
    if negative { -v } else { v }
}

/// `n / d` as `mant * 2^exp`, `mant` rounded to `precision` bits (it may
/// carry into one more), ties to even.
fn round_quotient(n: u128, d: u128, precision: u32) -> (u64, i32) {
    // The quotient's binary digits by long division, two more than
    // `precision` (a guard bit and a round bit); `sticky` says whether
    // anything nonzero was left below them.
    let bits = |m: u128| 128 - m.leading_zeros();
    let want = precision + 2;
    let (mut m, mut r) = (n / d, n % d);
    let mut exp: i32 = 0;
    while bits(m) < want {
        r <<= 1;
        m <<= 1;
        if r >= d {
            r -= d;
            m |= 1;
        }
        exp -= 1;
    }
    let extra = bits(m) - want;
    let sticky = m & ((1u128 << extra) - 1) != 0 || r != 0;
    m >>= extra;
    exp += extra as i32 + 2;
    let low = m & 3;
    let mut mant = (m >> 2) as u64;
    if low > 2 || (low == 2 && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    (mant, exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn representability_follows_go() {
        assert!(ConstValue::Int(255).representable(Basic::Uint8));
        assert!(!ConstValue::Int(256).representable(Basic::Uint8));
        assert!(!ConstValue::Int(-1).representable(Basic::Uint));
        assert!(ConstValue::Int(-128).representable(Basic::Int8));
        assert!(!ConstValue::Float(1.5).representable(Basic::Int));
        assert!(ConstValue::Float(2.0).representable(Basic::Int));
    }

    #[test]
    fn float_constants_fold_exactly() {
        let a = parse_exact_float("0.1").unwrap();
        let b = parse_exact_float("0.2").unwrap();
        let sum = binary(BinaryOp::Add, &a, &b, false).unwrap();
        assert_eq!(sum.as_f64(), Some(0.3));
        assert_eq!(parse_exact_float("2.5e3"), Some(ConstValue::Int(2500)));
        assert_eq!(
            binary(
                BinaryOp::Div,
                &ConstValue::Int(1),
                &ConstValue::Int(3),
                false
            )
            .unwrap(),
            ConstValue::Rat(1, 3)
        );
    }

    /// A decimal literal becomes the float64 (or float32) nearest its
    /// exact value, as Rust's correctly rounded parser also gives it.
    #[test]
    fn decimal_literals_round_once() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut literals: Vec<String> = [
            "0.9999999999999999",
            "1023.9999999999999",
            "1e-30",
            "1e-32",
            "0.1",
            "123456789.123456789",
            "9007199254740993",
            "0.30000000000000004",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = 1 + (x % 19) as usize;
            let mant = (x >> 8) % 10u64.pow(digits as u32);
            let exp = (x >> 40) % 40;
            literals.push(format!("{mant}e-{exp}"));
            literals.push(format!("{}.{mant}", x % 1000));
        }
        for lit in &literals {
            let Some(v) = parse_exact_float(lit) else {
                continue;
            };
            let want64: f64 = lit.parse().unwrap();
            let want32: f32 = lit.parse().unwrap();
            assert_eq!(v.as_f64(), Some(want64), "{lit}");
            if let ConstValue::Rat(n, d) = v {
                assert_eq!(
                    ratio_to_float(n, d, true),
                    f64::from(want32),
                    "{lit} as float32"
                );
            }
        }
    }

    #[test]
    fn shifts_and_division() {
        assert_eq!(
            binary(
                BinaryOp::Shl,
                &ConstValue::Int(1),
                &ConstValue::Int(63),
                true
            ),
            Ok(ConstValue::Int(1 << 63))
        );
        assert_eq!(
            binary(
                BinaryOp::Div,
                &ConstValue::Int(7),
                &ConstValue::Int(2),
                true
            ),
            Ok(ConstValue::Int(3))
        );
        assert_eq!(
            binary(
                BinaryOp::Div,
                &ConstValue::Int(7),
                &ConstValue::Int(2),
                false
            ),
            Ok(ConstValue::Rat(7, 2))
        );
        assert_eq!(
            binary(
                BinaryOp::Div,
                &ConstValue::Int(1),
                &ConstValue::Int(0),
                true
            ),
            Err(ConstError::DivByZero)
        );
    }
}
