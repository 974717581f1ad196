//! Count markers: how lesson text writes a number that something else
//! decides. `{outcomes start.go = 13}` is a count the engine finds in a
//! lesson program; `{realgo idle panic = 1}` is a figure recorded in
//! `lessons/VERIFIED.md` from real Go runs. The page shows only the value
//! (`13`, `1`), so the Markdown stays readable and the page needs no
//! change; `gosim lessons check` re-derives every marked value and fails
//! when the text has gone stale.
//!
//! This file has no dependencies because `build.rs` includes it too (it
//! strips the markers while compiling the course in); the checker uses
//! the same parser, so the two can never disagree on what is a marker.

/// What a marker counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Distinct outcomes a complete exploration of the program finds.
    Outcomes,
    /// Schedules that exploration ran.
    Schedules,
    /// Schedules ending in a panic.
    Panics,
    /// Schedules ending in a fatal error (a deadlock report).
    Fatals,
    /// Schedules exiting with goroutines still blocked.
    Leaks,
    /// Schedules exiting with status 0 and nothing blocked.
    Clean,
    /// A field of a real-Go record in `lessons/VERIFIED.md`.
    RealGo,
}

impl Kind {
    /// Every kind, by the word that opens its marker.
    pub const ALL: &'static [(&'static str, Kind)] = &[
        ("outcomes", Kind::Outcomes),
        ("schedules", Kind::Schedules),
        ("panics", Kind::Panics),
        ("fatals", Kind::Fatals),
        ("leaks", Kind::Leaks),
        ("clean", Kind::Clean),
        ("realgo", Kind::RealGo),
    ];

    pub fn word(self) -> &'static str {
        Kind::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(w, _)| w)
    }
}

/// One marker as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub kind: Kind,
    /// The program (`start.go`), or for `realgo` the record's name.
    pub subject: String,
    /// For `realgo`, the record's field (`runs`, `panic`, …).
    pub field: Option<String>,
    /// The value as written (`3,000`); this is what the page shows.
    pub shown: String,
    /// The value as a number.
    pub value: u64,
    /// The marker's byte range in the text.
    pub start: usize,
    pub end: usize,
}

impl Marker {
    /// The marker as it was written, for messages.
    pub fn source(&self) -> String {
        match &self.field {
            Some(f) => format!(
                "{{{} {} {f} = {}}}",
                self.kind.word(),
                self.subject,
                self.shown
            ),
            None => format!("{{{} {} = {}}}", self.kind.word(), self.subject, self.shown),
        }
    }
}

/// Every marker in `text`, and a message for each brace that opens like a
/// marker (`{outcomes `, `{realgo `) but does not parse as one.
pub fn scan(text: &str) -> (Vec<Marker>, Vec<String>) {
    let mut found = Vec::new();
    let mut bad = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('{').map(|i| i + from) {
        from = at + 1;
        let rest = &text[at + 1..];
        let Some((word, kind)) = Kind::ALL
            .iter()
            .find(|(w, _)| rest.starts_with(w) && rest[w.len()..].starts_with(' '))
        else {
            continue;
        };
        let Some(close) = rest.find('}') else {
            bad.push(format!("a marker opened with {{{word} is never closed"));
            continue;
        };
        let inner = &rest[word.len() + 1..close];
        match parse(*kind, inner) {
            Ok((subject, field, shown, value)) => {
                found.push(Marker {
                    kind: *kind,
                    subject,
                    field,
                    shown,
                    value,
                    start: at,
                    end: at + 1 + close + 1,
                });
                from = at + 1 + close + 1;
            }
            Err(why) => bad.push(format!("{{{word} {inner}}}: {why}")),
        }
    }
    (found, bad)
}

/// `start.go = 13`, or for `realgo`, `idle panic = 1`.
fn parse(kind: Kind, inner: &str) -> Result<(String, Option<String>, String, u64), String> {
    let Some((left, right)) = inner.split_once(" = ") else {
        return Err("write it as {kind subject = value}".into());
    };
    let words: Vec<&str> = left.split_whitespace().collect();
    let (subject, field) = match (kind, words.as_slice()) {
        (Kind::RealGo, [record, field]) => (record.to_string(), Some(field.to_string())),
        (Kind::RealGo, _) => {
            return Err(
                "a realgo marker names a record and a field: {realgo idle panic = 1}".into(),
            );
        }
        (_, [program]) if program.ends_with(".go") => (program.to_string(), None),
        _ => return Err("name one program of the lesson: {outcomes start.go = 13}".into()),
    };
    let shown = right.trim();
    let digits: String = shown.chars().filter(|c| *c != ',').collect();
    let value = match digits.parse::<u64>() {
        Ok(v) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => v,
        _ => return Err(format!("the value {shown:?} is not a number in digits")),
    };
    Ok((subject, field, shown.to_string(), value))
}

/// `text` as the page shows it: each marker replaced by its value.
pub fn render(text: &str) -> String {
    let (markers, _) = scan(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for m in &markers {
        out.push_str(&text[at..m.start]);
        out.push_str(&m.shown);
        at = m.end;
    }
    out.push_str(&text[at..]);
    out
}
