//! Programs that grow memory without bound end in the memory limit, an
//! outcome the page explains, instead of exhausting the machine (the page
//! would die with it). Limits the simulator has and Go does not are not
//! golden tests: real Go would run these until the system's memory ran out.

use runtime::machine::{Limit, Limits, OutcomeKind};

fn main_body(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\nfunc main() {{\n{body}\n}}\n")
}

/// Runs `body` with 4 MB of memory (the default's 256 MB takes long in a
/// debug build) and returns the limit it stopped at.
fn limit_of(body: &str) -> Option<Limit> {
    let build = runtime::build(&main_body(body)).expect("builds");
    let mut m = build.machine(Limits::default().with_max_memory(4 << 20));
    let outcome = m.run(&mut runtime::sched::SeededScheduler::new(0));
    assert_eq!(outcome.kind(), OutcomeKind::Limit, "{body}: {outcome:?}");
    outcome.limit()
}

#[test]
fn growth_without_bound_ends_in_the_memory_limit() {
    for body in [
        // Doubling a string, a byte slice; appending for ever.
        "s := \"x\"\nfor i := 0; i < 40; i++ {\n\ts += s\n}\nfmt.Println(len(s))",
        "b := []byte(\"x\")\nfor i := 0; i < 40; i++ {\n\tb = append(b, b...)\n}\nfmt.Println(len(b))",
        "var s []int\nfor i := 0; ; i++ {\n\ts = append(s, i)\n}",
        // A map and a channel buffer filled for ever.
        "m := map[int]int{}\nfor i := 0; ; i++ {\n\tm[i] = i\n}",
        "c := make(chan int, 1<<40)\nfor {\n\tc <- 1\n}",
        // One allocation bigger than the whole budget.
        "s := make([]int, 1<<40)\nfmt.Println(len(s))",
    ] {
        assert_eq!(limit_of(body), Some(Limit::Memory), "{body}");
    }
}

#[test]
fn sizes_go_refuses_are_go_panics() {
    for (body, panic) in [
        (
            "s := make([]int, 1<<62)\nfmt.Println(len(s))",
            "panic: runtime error: makeslice: len out of range",
        ),
        (
            "s := make([]int, 1, 1<<62)\nfmt.Println(len(s))",
            "panic: runtime error: makeslice: cap out of range",
        ),
        (
            "c := make(chan int, 1<<62)\nfmt.Println(cap(c))",
            "panic: makechan: size out of range",
        ),
    ] {
        let outcome = runtime::run_source(&main_body(body));
        assert_eq!(outcome.kind(), OutcomeKind::Panic, "{body}");
        assert!(
            outcome.stderr().starts_with(panic),
            "{body}: {}",
            outcome.stderr()
        );
    }
}

#[test]
fn ordinary_string_building_is_not_counted() {
    // Twenty thousand small concatenations: small strings come and go.
    let body = "x := \"\"\nfor i := 0; i < 20000; i++ {\n\tx = x + \"ab\"\n}\nfmt.Println(len(x))";
    let outcome = runtime::run_source(&main_body(body));
    assert_eq!(outcome.kind(), OutcomeKind::Exit);
    assert_eq!(outcome.stdout(), "40000\n");
}

#[test]
fn types_too_large_to_keep_inline_are_refused_when_built() {
    for src in [
        main_body("var a [1 << 30]int\nfmt.Println(len(a))"),
        main_body("a := [1 << 20][1 << 20]int{}\nfmt.Println(len(a))"),
        main_body(
            "type T struct {\n\ta [1 << 19]int\n\tb [1 << 19]int\n\tc int\n}\nvar t T\nfmt.Println(len(t.a))",
        ),
    ] {
        let Err(errors) = runtime::build(&src) else {
            panic!("built: {src}");
        };
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0]
                .message()
                .starts_with("type too large for the simulator: "),
            "{}",
            errors[0].message()
        );
    }
    // A megabyte buffer is fine.
    let ok = main_body("var buf [1 << 20]byte\nfmt.Println(len(buf))");
    assert_eq!(runtime::run_source(&ok).stdout(), "1048576\n");
}
