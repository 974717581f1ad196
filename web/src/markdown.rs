//! The Markdown subset lessons are written in, parsed into plain data and
//! rendered as Yew nodes, never as HTML text: headings, paragraphs, lists,
//! quotes, ```go fences, `code`, **bold**, *italic* and http(s) links. Any
//! other markup shows as the characters it is made of, so no lesson or
//! user text can inject HTML or script.

use yew::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Bold(Vec<Inline>),
    Italic(Vec<Inline>),
    Link { text: String, href: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading(u8, Vec<Inline>),
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Quote(Vec<Block>),
    Code(String),
}

/// Splits a lesson's text at its explanation heading: (lesson, explanation).
pub fn split_explanation<'a>(md: &'a str, heading: &str) -> (&'a str, &'a str) {
    let mut at = 0;
    for line in md.split_inclusive('\n') {
        if line.trim_end() == heading {
            return (&md[..at], &md[at + line.len()..]);
        }
        at += line.len();
    }
    (md, "")
}

pub fn parse(md: &str) -> Vec<Block> {
    let lines: Vec<&str> = md.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            i += 1;
        } else if trimmed.starts_with("```") {
            let mut code = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                code.push(lines[i]);
                i += 1;
            }
            i += 1;
            blocks.push(Block::Code(code.join("\n")));
        } else if let Some((level, rest)) = heading(trimmed) {
            blocks.push(Block::Heading(level, inline(rest)));
            i += 1;
        } else if trimmed.starts_with('>') {
            let mut quoted = Vec::new();
            while i < lines.len() && lines[i].trim_start().starts_with('>') {
                let l = lines[i].trim_start().trim_start_matches('>');
                quoted.push(l.strip_prefix(' ').unwrap_or(l));
                i += 1;
            }
            blocks.push(Block::Quote(parse(&quoted.join("\n"))));
        } else if let Some(ordered) = list_marker(trimmed).map(|(o, _)| o) {
            let mut items: Vec<Vec<String>> = Vec::new();
            while i < lines.len() && !lines[i].trim().is_empty() {
                let l = lines[i].trim_start();
                match list_marker(l) {
                    Some((o, rest)) if o == ordered => items.push(vec![rest.to_string()]),
                    _ => match items.last_mut() {
                        Some(item) => item.push(l.to_string()),
                        None => break,
                    },
                }
                i += 1;
            }
            blocks.push(Block::List {
                ordered,
                items: items.iter().map(|it| inline(&it.join(" "))).collect(),
            });
        } else {
            let mut para = Vec::new();
            while i < lines.len() {
                let l = lines[i].trim_start();
                if l.is_empty()
                    || l.starts_with("```")
                    || l.starts_with('>')
                    || heading(l).is_some()
                    || (!para.is_empty() && list_marker(l).is_some())
                {
                    break;
                }
                para.push(l.trim_end());
                i += 1;
            }
            blocks.push(Block::Paragraph(inline(&para.join(" "))));
        }
    }
    blocks
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = line[hashes..].strip_prefix(' ')?;
    (1..=4).contains(&hashes).then_some((hashes as u8, rest))
}

/// `- item` or `1. item`: whether ordered, and the item's text.
fn list_marker(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0)
        .then(|| line[digits..].strip_prefix(". "))
        .flatten()
        .map(|rest| (true, rest))
}

/// Inline markup: code spans first (nothing inside them is markup), then
/// links, bold and italic.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let flush = |plain: &mut String, out: &mut Vec<Inline>| {
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(plain)));
        }
    };
    while let Some(c) = rest.chars().next() {
        let (node, used) = match c {
            '`' => match rest[1..].find('`') {
                Some(end) => (Some(Inline::Code(rest[1..1 + end].to_string())), end + 2),
                None => (None, 1),
            },
            '*' if rest.starts_with("**") => match rest[2..].find("**") {
                Some(end) if end > 0 => (Some(Inline::Bold(inline(&rest[2..2 + end]))), end + 4),
                _ => (None, 2),
            },
            '*' => match rest[1..].find('*') {
                Some(end) if end > 0 => (Some(Inline::Italic(inline(&rest[1..1 + end]))), end + 2),
                _ => (None, 1),
            },
            '[' => match link(rest) {
                Some((node, used)) => (Some(node), used),
                None => (None, 1),
            },
            _ => (None, c.len_utf8()),
        };
        match node {
            Some(n) => {
                flush(&mut plain, &mut out);
                out.push(n);
            }
            None => plain.push_str(&rest[..used]),
        }
        rest = &rest[used..];
    }
    flush(&mut plain, &mut out);
    out
}

/// `[text](https://…)`; other targets are not links.
fn link(s: &str) -> Option<(Inline, usize)> {
    let close = s.find("](")?;
    let end = s[close + 2..].find(')')?;
    let href = &s[close + 2..close + 2 + end];
    if !(href.starts_with("https://") || href.starts_with("http://"))
        || href.contains(['"', '<', '>', ' '])
    {
        return None;
    }
    Some((
        Inline::Link {
            text: s[1..close].to_string(),
            href: href.to_string(),
        },
        close + 3 + end,
    ))
}

pub fn render(blocks: &[Block]) -> Html {
    html! { { for blocks.iter().map(block) } }
}

fn block(b: &Block) -> Html {
    match b {
        Block::Heading(level, text) => {
            let body = spans(text);
            match level {
                1 => html! { <h2>{ body }</h2> },
                2 => html! { <h3>{ body }</h3> },
                _ => html! { <h4>{ body }</h4> },
            }
        }
        Block::Paragraph(text) => html! { <p>{ spans(text) }</p> },
        Block::List {
            ordered: true,
            items,
        } => html! {
            <ol>{ for items.iter().map(|it| html! { <li>{ spans(it) }</li> }) }</ol>
        },
        Block::List {
            ordered: false,
            items,
        } => html! {
            <ul>{ for items.iter().map(|it| html! { <li>{ spans(it) }</li> }) }</ul>
        },
        Block::Quote(inner) => html! { <blockquote>{ render(inner) }</blockquote> },
        Block::Code(code) => html! { <pre class="code"><code>{ code }</code></pre> },
    }
}

fn spans(items: &[Inline]) -> Html {
    html! {
        { for items.iter().map(|i| match i {
            Inline::Text(t) => html! { { t } },
            Inline::Code(c) => html! { <code>{ c }</code> },
            Inline::Bold(inner) => html! { <strong>{ spans(inner) }</strong> },
            Inline::Italic(inner) => html! { <em>{ spans(inner) }</em> },
            Inline::Link { text, href } => html! {
                <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ text }</a>
            },
        }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_parses_into_blocks() {
        let md = "# Title\n\nSome **bold** and *it* and `x := 1`.\nSecond line.\n\n- one\n- two `b`\n\n1. first\n2. second\n\n> **Myth:** quoted\n\n```go\nfunc main() {}\n```\n";
        let blocks = parse(md);
        assert_eq!(
            blocks[0],
            Block::Heading(1, vec![Inline::Text("Title".into())])
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph(vec![
                Inline::Text("Some ".into()),
                Inline::Bold(vec![Inline::Text("bold".into())]),
                Inline::Text(" and ".into()),
                Inline::Italic(vec![Inline::Text("it".into())]),
                Inline::Text(" and ".into()),
                Inline::Code("x := 1".into()),
                Inline::Text(". Second line.".into()),
            ])
        );
        assert!(matches!(&blocks[2], Block::List { ordered: false, items } if items.len() == 2));
        assert!(matches!(&blocks[3], Block::List { ordered: true, items } if items.len() == 2));
        assert!(
            matches!(&blocks[4], Block::Quote(inner) if matches!(inner[0], Block::Paragraph(_)))
        );
        assert_eq!(blocks[5], Block::Code("func main() {}".into()));
    }

    #[test]
    fn html_and_script_links_stay_text() {
        let blocks = parse("<script>alert(1)</script> [x](javascript:alert(1)) `*no*`");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![
                Inline::Text("<script>alert(1)</script> [x](javascript:alert(1)) ".into()),
                Inline::Code("*no*".into()),
            ])]
        );
        assert_eq!(
            inline("see [Go](https://go.dev)"),
            vec![
                Inline::Text("see ".into()),
                Inline::Link {
                    text: "Go".into(),
                    href: "https://go.dev".into()
                }
            ]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for md in [
            "", "**", "`", "[", "[a](", "# ", "```", "> ", "1.", "- ", "é*漢*", "***x***",
        ] {
            let _ = parse(md);
        }
    }

    #[test]
    fn the_explanation_is_split_off() {
        let (body, explanation) =
            split_explanation("intro\n## Explanation\nwhy\n", "## Explanation");
        assert_eq!((body, explanation), ("intro\n", "why\n"));
        assert_eq!(
            split_explanation("no section", "## Explanation"),
            ("no section", "")
        );
    }
}

#[cfg(test)]
mod course_tests {
    use super::*;

    #[test]
    fn every_lesson_text_parses_with_its_explanation() {
        for l in lessons::LESSONS {
            for (md, heading) in [(l.text.en, "## Explanation"), (l.text.zh, "## 解析")] {
                let (body, explanation) = split_explanation(md, heading);
                assert!(!parse(body).is_empty(), "{}", l.folder);
                assert!(!parse(explanation).is_empty(), "{}", l.folder);
            }
        }
    }
}
