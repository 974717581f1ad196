//! Finding counts in prose that nobody checks: a number next to a noun
//! that makes it a claim about the engine or about real Go runs. The
//! English and Chinese rules differ because the languages count
//! differently (a noun after the number, or a measure word and a noun).
//! The lists are deliberately small: they cover how this course words its
//! claims, and a sentence they miss can still be marked by hand.

/// English nouns whose count is a claim: what Explore counts, and what a
/// loop of real runs counts.
const NOUNS_EN: &[&str] = &[
    "output",
    "outputs",
    "outcome",
    "outcomes",
    "result",
    "results",
    "interleaving",
    "interleavings",
    "schedule",
    "schedules",
    "runs",
    "times",
];

/// Number words from two up ("one" mostly means "a").
const NUMBER_WORDS_EN: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "twenty",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

fn is_number_en(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    NUMBER_WORDS_EN.contains(&lower.as_str())
        || (word.starts_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// Words: letters, or digits with thousands separators (`4,000`); the end
/// of a sentence or clause (`.`, `:`, `;`, a line break …) is the word
/// [`BREAK`], so that a number and a noun in different sentences are not
/// taken for one claim.
fn words_en(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let between_digits = i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_alphanumeric() || (c == ',' && between_digits) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if ".:;!?()\n".contains(c) && !(c == '.' && between_digits) {
            out.push(BREAK);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

const BREAK: &str = "|";

/// "six different outputs", "4 schedules out of 12", "1 in 4,000 runs".
pub fn unmarked_en(text: &str) -> Vec<String> {
    let words = words_en(text);
    let noun = |w: &str| NOUNS_EN.contains(&w.to_ascii_lowercase().as_str());
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !is_number_en(w) {
            continue;
        }
        // the noun follows within three words ("six different outputs"),
        let after = words[i + 1..]
            .iter()
            .take(3)
            .take_while(|x| **x != BREAK)
            .any(|x| noun(x));
        // or the number closes "N schedules out of M" / "N in M runs".
        let before = i >= 1
            && ["of", "in"].contains(&words[i - 1])
            && words[i.saturating_sub(4)..i - 1]
                .iter()
                .rev()
                .take_while(|x| **x != BREAK)
                .any(|x| noun(x));
        if after || before {
            let end = (i + 4).min(words.len());
            let quote: Vec<&str> = words[i.saturating_sub(1)..end]
                .iter()
                .copied()
                .filter(|w| *w != BREAK)
                .collect();
            out.push(format!("\"{}\"", quote.join(" ")));
        }
    }
    out
}

const NUMERALS_ZH: &str = "零〇一二两三四五六七八九十百千万几";

/// What may follow 种 and make it a claim: kinds of output or interleaving.
const KINDS_ZH: &[&str] = &["输出", "结果", "交错", "调度"];

/// Numbers in Chinese text: digit runs (with separators) and numeral runs.
/// A lone 一 or 几 and an ordinal (第 N) are not counts.
fn numbers_zh(text: &str) -> Vec<(usize, usize, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let digit = c.is_ascii_digit();
        if !digit && !NUMERALS_ZH.contains(c) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j].1;
            let more = if digit {
                d.is_ascii_digit()
                    || (d == ',' && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit()))
            } else {
                NUMERALS_ZH.contains(d)
            };
            if !more {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |x| x.0);
        let word = &text[at..end];
        let ordinal = text[..at].trim_end().ends_with('第');
        let latin = digit && i > 0 && chars[i - 1].1.is_ascii_alphanumeric();
        if !(ordinal || latin || word == "一" || word == "几") {
            out.push((at, end, digit));
        }
        i = j;
    }
    out
}

/// "十几种不同的输出", "12 个调度序列", "跑了 3000 次", "300 次里".
pub fn unmarked_zh(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (start, end, digit) in numbers_zh(text) {
        let after = text[end..].trim_start();
        let before = text[..start].trim_end();
        let kind = after.strip_prefix('种').is_some_and(|rest| {
            let phrase: String = rest
                .chars()
                .take_while(|c| !"，。；：、（）？！,.;:() \n".contains(*c))
                .take(8)
                .collect();
            KINDS_ZH.iter().any(|k| phrase.contains(k))
        });
        let schedules = after.starts_with("个调度");
        let runs = after.strip_prefix('次').is_some_and(|rest| {
            digit
                || ["运行", "里", "中", "都"]
                    .iter()
                    .any(|k| rest.starts_with(k))
                || ["跑", "跑了", "运行", "运行了"]
                    .iter()
                    .any(|k| before.ends_with(k))
        });
        if kind || schedules || runs {
            let tail: String = text[end..].chars().take(6).collect();
            out.push(format!("\"{}{tail}\"", &text[start..end]));
        }
    }
    out
}
