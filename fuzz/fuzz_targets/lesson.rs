//! The text the page renders as Markdown (lessons, and the learner's own
//! write-ups in the preview) and the lesson state it reads back from
//! localStorage. Any text parses; a link can only ever point at an
//! http(s) address with no quote or angle bracket in it, so no text can
//! smuggle a `javascript:` URL or markup into the page.
#![no_main]

use web::markdown::{self, Block, Inline};

fn inlines_safe(items: &[Inline]) -> bool {
    items.iter().all(|i| match i {
        Inline::Text(_) | Inline::Code(_) => true,
        Inline::Bold(inner) | Inline::Italic(inner) => inlines_safe(inner),
        Inline::Link { href, .. } => {
            (href.starts_with("https://") || href.starts_with("http://"))
                && !href.contains(['"', '<', '>', ' '])
        }
    })
}

fn blocks_safe(blocks: &[Block]) -> bool {
    blocks.iter().all(|b| match b {
        Block::Heading(_, text) | Block::Paragraph(text) => inlines_safe(text),
        Block::List { items, .. } => items.iter().all(|i| inlines_safe(i)),
        Block::Quote(inner) => blocks_safe(inner),
        Block::Code(_) => true,
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (lesson, explanation) = markdown::split_explanation(&text, "## Why");
    assert!(lesson.len() + explanation.len() <= text.len());
    assert!(blocks_safe(&markdown::parse(lesson)));
    assert!(blocks_safe(&markdown::parse(explanation)));
    assert!(inlines_safe(&markdown::inline(&text)));
    for l in web::course::lessons() {
        if let Some(p) = web::state::Progress::decode(&text, l) {
            assert_eq!(web::state::Progress::decode(&p.encode(), l), Some(p));
        }
    }
    let past = web::state::practice::decode_past(&text);
    assert!(past.len() <= 20);
});
