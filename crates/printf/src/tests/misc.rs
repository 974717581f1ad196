//! Errorf's `%w`, helpers, robustness: the formatter never panics, whatever
//! the format string and operands.

use crate::{
    FmtHost, is_print, quote_rune, quote_string, sprint, sprintf, sprintf_wrapping, sprintln,
    type_name,
};
use program::value::Value;

use super::fixtures::{Fx, s};
use super::mock::Mock;

fn text(b: Vec<u8>) -> String {
    String::from_utf8_lossy(&b).into_owned()
}

#[test]
fn errorf_wraps_errors() {
    // Outputs of fmt.Errorf(...).Error() in Go 1.27.
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let e = fx.value(&mut m, "errnew");
    let (out, wrapped) = sprintf_wrapping(&mut m, b"x: %w", std::slice::from_ref(&e));
    assert_eq!((text(out), wrapped), ("x: boom".to_string(), vec![0]));
    let hello = Mock::iface(fx.string, s("hello"));
    let (out, wrapped) = sprintf_wrapping(&mut m, b"%w|%w|%v", &[e.clone(), hello, e.clone()]);
    assert_eq!(
        (text(out), wrapped),
        ("boom|%!w(string=hello)|boom".to_string(), vec![0, 1])
    );
    let mi = fx.value(&mut m, "mi");
    assert_eq!(
        text(sprintf_wrapping(&mut m, b"%w", &[mi]).0),
        "%!w(main.MyInt=7)"
    );
    assert_eq!(
        text(sprintf_wrapping(&mut m, b"%w", &[Value::Nil]).0),
        "%!w(<nil>)"
    );
    let out = sprintf_wrapping(&mut m, b"%+w %#w %5w", &[e.clone(), e.clone(), e.clone()]).0;
    assert_eq!(
        text(out),
        "boom &%!w(errors.errorString=errors.errorString{s:\"boom\"})  boom"
    );
    // Sprintf itself rejects %w.
    assert_eq!(
        text(sprintf(&mut m, b"%w", &[e])),
        "%!w(*errors.errorString=&{boom})"
    );
}

#[test]
fn pointer_verbs_use_host_addresses() {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let ch = fx.value(&mut m, "ch");
    let addr = match &ch {
        Value::Iface(i) => m.address(&i.val),
        _ => 0,
    };
    let got = text(sprintf(
        &mut m,
        b"%x|%X|%d|%p|%#p|%v|%10p|%-14v|",
        &[
            ch.clone(),
            ch.clone(),
            ch.clone(),
            ch.clone(),
            ch.clone(),
            ch.clone(),
            ch.clone(),
            ch,
        ],
    ));
    let want = format!(
        "{addr:x}|{addr:X}|{addr}|{addr:#x}|{addr:x}|{addr:#x}|{:>10}|{:<14}|",
        format!("{addr:#x}"),
        format!("{addr:#x}")
    );
    assert_eq!(got, want);
}

#[test]
fn helpers() {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let anon = m.struct_of(&[("A", fx.int), ("^T", fx.t)]);
    assert_eq!(type_name(&m.types, anon), "struct { A int; main.T }");
    let iface_ty = fx.error;
    assert_eq!(type_name(&m.types, iface_ty), "error");
    assert_eq!(
        quote_string("é\u{7}\u{ffff}".as_bytes(), false),
        b"\"\xc3\xa9\\a\\uffff\""
    );
    assert_eq!(quote_string(b"\xff", true), b"\"\\xff\"");
    assert_eq!(quote_rune(0x1F600, true), b"'\\U0001f600'");
    assert_eq!(quote_rune(-5, false), "'\u{fffd}'".as_bytes());
    assert!(
        is_print(' ' as i64)
            && is_print('世' as i64)
            && !is_print(0xA0)
            && !is_print(0x10FFFF)
            && !is_print(-1)
    );
}

#[test]
fn untyped_operands_do_not_crash() {
    // Operands should arrive as `any` values; raw ones still print.
    let mut m = Mock::new();
    let args = [Value::Int(5), s("hi"), Value::Float(1.5), Value::Bool(true)];
    assert_eq!(
        text(sprintf(&mut m, b"%d %s %v %t", &args)),
        "5 hi 1.5 true"
    );
    assert_eq!(text(sprint(&mut m, &args)), "5 hi 1.5 true");
}

#[test]
fn cyclic_values_terminate() {
    // s := []any{nil}; s[0] = s — Go overflows its stack; we stop.
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let anys = m.slice_of(fx.any);
    let obj = m.alloc(vec![Value::Nil]);
    let sv = Value::Slice(program::value::SliceVal {
        obj,
        off: 0,
        len: 1,
        cap: 1,
    });
    m.set_cell(obj, 0, Mock::iface(anys, sv.clone()));
    let out = sprintln(&mut m, &[Mock::iface(anys, sv)]);
    assert!(out.ends_with(b"]\n") && out.windows(3).any(|w| w == b"..."));
}

/// A tiny deterministic generator (no dependency needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const NAMES: &[&str] = &[
    "i0", "i5", "in255", "imin", "u8", "u64max", "r_inv", "r_big", "b_t", "fnan", "fneg0", "f314",
    "fmax", "fsmall", "f32_01", "s_hello", "s_bad", "s_uni", "bs", "bs_nil", "ints", "ints_nil",
    "anys", "arr_b", "nested", "m_si", "m_f", "m_any", "m_p", "m_nil", "t", "pt", "pt_nil", "u0",
    "u1", "emb", "node2", "mi", "mbs", "st", "pst", "ppst", "err", "perr", "panicky", "np_nil",
    "np", "lower", "errs", "any_nil", "pint", "ch", "fn", "ppt", "pm", "withst",
];

#[test]
fn random_formats_never_panic() {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let mut rng = Lcg(0x5eed);
    let alphabet: &[u8] = b"%%%%%%vdsqxXfeEgGcUtTpobOwz#+- 0123456789.*[]!\xff\xc3\xa9a";
    let values: Vec<Value> = NAMES.iter().map(|n| fx.value(&mut m, n)).collect();
    for round in 0..20_000 {
        let len = rng.below(16);
        let format: Vec<u8> = (0..len)
            .map(|_| {
                if round % 5 == 0 {
                    rng.next() as u8
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        let args: Vec<Value> = (0..rng.below(5))
            .map(|_| values[rng.below(values.len())].clone())
            .collect();
        let _ = sprintf(&mut m, &format, &args);
        let _ = sprintf_wrapping(&mut m, &format, &args);
        if round % 10 == 0 {
            let _ = sprint(&mut m, &args);
            let _ = sprintln(&mut m, &args);
        }
    }
}

#[test]
fn mismatched_values_never_panic() {
    // Values that do not fit their type (a machine bug) must not crash us.
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let weird = [
        Value::Nil,
        Value::Int(3),
        s("x"),
        Value::Agg(Box::new([])),
        Value::Float(1.0),
        Value::Bool(true),
    ];
    let tys = [
        fx.int,
        fx.string,
        fx.t,
        fx.u,
        fx.float32,
        fx.any,
        fx.error,
        fx.node,
        fx.my_bytes,
        fx.chan_int,
    ];
    for ty in tys {
        for v in &weird {
            let arg = Mock::iface(ty, v.clone());
            for verb in [
                &b"%v"[..],
                b"%+v",
                b"%#v",
                b"%d",
                b"%s",
                b"%x",
                b"%q",
                b"%p",
                b"%T",
            ] {
                let _ = sprintf(&mut m, verb, std::slice::from_ref(&arg));
            }
        }
    }
}

#[test]
fn random_floats_never_panic() {
    use crate::{format_float, parse_float};
    let mut rng = Lcg(42);
    let alphabet: &[u8] = b"0123456789..eEpPxX__+-infaNIty ";
    for _ in 0..5_000 {
        let len = rng.below(12);
        let s: String = (0..len)
            .map(|_| char::from(alphabet[rng.below(alphabet.len())]))
            .collect();
        for size in [32, 64] {
            let _ = parse_float(&s, size);
            let _ = parse_float(&format!("0x{s}"), size);
        }
        let bits = (rng.next() << 33) ^ rng.next();
        let prec = rng.below(40) as i32 - 2;
        for fmt in *b"eEfgGbxXq" {
            let _ = format_float(f64::from_bits(bits), fmt, prec, 64);
            let _ = format_float(f64::from_bits(bits), fmt, prec, 32);
        }
    }
    assert_eq!(format_float(1.0, b'e', i32::MAX, 64).len(), 1_000_006);
}
