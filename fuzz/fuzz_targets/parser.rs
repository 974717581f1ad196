//! The lexer, the parser and the editor's colouring on any text: a tree
//! and diagnostics, never a Rust panic. Every span lies inside the text
//! (the editor underlines exactly that range) and the coloured copy keeps
//! every byte, so it lines up with the textarea above it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let len = src.len() as u32;
    let lexed = syntax::lexer::lex(&src);
    assert!(lexed.tokens.iter().all(|t| t.span.lo <= t.span.hi && t.span.hi <= len));
    let parsed = syntax::parse(&src);
    let spans: Vec<(u32, u32)> = lexed
        .diagnostics
        .iter()
        .chain(&parsed.diagnostics)
        .map(|d| (d.span.lo, d.span.hi))
        .collect();
    assert!(spans.iter().all(|&(lo, hi)| lo <= hi && hi <= len));
    let lines = web::highlight::lines(&src, &spans);
    let copy: Vec<String> = lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect())
        .collect();
    assert_eq!(copy.join("\n"), src);
});
