//! `format_float` and `parse_float` against `float_golden.txt`, lines
//! printed by real Go's `strconv` (generated, not hand-written):
//! `F <bits> <fmt> <prec> <bitsize> <FormatFloat result>` and
//! `P <bitsize> <quoted input> <ok|syntax|range> <result bits>`.

use crate::{ParseFloatError, format_float, parse_float};

const GOLDEN: &str = include_str!("float_golden.txt");

/// Undoes Go's `%q` for the inputs in the golden file.
fn unquote(q: &str) -> String {
    let inner = q
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(q);
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&hex, 16).unwrap_or(b'?')));
            }
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('?'),
                );
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[test]
fn format_float_matches_go() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in GOLDEN.lines().filter(|l| l.starts_with("F ")) {
        let parts: Vec<&str> = line.splitn(6, ' ').collect();
        let bits = u64::from_str_radix(parts[1], 16).expect("bits");
        let fmt = parts[2].as_bytes()[0];
        let prec: i32 = parts[3].parse().expect("prec");
        let size: u32 = parts[4].parse().expect("size");
        let got = format_float(f64::from_bits(bits), fmt, prec, size);
        n += 1;
        if got != parts[5] {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(n > 900, "{n}");
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn parse_float_matches_go() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in GOLDEN.lines().filter(|l| l.starts_with("P ")) {
        let (head, rest) = line.split_at(5);
        let size: u32 = head[2..4].parse().expect("size");
        let end = rest.rfind(' ').expect("bits");
        let bits = u64::from_str_radix(&rest[end + 1..], 16).expect("bits");
        let (quoted, kind) = rest[..end].rsplit_once(' ').expect("kind");
        let input = unquote(quoted);
        let want = f64::from_bits(bits);
        let ok = match (parse_float(&input, size), kind) {
            (Ok(v), "ok") => v.to_bits() == want.to_bits() || (v.is_nan() && want.is_nan()),
            (Err(ParseFloatError::Syntax), "syntax") => want == 0.0,
            (Err(ParseFloatError::Range(v)), "range") => v.to_bits() == want.to_bits(),
            _ => false,
        };
        n += 1;
        if !ok {
            failures.push(format!("{line}\n    got {:?}", parse_float(&input, size)));
        }
    }
    assert!(n > 500, "{n}");
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn float_examples() {
    assert_eq!(format_float(0.1, b'g', -1, 32), "0.1");
    assert_eq!(
        format_float(f64::from(0.1f32), b'g', -1, 64),
        "0.10000000149011612"
    );
    assert_eq!(format_float(2.5, b'f', 0, 64), "2");
    assert_eq!(format_float(3.5, b'f', 0, 64), "4");
    assert_eq!(format_float(1e21, b'g', -1, 64), "1e+21");
    assert_eq!(format_float(1.0, b'z', -1, 64), "%z");
    // Exactly halfway between two shortest candidates: Go takes the even one.
    assert_eq!(format_float(61289.8125, b'e', -1, 32), "6.1289812e+04");
    assert_eq!(
        format_float(f64::from_bits(0x4082_4057_a000_0000), b'f', -1, 64),
        "584.0427856445312"
    );
    assert_eq!(
        format_float(f64::from_bits(0xc04d410000000000), b'G', -1, 32),
        "-58.507812"
    );
    assert_eq!(parse_float("0x1.8p1", 64), Ok(3.0));
    assert_eq!(
        parse_float("1e400", 64),
        Err(ParseFloatError::Range(f64::INFINITY))
    );
    assert_eq!(parse_float("1_0.5", 64), Ok(10.5));
    assert_eq!(parse_float("1__0", 64), Err(ParseFloatError::Syntax));
}
