//! Arithmetic and comparison, with Go's rules: integers wrap to their
//! type's width, division by zero panics, shifts saturate, floats of
//! `float32` round after every operation, and strings compare bytewise.

use super::Machine;
use crate::bytecode::{BinOp, CmpOp, NumKind, Op};
use crate::value::Value;

impl Machine {
    pub(super) fn exec_arith(&mut self, gi: usize, op: &Op) {
        use super::panics::RtErr;
        match op {
            Op::Bin(op, kind) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                if *kind == NumKind::Str && !self.alloc_string(&x, &y) {
                    return;
                }
                match arith(*op, *kind, &x, &y) {
                    Ok(v) => self.push(gi, v),
                    Err(e) => self.runtime_panic(gi, e),
                }
            }
            Op::Neg(kind) => {
                let x = self.pop(gi);
                let v = match x {
                    Value::Float(f) => Value::Float(-f),
                    Value::Int(i) => Value::Int(kind.wrap(i.wrapping_neg())),
                    other => other,
                };
                self.push(gi, v);
            }
            Op::Not => {
                let x = self.pop(gi);
                self.push(gi, Value::Bool(!x.as_bool()));
            }
            Op::BitNot(kind) => {
                let x = self.pop(gi);
                self.push(gi, Value::Int(kind.wrap(!x.as_int())));
            }
            Op::Cmp(op, kind) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                self.push(gi, Value::Bool(compare(*op, *kind, &x, &y)));
            }
            Op::EqAny(negate) => {
                let y = self.pop(gi);
                let x = self.pop(gi);
                match self.values_equal(&x, &y) {
                    Ok(eq) => self.push(gi, Value::Bool(eq != *negate)),
                    Err(ty) => self.runtime_panic(gi, RtErr::Uncomparable(ty)),
                }
            }
            Op::Convert(c) => {
                let x = self.pop(gi);
                if let Some(v) = self.convert(gi, *c, x) {
                    self.push(gi, v);
                }
            }
            Op::BinLocalConst(a, k, bop, kind) => {
                let x = self.slot(gi, *a).clone();
                let y = self.konst(*k);
                if *kind == NumKind::Str && !self.alloc_string(&x, &y) {
                    return;
                }
                match arith(*bop, *kind, &x, &y) {
                    Ok(v) => self.push(gi, v),
                    Err(e) => self.runtime_panic(gi, e),
                }
            }
            Op::MinMax(is_max, kind, n) => {
                let mut vals = self.pop_n(gi, *n as usize).into_iter();
                let Some(mut best) = vals.next() else {
                    never!(self, "min or max of no values");
                    return;
                };
                for v in vals {
                    if let (Value::Float(a), Value::Float(b)) = (&best, &v) {
                        if a.is_nan() || b.is_nan() {
                            best = Value::Float(f64::NAN);
                            continue;
                        }
                    }
                    let better = if *is_max {
                        compare(CmpOp::Gt, *kind, &v, &best)
                    } else {
                        compare(CmpOp::Lt, *kind, &v, &best)
                    };
                    if better {
                        best = v;
                    }
                }
                self.push(gi, best);
            }
            _ => never!(self, "exec_arith given another instruction"),
        }
    }
}

/// Integer and float arithmetic with Go's wrapping, division and shift rules.
pub fn arith(
    op: BinOp,
    kind: NumKind,
    x: &Value,
    y: &Value,
) -> Result<Value, super::panics::RtErr> {
    use super::panics::RtErr;
    if kind == NumKind::Str {
        let mut s = x.as_bytes().to_vec();
        s.extend_from_slice(y.as_bytes());
        return Ok(Value::bytes(&s));
    }
    if kind.is_float() {
        let (a, b) = (x.as_f64(), y.as_f64());
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => a / b,
            _ => 0.0,
        };
        return Ok(Value::Float(if kind == NumKind::F32 {
            f64::from(r as f32)
        } else {
            r
        }));
    }
    let (a, b) = (x.as_int(), y.as_int());
    let unsigned = kind.is_unsigned();
    let r = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        BinOp::Div | BinOp::Rem if b == 0 => return Err(RtErr::DivideByZero),
        BinOp::Div if unsigned => ((a as u64) / (b as u64)) as i64,
        BinOp::Rem if unsigned => ((a as u64) % (b as u64)) as i64,
        BinOp::Div => a.wrapping_div(b),
        BinOp::Rem => a.wrapping_rem(b),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::AndNot => a & !b,
        BinOp::Shl | BinOp::Shr => {
            if b < 0 {
                return Err(RtErr::NegativeShift);
            }
            let s = b as u64;
            let bits = u64::from(kind.bits());
            if op == BinOp::Shl {
                if s >= bits {
                    0
                } else {
                    a.wrapping_shl(s as u32)
                }
            } else if unsigned {
                if s >= 64 {
                    0
                } else {
                    ((kind.wrap(a) as u64) >> s) as i64
                }
            } else if s >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> s
            }
        }
    };
    Ok(Value::Int(kind.wrap(r)))
}

pub fn compare(op: CmpOp, kind: NumKind, x: &Value, y: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match kind {
        NumKind::Str => Some(x.as_bytes().cmp(y.as_bytes())),
        NumKind::Bool => Some(x.as_bool().cmp(&y.as_bool())),
        k if k.is_float() => x.as_f64().partial_cmp(&y.as_f64()),
        k if k.is_unsigned() => Some((x.as_int() as u64).cmp(&(y.as_int() as u64))),
        _ => Some(x.as_int().cmp(&y.as_int())),
    };
    match (op, ord) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Eq, Some(o)) => o == Ordering::Equal,
        (CmpOp::Ne, Some(o)) => o != Ordering::Equal,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::Le, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (CmpOp::Ge, Some(o)) => o != Ordering::Less,
    }
}

/// Decodes the UTF-8 rune at byte `i` the way `range` over a string does:
/// an invalid byte yields U+FFFD with width 1.
pub fn decode_rune(s: &[u8], i: usize) -> (i64, i64) {
    let rest = s.get(i..).unwrap_or(&[]);
    for w in 1..=4.min(rest.len()) {
        if let Ok(t) = std::str::from_utf8(&rest[..w]) {
            if let Some(c) = t.chars().next() {
                return (i64::from(u32::from(c)), w as i64);
            }
        }
    }
    (0xFFFD, 1)
}
