//! `gosim check` on the compile-error corpus (`tests/errors/`), written in
//! go/types' test-data style: every error sits in the source as a comment
//! `/* ERROR "message" */` right after the token Go reports it at, several
//! per file. Each file is compared as a set of (position, message): Go's
//! order is covered by the goldens under `tests/golden/compile/`.
//!
//! With `GOSIM_REAL_GO` set, real `go build` runs on each file too and must
//! report exactly its markers; `UPDATE_EXPECT=1` writes real Go's errors
//! in as the markers, replacing the old ones.

use crate::common::gosim;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use syntax::token::TokenKind;
use syntax::{LineCol, LineIndex};

const OPEN: &str = "/* ERROR ";
/// Go stops at its tenth error; a file stays below that so every error shows.
const MAX_PER_FILE: usize = 9;

/// Errors by `(line, col)`, each position's messages in report order.
type Errors = BTreeMap<(u32, u32), Vec<String>>;

fn programs() -> Vec<PathBuf> {
    let mut files = Vec::new();
    test_support::go_files(Path::new(&crate::common::corpus("errors")), &mut files);
    files.sort();
    files
}

/// The markers of `src`: each at the start of the nearest token before it
/// that is neither a comment nor an inserted semicolon.
fn markers(src: &str) -> Errors {
    let index = LineIndex::new(src);
    let mut out = Errors::new();
    let mut anchor = None;
    for tok in syntax::lexer::lex(src).tokens {
        let text = &src[tok.span.lo as usize..tok.span.hi as usize];
        match tok.kind {
            TokenKind::BlockComment => {
                if let Some(quoted) = text.strip_prefix(OPEN) {
                    let quoted = quoted.trim_end_matches("*/").trim_end();
                    let LineCol { line, col } =
                        index.line_col(anchor.expect("marker after a token"));
                    out.entry((line, col)).or_default().push(unquote(quoted));
                }
            }
            TokenKind::LineComment | TokenKind::AutoSemicolon => {}
            _ => anchor = Some(tok.span.lo),
        }
    }
    out
}

/// `src` with its markers replaced by `errors`, each written after the
/// token it names. Positions are `src`'s own, markers included.
fn insert(src: &str, errors: &Errors) -> String {
    let index = LineIndex::new(src);
    // (start, end, text): replace src[start..end] by text.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut placed = 0;
    for tok in syntax::lexer::lex(src).tokens {
        let (lo, hi) = (tok.span.lo as usize, tok.span.hi as usize);
        match tok.kind {
            TokenKind::BlockComment if src[lo..hi].starts_with(OPEN) => {
                let from = if src[..lo].ends_with(' ') { lo - 1 } else { lo };
                edits.push((from, hi, String::new()));
                continue;
            }
            TokenKind::AutoSemicolon | TokenKind::Eof => continue,
            _ => {}
        }
        let LineCol { line, col } = index.line_col(tok.span.lo);
        if let Some(msgs) = errors.get(&(line, col)) {
            let text: String = msgs
                .iter()
                .map(|m| format!(" {OPEN}{} */", quote(m)))
                .collect();
            edits.push((hi, hi, text));
            placed += msgs.len();
        }
    }
    let total: usize = errors.values().map(Vec::len).sum();
    assert_eq!(placed, total, "an error at no token's start: {errors:?}");
    edits.sort_by_key(|&(start, end, _)| (start, end));
    let mut out = String::new();
    let mut last = 0;
    for (start, end, text) in edits {
        out.push_str(&src[last..start]);
        out.push_str(&text);
        last = end;
    }
    out.push_str(&src[last..]);
    out
}

fn quote(msg: &str) -> String {
    let mut s = String::from('"');
    for c in msg.chars() {
        match c {
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

fn unquote(quoted: &str) -> String {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .expect("marker text in double quotes");
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(c) => out.push(c),
            None => panic!("marker ends in a backslash: {quoted}"),
        }
    }
    out
}

/// Errors as `go build` and `gosim check` print them: `./NAME:L:C: msg`,
/// then the message's tab-indented continuation lines. A position inside a
/// message names the file as `go build` of `prog.go` does.
fn parse_errors(stderr: &[u8], name: &str) -> Errors {
    let text = String::from_utf8_lossy(stderr).replace(&format!("./{name}:"), "./prog.go:");
    let mut out = Errors::new();
    let mut last: Option<(u32, u32)> = None;
    for line in text.lines() {
        if let Some(cont) = line.strip_prefix('\t') {
            let key = last.expect("continuation after an error");
            let msg = out
                .get_mut(&key)
                .and_then(|v| v.last_mut())
                .expect("an error");
            msg.push_str("\n\t");
            msg.push_str(cont);
            continue;
        }
        let Some(rest) = line.strip_prefix("./") else {
            continue;
        };
        let mut parts = rest.splitn(4, ':');
        let (_, l, c, msg) = (parts.next(), parts.next(), parts.next(), parts.next());
        let (Some(l), Some(c), Some(msg)) = (l, c, msg) else {
            continue;
        };
        let key = (l.parse().expect("line"), c.parse().expect("column"));
        out.entry(key)
            .or_default()
            .push(msg.trim_start().to_string());
        last = Some(key);
    }
    out
}

fn real_go_build(go: &Path, src: &str) -> Errors {
    let work = std::env::temp_dir().join(format!("gosim-errors-{}", std::process::id()));
    let out = test_support::real_go::build(go, src, &work);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "go build accepted the program");
    assert!(
        !stderr.contains("too many errors"),
        "Go cut the errors off: keep a file under ten\n{stderr}"
    );
    parse_errors(&out.stderr, "prog.go")
}

/// `src` with real Go's errors as its markers. A message that names a
/// position (`other declaration of x`) names it in the marked file, so the
/// markers are rewritten until they describe the file that holds them.
fn record(go: &Path, src: &str) -> String {
    let mut marked = insert(src, &real_go_build(go, src));
    for _ in 0..4 {
        let again = insert(&marked, &real_go_build(go, &marked));
        if again == marked {
            return marked;
        }
        marked = again;
    }
    panic!("the markers do not settle:\n{marked}");
}

fn show(errors: &Errors) -> String {
    errors
        .iter()
        .flat_map(|((l, c), msgs)| msgs.iter().map(move |m| format!("{l}:{c}: {m}")))
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[test]
fn errors_corpus() {
    let files = programs();
    let real_go = std::env::var_os("GOSIM_REAL_GO").map(PathBuf::from);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut cases = 0;
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let mut src = std::fs::read_to_string(file).unwrap();
        if let (Some(go), true) = (&real_go, update) {
            src = record(go, &src);
            std::fs::write(file, &src).unwrap();
        }
        let want = markers(&src);
        let count: usize = want.values().map(Vec::len).sum();
        assert!(
            (1..=MAX_PER_FILE).contains(&count),
            "{name}: {count} markers, want 1 to {MAX_PER_FILE}"
        );
        cases += count;
        if let Some(go) = &real_go {
            let real = real_go_build(go, &src);
            if real != want {
                failures.push(format!(
                    "{name}: real go build now says\n  {}\nexpected\n  {}",
                    show(&real),
                    show(&want)
                ));
            }
        }
        let out = gosim(&["check", &file.to_string_lossy()]);
        let got = parse_errors(&out.stderr, &name);
        if got != want || out.status.code() != Some(1) {
            failures.push(format!(
                "{name}: gosim check said (exit {:?})\n  {}\nexpected\n  {}",
                out.status.code(),
                show(&got),
                show(&want)
            ));
        }
    }
    if cases < 150 {
        failures.push(format!(
            "the corpus holds {cases} error cases in {} files; it should hold at least 150",
            files.len()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn markers_round_trip() {
    let src = "package main\n\nfunc main() {\n\tx /* ERROR \"declared and not used: x\" */ := 1\n\tf(1, 2) /* ERROR \"a\\n\\thave (int)\" */ /* ERROR \"b\" */\n}\n";
    let want = markers(src);
    assert_eq!(want.get(&(4, 2)).unwrap(), &["declared and not used: x"]);
    assert_eq!(want.get(&(5, 8)).unwrap(), &["a\n\thave (int)", "b"]);
    let bare = insert(src, &Errors::new());
    assert!(!bare.contains("ERROR"));
    let mut at_bare = Errors::new();
    at_bare.insert((4, 2), vec!["declared and not used: x".into()]);
    at_bare.insert((5, 8), vec!["a\n\thave (int)".into(), "b".into()]);
    assert_eq!(insert(&bare, &at_bare), src);
    assert_eq!(insert(src, &at_bare), src);
}
