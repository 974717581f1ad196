//! The parser must never panic, hang or overflow its stack, whatever the
//! input: garbage token soups, every truncation of a valid program, and
//! absurdly deep nesting.

use std::time::{Duration, Instant};

const PROGRAM: &str = r#"package main

import "fmt"

type Point struct{ X, Y int }

const (
	A = iota
	B
)

func (p *Point) Move(dx int) { p.X += dx }

func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() { defer close(done); ch <- 1 }()
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	case <-done:
	default:
	}
	pts := []Point{{1, 2}, {X: 3}}
	for i, p := range pts {
		switch x := interface{}(p).(type) {
		case Point:
			fmt.Println(i, x.X&^1, `raw`, 'r', 0x1p-2)
		}
	}
outer:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue outer
		} else if m := map[string][]int{"a": {1}}; len(m) > 0 {
			break outer
		}
	}
}
"#;

/// Fragments that tokens are made of, valid and not.
const VOCABULARY: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "\n",
    ":",
    ":=",
    "=",
    "==",
    "x",
    "y",
    "T",
    "1",
    "2.5",
    "0x",
    "'a'",
    "''",
    "\"s",
    "`r`",
    "`",
    "/*",
    "*/",
    "//",
    "chan",
    "<-",
    "<-chan",
    "map",
    "struct",
    "interface",
    "type",
    "var",
    "const",
    "iota",
    "go",
    "defer",
    "select",
    "case",
    "default",
    "switch",
    "for",
    "range",
    "if",
    "else",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "...",
    ".",
    "+",
    "-",
    "*",
    "&",
    "&^",
    "|",
    "||",
    "&&",
    "!",
    "^",
    "~",
    "++",
    "--",
    "+=",
    "<<=",
    "@",
    "#",
    "\0",
    "\u{feff}",
    "é",
    "日本",
    ".(type)",
    "[T any]",
    "x.(",
    "\\",
    "\"\\x",
    "'\\u",
    " ",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n).unwrap()).unwrap()
    }
}

// A hang guard, not a speed test: the bound is seconds for microseconds
// of work, so only a parser stuck in a loop fails it.
#[allow(clippy::disallowed_methods)]
fn parse_quickly(src: &str) {
    let start = Instant::now();
    let parsed = syntax::parse(src);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "too slow on {src:?}"
    );
    // Diagnostics must point into the source.
    for d in &parsed.diagnostics {
        assert!(
            d.span.lo <= d.span.hi && d.span.hi as usize <= src.len(),
            "{d:?} in {src:?}"
        );
    }
}

#[test]
fn token_soups_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..3000 {
        let len = 1 + rng.below(60);
        let mut src = String::new();
        if round % 2 == 0 {
            src.push_str("package p\nfunc f() {\n");
        }
        for _ in 0..len {
            src.push_str(VOCABULARY[rng.below(VOCABULARY.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        parse_quickly(&src);
    }
}

#[test]
fn every_truncation_of_a_program_parses() {
    assert!(syntax::parse(PROGRAM).diagnostics.is_empty());
    for (end, _) in PROGRAM.char_indices() {
        parse_quickly(&PROGRAM[..end]);
        parse_quickly(&PROGRAM[end..]);
    }
}

#[test]
fn mutated_programs_parse() {
    let mut rng = Rng(42);
    let chars: Vec<char> = PROGRAM.chars().collect();
    for _ in 0..1000 {
        let mut mutated = chars.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(mutated.len());
            match rng.below(3) {
                0 => {
                    mutated.remove(at);
                }
                1 => mutated.insert(
                    at,
                    ['{', '}', '(', ')', ';', '\n', ',', ':', '"', '`'][rng.below(10)],
                ),
                _ => {
                    let other = rng.below(mutated.len());
                    mutated.swap(at, other);
                }
            }
        }
        parse_quickly(&mutated.into_iter().collect::<String>());
    }
}

/// Parses on a thread with a browser-sized stack (1 MiB), so a stack
/// overflow would show even where test threads have more.
fn parse_on_small_stack(src: String) -> Vec<String> {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            syntax::parse(&src)
                .diagnostics
                .into_iter()
                .map(|d| d.message)
                .collect()
        })
        .expect("spawn")
        .join()
        .expect("the parser must not overflow its stack")
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    const DEPTH: usize = 100_000;
    let nested = [
        format!(
            "package p\nvar x = {}1{}\n",
            "(".repeat(DEPTH),
            ")".repeat(DEPTH)
        ),
        format!("package p\nvar x = {}", "(".repeat(DEPTH)),
        format!("package p\nvar x = {}", "[".repeat(DEPTH)),
        format!("package p\nfunc f() {}", "{".repeat(DEPTH)),
        format!("package p\nvar x = T{}", "{".repeat(DEPTH)),
        format!("package p\nvar x = {}y", "- ".repeat(DEPTH)),
        format!("package p\nvar x = {}y", "<-".repeat(DEPTH)),
        format!("package p\nvar x {}int", "*".repeat(DEPTH)),
        format!("package p\nvar x {}int", "[]".repeat(DEPTH)),
        format!("package p\nvar x {}int", "chan ".repeat(DEPTH)),
        format!("package p\nfunc f() {{ {} }}", "if x {".repeat(DEPTH)),
        format!(
            "package p\nfunc f() {{ if x {{}} {} }}",
            "else if x {}".repeat(DEPTH)
        ),
        format!("package p\nvar x = {}", "func() { x := ".repeat(DEPTH)),
        format!(
            "package p\nvar x = {}1{}",
            "f(".repeat(DEPTH),
            ")".repeat(DEPTH)
        ),
    ];
    for src in nested {
        let head: String = src.chars().take(30).collect();
        let messages = parse_on_small_stack(src);
        assert!(
            messages
                .iter()
                .any(|m| m == "syntax error: nesting too deep"),
            "{head:?}: {messages:?}"
        );
    }
    // Top-level garbage is skipped, not nested into.
    let messages = parse_on_small_stack(format!("package p\n{}", "{".repeat(DEPTH)));
    assert_eq!(
        messages,
        ["syntax error: non-declaration statement outside function body"]
    );
}

#[test]
fn long_chains_build_bounded_trees() {
    const LENGTH: usize = 100_000;
    for src in [
        format!("package p\nvar x = a{}\n", " + a".repeat(LENGTH)),
        format!("package p\nvar x = a{}\n", ".b".repeat(LENGTH)),
        format!("package p\nvar x = f{}\n", "()".repeat(LENGTH)),
        format!("package p\nvar x = a{}\n", "[0]".repeat(LENGTH)),
    ] {
        let messages = parse_on_small_stack(src);
        assert_eq!(messages, ["syntax error: nesting too deep"]);
    }
    // Long but flat: fine.
    let flat = format!("package p\nvar x = []int{{{}}}\n", "1, ".repeat(LENGTH));
    assert_eq!(parse_on_small_stack(flat), Vec::<String>::new());
}

#[test]
fn odd_inputs() {
    for src in [
        "",
        "\n",
        "package",
        "package p",
        "package p;",
        "\u{feff}",
        "\0",
        "package p\n}",
        "package p\nfunc",
        "é",
    ] {
        parse_quickly(src);
    }
    assert_eq!(
        syntax::parse("").diagnostics[0].message,
        "expected 'package', found 'EOF'"
    );
}
