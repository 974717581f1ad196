//! Syntax colouring for the editor, from the engine's own lexer: the text
//! split into lines of classed segments, with compile errors and vet's
//! warnings marked. Every
//! byte of the source lands in exactly one segment, so the coloured copy
//! lines up with the textarea above it.

use syntax::token::Highlight;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// CSS class (`kw`, `str`, ...), empty for plain text.
    pub class: &'static str,
    pub text: String,
    /// Inside the span of a compile error.
    pub error: bool,
    /// Inside the span of a vet finding.
    pub warning: bool,
}

fn class(h: Highlight) -> &'static str {
    match h {
        Highlight::Keyword => "kw",
        Highlight::Ident => "",
        Highlight::Predeclared => "pre",
        Highlight::Number => "num",
        Highlight::String => "str",
        Highlight::Comment => "com",
        Highlight::Operator => "op",
        Highlight::Punctuation => "",
        Highlight::Invalid => "bad",
    }
}

/// `src` as lines of segments; `errors` and `warnings` are byte spans to
/// underline, each in its own colour.
pub fn lines(src: &str, errors: &[(u32, u32)], warnings: &[(u32, u32)]) -> Vec<Vec<Segment>> {
    // The class of every byte, then runs of equal class cut at newlines.
    let mut classes = vec![""; src.len()];
    for tok in syntax::lexer::lex(src).tokens {
        let (lo, hi) = (tok.span.lo as usize, (tok.span.hi as usize).min(src.len()));
        let c = class(tok.highlight(src));
        for slot in classes.get_mut(lo..hi).into_iter().flatten() {
            *slot = c;
        }
    }
    let within = |spans: &[(u32, u32)], i: usize| {
        spans
            .iter()
            .any(|(lo, hi)| (*lo as usize..(*hi as usize).max(*lo as usize + 1)).contains(&i))
    };
    let error_at = |i: usize| within(errors, i);
    let warning_at = |i: usize| within(warnings, i);
    let mut out = vec![Vec::new()];
    let mut start = 0;
    let bytes = src.as_bytes();
    for i in 0..=src.len() {
        let boundary = i == src.len()
            || bytes[i] == b'\n'
            || (i > start
                && (classes[i] != classes[start]
                    || error_at(i) != error_at(start)
                    || warning_at(i) != warning_at(start)));
        if !boundary || !src.is_char_boundary(i) {
            continue;
        }
        if i > start {
            if let Some(line) = out.last_mut() {
                line.push(Segment {
                    class: classes[start],
                    text: src[start..i].to_string(),
                    error: error_at(start),
                    warning: warning_at(start),
                });
            }
        }
        if i < src.len() && bytes[i] == b'\n' {
            out.push(Vec::new());
            start = i + 1;
        } else {
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(lines: &[Vec<Segment>]) -> String {
        lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_byte_is_kept_and_tokens_are_classed() {
        let src = "package main\n\n// hi 你好\nfunc main() { x := \"s\" }\n";
        let lines = lines(src, &[], &[]);
        assert_eq!(flat(&lines), src);
        assert_eq!(lines.len(), 5);
        assert_eq!(
            lines[0][0],
            Segment {
                class: "kw",
                text: "package".into(),
                error: false,
                warning: false
            }
        );
        assert_eq!(lines[2][0].class, "com");
        assert!(
            lines[3]
                .iter()
                .any(|s| s.class == "str" && s.text == "\"s\"")
        );
    }

    #[test]
    fn errors_are_marked_on_their_span() {
        let src = "package main\nfunc main() { x := 1 }\n";
        let at = src.find("x :=").unwrap() as u32;
        let lines = lines(src, &[(at, at + 1)], &[(at + 5, at + 6)]);
        let marked = |f: fn(&Segment) -> bool| -> Vec<String> {
            lines[1]
                .iter()
                .filter(|s| f(s))
                .map(|s| s.text.clone())
                .collect()
        };
        assert_eq!(marked(|s| s.error), vec!["x"]);
        assert_eq!(
            marked(|s| s.warning),
            vec!["1"],
            "a warning has its own mark"
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for src in ["", "\n", "\"unterminated", "é\u{0}`", "/* open"] {
            assert_eq!(flat(&lines(src, &[(0, 99)], &[(0, 99)])), src);
        }
    }
}
