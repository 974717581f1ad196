//! Generic and iterator code, damaged: every golden program that declares
//! or uses type parameters, or ranges over a function, is cut, spliced and
//! retyped at seeded places, and each mutant must build into Go's compile
//! errors or run into an outcome under tight limits, never a Rust panic or
//! a hang. (The fuzz targets take any text; this keeps the newest and
//! least travelled part of the checker under the same rule in every CI run.)

use runtime::machine::Limits;
use std::path::Path;

/// Replacements that keep a program close to valid Go, so mutants reach
/// deep into the checker: other constraints, other type arguments, a
/// dropped or doubled bracket.
const SWAPS: &[(&str, &str)] = &[
    ("any", "comparable"),
    ("comparable", "any"),
    ("[T", "[T, U"),
    ("int]", "string]"),
    ("int]", "]"),
    ("T)", "*T)"),
    ("~", ""),
    (" | ", " & "),
    ("yield(", "yield(yield, "),
    ("range ", "range &"),
    ("func(", "func[X any]("),
    ("[", "[["),
    ("]", ""),
    ("return", "defer"),
];

/// A splitmix step: deterministic positions and choices.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn mutate(src: &str, state: &mut u64) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + next(state) % 3 {
        match next(state) % 3 {
            0 => {
                let (from, to) = SWAPS[(next(state) % SWAPS.len() as u64) as usize];
                let hits: Vec<usize> = s.match_indices(from).map(|(i, _)| i).collect();
                if let Some(&at) = hits.get((next(state) % hits.len().max(1) as u64) as usize) {
                    s.replace_range(at..at + from.len(), to);
                }
            }
            1 => {
                // Cut a piece out.
                let a = (next(state) % s.len().max(1) as u64) as usize;
                let b = (a + (next(state) % 40) as usize).min(s.len());
                if s.is_char_boundary(a) && s.is_char_boundary(b) {
                    s.replace_range(a..b, "");
                }
            }
            _ => {
                // Copy a piece elsewhere.
                let a = (next(state) % s.len().max(1) as u64) as usize;
                let b = (a + (next(state) % 60) as usize).min(s.len());
                let at = (next(state) % s.len().max(1) as u64) as usize;
                if [a, b, at].iter().all(|&i| s.is_char_boundary(i)) {
                    let piece = s[a..b].to_string();
                    s.insert_str(at, &piece);
                }
            }
        }
    }
    s
}

#[test]
fn damaged_generic_programs_give_errors_or_outcomes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden");
    let mut sources = Vec::new();
    for dir in ["lang", "lib", "chan", "compile", "panic"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            if text.contains("[T ")
                || text.contains("[T,")
                || text.contains("range Count")
                || text.contains("iter.")
            {
                sources.push(text);
            }
        }
    }
    sources.sort();
    assert!(
        sources.len() >= 8,
        "only {} generic programs",
        sources.len()
    );
    let mut state = 24;
    for src in &sources {
        for _ in 0..25 {
            let m = mutate(src, &mut state);
            if let Ok(build) = runtime::build(&m) {
                let limits = Limits::default()
                    .with_max_instructions(200_000)
                    .with_max_steps(5_000)
                    .with_max_goroutines(100)
                    .with_max_output(1 << 14);
                let mut machine = build.machine(limits);
                let mut sched = runtime::sched::SeededScheduler::new(next(&mut state));
                machine.run(&mut sched);
            }
        }
    }
}
