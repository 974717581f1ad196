//! Tests of the formatter against outputs of real Go 1.27.

mod fixtures;
mod floats;
mod golden_fmt;
mod misc;
mod mock;
mod runtime_print;

use fixtures::Fx;
use mock::Mock;

use super::{sprint, sprintf, sprintln};

/// One golden case: `kind` is `f` (Sprintf), `p` (Sprint) or `l`
/// (Sprintln); `args` names fixtures; `addr` outputs hold addresses and are
/// compared after replacing every `0x` + 6 or more hex digits by `0xADDR`.
pub(super) struct Case {
    pub kind: char,
    pub format: &'static [u8],
    pub args: &'static str,
    pub want: &'static [u8],
    pub addr: bool,
}

/// Replaces long hexadecimal numbers after `0x` (addresses) by `ADDR`.
fn normalize_addresses(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"0x") {
            let n = b[i + 2..]
                .iter()
                .take_while(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
                .count();
            if n >= 6 {
                out.extend_from_slice(b"0xADDR");
                i += 2 + n;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

fn run_case(m: &mut Mock, fx: &Fx, c: &Case) -> Vec<u8> {
    let args: Vec<_> = c
        .args
        .split_whitespace()
        .map(|name| fx.value(m, name))
        .collect();
    let got = match c.kind {
        'p' => sprint(m, &args),
        'l' => sprintln(m, &args),
        _ => sprintf(m, c.format, &args),
    };
    if c.addr {
        normalize_addresses(&got)
    } else {
        got
    }
}

/// Runs golden cases, reporting every mismatch at once.
fn check_cases(cases: &[Case]) -> usize {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let mut failures = Vec::new();
    for c in cases {
        let got = run_case(&mut m, &fx, c);
        if got != c.want {
            failures.push(format!(
                "{} {:?} [{}]\n   want {:?}\n    got {:?}",
                c.kind,
                String::from_utf8_lossy(c.format),
                c.args,
                String::from_utf8_lossy(c.want),
                String::from_utf8_lossy(&got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Go:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    cases.len()
}

#[test]
fn sprintf_matches_go() {
    assert!(check_cases(golden_fmt::CASES) > 400);
}
