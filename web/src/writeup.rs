//! Write-ups of a failing run: the RCA and the review comment, drafted from
//! the course's templates with their slots filled from what the learner
//! just ran — the panic text, the goroutines and their lines, the channels
//! and locks involved, the interleaving step by step, the verified fix.
//! Pure: it reads a [`View`] and explorer reports and writes text, so the
//! page and the native tests draft exactly the same thing.

use crate::i18n::{self, Lang, Text};
use explore::Report;
use lessons::{Bi, Template};
use runtime::machine::{EventKind, OutcomeKind};
use session::view::{LaneState, View};

/// What a write-up can say about the run, gathered once.
pub struct Facts<'a> {
    pub view: &'a View,
    /// The lesson, scenario or example the program belongs to.
    pub program_name: String,
    /// The exploration of the buggy program (how often it fails).
    pub explored: Option<&'a Report>,
    /// The fix, once the learner's edited program verifies clean: the
    /// report of that verification.
    pub verified: Option<&'a Report>,
    /// Lines of the fixed program that the buggy one did not have.
    pub changed_lines: Vec<usize>,
    /// go vet's first finding on the buggy program, as Go prints it.
    pub vet_finding: Option<String>,
}

impl Facts<'_> {
    /// The value of one slot in one language; `None` leaves `{slot}` for
    /// the learner. Phrase templates use a few shorter names for the same
    /// facts (`goroutine`, `line`, `fix`).
    pub fn slot(&self, name: &str, lang: Lang) -> Option<String> {
        let pick = |en: String, zh: String| if lang == Lang::En { en } else { zh };
        let outcome = self.view.outcome.as_ref();
        Some(match name {
            "program_name" => self.program_name.clone(),
            "vet_finding" => self.vet_finding.clone()?,
            "panic_text" => first_stderr_line(self.view)?,
            "outcome_kind" => {
                let o = outcome?;
                match (o.kind(), o.blocked().len()) {
                    (OutcomeKind::Exit, _) if !o.races().is_empty() => {
                        Text::RaceTitle.get(lang).to_ascii_lowercase()
                    }
                    (OutcomeKind::Exit, n) if n > 0 => Text::WriteUpLeak.get(lang).to_string(),
                    // A heading word, used inside a sentence here.
                    (kind, _) => i18n::outcome_kind(kind, lang).to_ascii_lowercase(),
                }
            }
            "panic_goroutine" | "goroutine" => {
                if let Some(race) = self.race_only() {
                    let lane = self.view.lanes.iter().find(|l| l.id == race.goroutine)?;
                    return Some(format!("goroutine {} ({})", lane.id, lane.entry));
                }
                let lane = self.failing_lane()?;
                format!("goroutine {} ({})", lane.id, lane.entry)
            }
            "panic_location" | "line" => {
                if let Some(race) = self.race_only() {
                    return Some(format!("{}:{}", runtime::FILE_NAME, race.line));
                }
                let lane = self.failing_lane()?;
                let at = lane.inner.as_ref().unwrap_or(&lane.at);
                format!("{}:{}", at.file, at.line)
            }
            "goroutines" => self.goroutines(lang),
            "channel" => self.channels(lang),
            "lock" => self.locks(lang),
            "interleaving" => self.interleaving(lang),
            "schedule_count" => self.explored.map(|r| r.schedules.to_string())?,
            "failing_count" => self.explored.map(failing)?.to_string(),
            "fix_summary" | "fix" => {
                self.verified?;
                let lines: Vec<String> = self.changed_lines.iter().map(usize::to_string).collect();
                let (file, lines) = (self.file(), lines.join(", "));
                pick(
                    format!("the change to {file} (line {lines})"),
                    format!("修改 {file}（第 {lines} 行）"),
                )
            }
            "verified" => match self.verified {
                Some(r) => pick(
                    format!("verified across all {} interleavings", r.schedules),
                    format!("已在全部 {} 种调度交错下验证通过", r.schedules),
                ),
                None => Text::WriteUpNotVerified.get(lang).to_string(),
            },
            _ => return None,
        })
    }

    /// The goroutine the outcome is about: the one that panicked, else the
    /// first one left blocked.
    /// The access that found the first data race, when a race is what the
    /// run failed of (no goroutine panicked).
    fn race_only(&self) -> Option<&session::view::RaceSide> {
        let panicked = self
            .view
            .lanes
            .iter()
            .any(|l| l.state == LaneState::Panicked);
        (!panicked)
            .then(|| self.view.races.first().map(|r| &r.access))
            .flatten()
    }

    fn failing_lane(&self) -> Option<&session::view::Lane> {
        let lanes = &self.view.lanes;
        lanes
            .iter()
            .find(|l| l.state == LaneState::Panicked)
            .or_else(|| {
                lanes
                    .iter()
                    .find(|l| matches!(l.state, LaneState::Blocked(_)))
            })
    }

    /// One line per goroutine: id, entry function, where it stands, state.
    fn goroutines(&self, lang: Lang) -> String {
        let v = self.view;
        v.lanes
            .iter()
            .map(|l| {
                let at = l.inner.as_ref().unwrap_or(&l.at);
                let state = i18n::lane_state(&l.state, v.clock_ns, lang);
                format!(
                    "- goroutine {} {} — {}:{} — {state}",
                    l.id, l.entry, at.file, at.line
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The learner's channels the run used, with their element types.
    fn channels(&self, lang: Lang) -> String {
        let used: Vec<String> = self
            .view
            .channels
            .iter()
            .filter(|c| !c.library)
            .map(|c| format!("{} (chan {})", c.name, c.elem))
            .collect();
        if used.is_empty() {
            Text::WriteUpNone.get(lang).to_string()
        } else {
            used.join(", ")
        }
    }

    /// The locks the learner's code took, by operation and line.
    fn locks(&self, lang: Lang) -> String {
        let mut ops: Vec<String> = self
            .events()
            .filter_map(|e| match &e.kind() {
                EventKind::Sync { op, func } if !e.library() && op.is_lock() => {
                    Some(format!("{func} ({}:{})", self.file(), e.line()))
                }
                _ => None,
            })
            .collect();
        ops.dedup();
        if ops.is_empty() {
            Text::WriteUpNone.get(lang).to_string()
        } else {
            ops.join(", ")
        }
    }

    /// The run as numbered steps: who did what, where. Wakes, blocks and
    /// output are left out (they follow from the steps listed), and so is
    /// library code's own business: what it does with the learner's
    /// channels, the goroutines it starts and its panics stay.
    fn interleaving(&self, lang: Lang) -> String {
        let chan = |id: u32| self.view.chan_name(id);
        let learners = |id: &u32| self.view.channels.iter().any(|c| c.id == *id && !c.library);
        self.events()
            .filter(|e| match &e.kind() {
                EventKind::Start { .. } | EventKind::Panic { .. } => true,
                EventKind::Send { chan, .. }
                | EventKind::Recv { chan, .. }
                | EventKind::Close { chan } => learners(chan),
                EventKind::Select { .. }
                | EventKind::Recover
                | EventKind::TimerFire { .. }
                | EventKind::Sync { .. } => !e.library(),
                _ => false,
            })
            .enumerate()
            .map(|(i, e)| {
                // Memory accesses are filtered out above: no source needed.
                let what = i18n::event(e.kind(), &chan, "", lang);
                let entry = self
                    .view
                    .lanes
                    .iter()
                    .find(|l| Some(l.id) == e.goroutine())
                    .map_or("", |l| l.entry.as_str());
                let place = if e.library() {
                    Text::WriteUpInLibrary.get(lang).to_string()
                } else {
                    format!("{}:{}", self.file(), e.line())
                };
                format!(
                    "{}. goroutine {} ({entry}): {what} — {place}",
                    i + 1,
                    e.goroutine().map_or(0, |g| g.get())
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every event of the run so far, in the order they happened (a
    /// hand-off's send before the receive it completes in the same step).
    fn events(&self) -> impl Iterator<Item = &runtime::machine::Event> {
        let mut all: Vec<_> = self.view.lanes.iter().flat_map(|l| &l.events).collect();
        // A step's events: the send before the receive it completes.
        syntax::order::sort_by_u64_key(&mut all, |e| {
            e.step().saturating_mul(2) + u64::from(matches!(e.kind(), EventKind::Recv { .. }))
        });
        all.into_iter()
    }

    /// The learner's file as traces name it.
    fn file(&self) -> &str {
        self.view
            .lanes
            .iter()
            .map(|l| &l.at)
            .find(|p| !p.prelude && !p.file.is_empty())
            .map_or("prog.go", |p| p.file.as_str())
    }
}

/// The 1-based numbers of `after`'s lines that `before` does not have
/// (compared trimmed, so re-indenting is not a change).
pub fn changed_lines(before: &str, after: &str) -> Vec<usize> {
    let old: std::collections::HashSet<&str> = before.lines().map(str::trim).collect();
    after
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !old.contains(l.trim()))
        .map(|(i, _)| i + 1)
        .collect()
}

/// What the run died of: a panic's or fatal error's first line, past any
/// race reports before it; for a run whose only failure is a data race,
/// the report's headline.
fn first_stderr_line(view: &View) -> Option<String> {
    let line = match &view.outcome {
        Some(o) if o.kind() == OutcomeKind::Exit && !o.races().is_empty() => "WARNING: DATA RACE",
        Some(o) => o.stderr_first_line(),
        None => view.stderr.lines().next()?,
    }
    .trim();
    (!line.is_empty()).then(|| line.to_string())
}

/// Schedules whose outcome is not a clean exit (leaks count as failing).
fn failing(report: &Report) -> u64 {
    report
        .outcomes
        .iter()
        .filter(|o| o.kind != OutcomeKind::Exit || o.exit_code != 0 || o.leaked > 0)
        .map(|o| o.count)
        .sum()
}

/// Which write-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rca,
    Review,
}

/// One section being written, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub id: &'static str,
    pub title: Bi,
    pub guidance: Bi,
    pub en: String,
    pub zh: String,
}

impl Part {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }

    /// Still empty, or still holding a `[prompt]` or an unfilled `{slot}`.
    pub fn unfinished(&self, lang: Lang) -> bool {
        let t = self.text(lang);
        t.trim().is_empty() || has_pair(t, '[', ']') || has_pair(t, '{', '}')
    }
}

/// Whether `text` holds `open` … `close` with something in between.
fn has_pair(text: &str, open: char, close: char) -> bool {
    text.split(open)
        .skip(1)
        .any(|rest| rest.find(close).is_some_and(|i| i > 0))
}

/// A draft the learner edits: a template's sections with slots filled.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub kind: Kind,
    pub title: Bi,
    pub parts: Vec<Part>,
}

impl Draft {
    pub fn new(kind: Kind, template: &Template, facts: &Facts<'_>) -> Draft {
        let fill = |body: &str, lang| lessons::fill(body, |slot| facts.slot(slot, lang));
        let mut parts: Vec<Part> = template
            .sections
            .iter()
            .map(|s| Part {
                id: s.id,
                title: s.title,
                guidance: s.guidance,
                en: fill(s.body.en, Lang::En),
                zh: fill(s.body.zh, Lang::Zh),
            })
            .collect();
        // What the tools said before anything ran belongs with the issue.
        if let (Some(finding), Some(first)) = (&facts.vet_finding, parts.first_mut()) {
            for lang in [Lang::En, Lang::Zh] {
                let quote = Text::WriteUpVetQuote.get(lang).replace("{}", finding);
                let text = match lang {
                    Lang::En => &mut first.en,
                    Lang::Zh => &mut first.zh,
                };
                text.push_str("\n\n");
                text.push_str(&quote);
            }
        }
        Draft {
            kind,
            title: template.title,
            parts,
        }
    }

    /// Replaces one section's text in one language.
    pub fn edit(&mut self, part: usize, lang: Lang, text: String) -> bool {
        let Some(p) = self.parts.get_mut(part) else {
            return false;
        };
        let slot = match lang {
            Lang::En => &mut p.en,
            Lang::Zh => &mut p.zh,
        };
        let changed = *slot != text;
        *slot = text;
        changed
    }

    /// Sections not yet written, in one language.
    pub fn unfinished(&self, lang: Lang) -> usize {
        self.parts.iter().filter(|p| p.unfinished(lang)).count()
    }

    /// Markdown for a wiki page or a pull request.
    pub fn markdown(&self, lang: Lang) -> String {
        let mut out = format!("## {}\n", i18n::bi(&self.title, lang));
        for p in &self.parts {
            out.push_str(&format!(
                "\n### {}\n\n{}\n",
                i18n::bi(&p.title, lang),
                p.text(lang).trim_end()
            ));
        }
        out
    }

    /// Plain text, for a chat message or an email.
    pub fn plain(&self, lang: Lang) -> String {
        let mut out = format!("{}\n", i18n::bi(&self.title, lang));
        for p in &self.parts {
            out.push_str(&format!(
                "\n{}\n{}\n",
                i18n::bi(&p.title, lang).to_ascii_uppercase(),
                p.text(lang).trim_end()
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests;
