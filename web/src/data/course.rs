//! `course.js`: the lessons and the practice data (phrase bank, write-up
//! templates, interview scenarios), key for key as the `lessons` crate's
//! types hold them. The writer and the reader of every key sit side by
//! side here; the browser tests read the same keys (`lessons`' goals).

use super::value::{DataError, Decode, Decoded, Fields, Problem, Value, leak, strings, text};
use lessons::{
    Bi, Category, Expect, Goal, Lesson, Level, Phrase, Scenario, Section, Severity, Task, Template,
};

/// Everything `course.js` holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Course {
    pub lessons: &'static [Lesson],
    pub categories: &'static [Category],
    pub phrases: &'static [Phrase],
    pub rca: Template,
    pub review: Template,
    pub scenarios: &'static [Scenario],
}

impl Course {
    /// The course compiled into the `lessons` crate.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn compiled() -> Course {
        Course {
            lessons: lessons::LESSONS,
            categories: lessons::CATEGORIES,
            phrases: lessons::PHRASES,
            rca: lessons::RCA,
            review: lessons::REVIEW,
            scenarios: lessons::SCENARIOS,
        }
    }
}

const LEVELS: [(&str, Level); 3] = [
    ("beginner", Level::Beginner),
    ("intermediate", Level::Intermediate),
    ("advanced", Level::Advanced),
];

const EXPECTS: [(&str, Expect); 5] = [
    ("exit", Expect::Exit),
    ("leak", Expect::Leak),
    ("panic", Expect::Panic),
    ("fatal", Expect::Fatal),
    ("race", Expect::Race),
];

const SEVERITIES: [(&str, Severity); 3] = [
    ("nit", Severity::Nit),
    ("suggestion", Severity::Suggestion),
    ("must-fix", Severity::MustFix),
];

/// A scenario task's `kind`, which says which other keys it has.
#[derive(Clone, Copy, PartialEq)]
enum TaskKind {
    Fix,
    Write,
}

const TASK_KINDS: [(&str, TaskKind); 2] = [("fix", TaskKind::Fix), ("write", TaskKind::Write)];

/// A goal's `kind`, which says which other keys it has.
#[derive(Clone, Copy, PartialEq)]
enum GoalKind {
    Reach,
    Explore,
    Verify,
    Choose,
}

const GOAL_KINDS: [(&str, GoalKind); 4] = [
    ("reach", GoalKind::Reach),
    ("explore", GoalKind::Explore),
    ("verify", GoalKind::Verify),
    ("choose", GoalKind::Choose),
];

/// The course as the page keeps it: a lesson, phrase, category or
/// scenario that does not decode is left out, and a template that does
/// not is left empty; each is an error in the result.
pub fn decode(v: &Value) -> Decoded<Course> {
    let mut f = Fields::of(v);
    let empty = |kind| Template {
        kind,
        title: EMPTY,
        description: EMPTY,
        sections: &[],
    };
    let rca = f.get("rca", |v| template(v, "rca"));
    let review = f.get("review", |v| template(v, "review"));
    let course = Course {
        lessons: f.list("lessons", lesson),
        categories: f.list("categories", category),
        phrases: f.list("phrases", phrase),
        rca: rca.unwrap_or(empty("rca")),
        review: review.unwrap_or(empty("review")),
        scenarios: f.list("scenarios", scenario),
    };
    f.finish(course)
}

const EMPTY: Bi = Bi { en: "", zh: "" };

pub(super) fn bi(v: &Value) -> Decode<Bi> {
    let mut f = Fields::of(v);
    let b = Bi {
        en: f.text("en"),
        zh: f.text("zh"),
    };
    f.done(b)
}

/// The texts under `key`, or empty ones (noted) when they do not decode.
fn bi_in(f: &mut Fields<'_>, key: &str) -> Bi {
    f.get(key, bi).unwrap_or(EMPTY)
}

fn lesson(v: &Value) -> Decode<Lesson> {
    let mut f = Fields::of(v);
    let lesson = Lesson {
        number: f.count("number"),
        folder: f.text("folder"),
        slug: f.text("slug"),
        level: f.code("level", &LEVELS),
        minutes: f.count("minutes"),
        tags: f.list("tags", text),
        title: bi_in(&mut f, "title"),
        summary: bi_in(&mut f, "summary"),
        // In its own module (see `lesson_text.rs`), loaded on opening.
        text: EMPTY,
        start: f.text("start"),
        solution: f.text("solution"),
        extras: f.list("extras", |file| {
            let [name, source] = strings(file)?;
            Ok((leak(name), leak(source)))
        }),
        goals: f.list("goals", goal),
        hints: f.list("hints", bi),
        deep_dive: f.flag("deep_dive"),
    };
    f.done(lesson)
}

fn goal(v: &Value) -> Decode<Goal> {
    let mut f = Fields::of(v);
    let kind = f.code("kind", &GOAL_KINDS);
    let goal = match kind {
        GoalKind::Reach | GoalKind::Explore => {
            let expect = f.code("outcome", &EXPECTS);
            let matches = f.text("match");
            let text = bi_in(&mut f, "text");
            if kind == GoalKind::Reach {
                Goal::Reach {
                    expect,
                    matches,
                    text,
                }
            } else {
                Goal::Explore {
                    expect,
                    matches,
                    text,
                }
            }
        }
        GoalKind::Verify => Goal::Verify {
            fail_on_leak: f.flag("fail_on_leak"),
            stdout: f.nullable("stdout", text),
            text: bi_in(&mut f, "text"),
        },
        GoalKind::Choose => Goal::Choose {
            text: bi_in(&mut f, "text"),
            options: f.list("options", bi),
            answer: f.count("answer") as usize,
            explain: bi_in(&mut f, "explain"),
        },
    };
    f.done(goal)
}

fn category(v: &Value) -> Decode<Category> {
    let mut f = Fields::of(v);
    let c = Category {
        id: f.text("id"),
        title: bi_in(&mut f, "title"),
        description: bi_in(&mut f, "description"),
    };
    f.done(c)
}

fn phrase(v: &Value) -> Decode<Phrase> {
    let mut f = Fields::of(v);
    let p = Phrase {
        id: f.text("id"),
        category: f.text("category"),
        text: bi_in(&mut f, "text"),
        slots: f.list("slots", text),
        when: bi_in(&mut f, "when"),
        section: f.nullable("section", text),
        term: f.nullable("term", bi),
        severity: f.nullable("severity", severity),
    };
    f.done(p)
}

fn severity(v: &Value) -> Decode<Severity> {
    let code = text(v)?;
    SEVERITIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(_, s)| s)
        .ok_or_else(|| DataError::new(Problem::UnknownValue(code.to_string())))
}

fn section(v: &Value) -> Decode<Section> {
    let mut f = Fields::of(v);
    let s = Section {
        id: f.text("id"),
        title: bi_in(&mut f, "title"),
        body: bi_in(&mut f, "body"),
        guidance: bi_in(&mut f, "guidance"),
        slots: f.list("slots", text),
    };
    f.done(s)
}

/// The template stored under the key `kind`, which its own `kind` repeats.
fn template(v: &Value, kind: &'static str) -> Decode<Template> {
    let mut f = Fields::of(v);
    let t = Template {
        kind: f.code("kind", &[(kind, kind)]),
        title: bi_in(&mut f, "title"),
        description: bi_in(&mut f, "description"),
        sections: f.list("sections", section),
    };
    f.done(t)
}

fn scenario(v: &Value) -> Decode<Scenario> {
    let mut f = Fields::of(v);
    let s = Scenario {
        number: f.count("number"),
        folder: f.text("folder"),
        slug: f.text("slug"),
        difficulty: f.text("difficulty"),
        // A task that does not decode drops the scenario (`done`), so
        // the stand-in is never kept.
        task: f.get("task", task).unwrap_or(Task::Write { stdout: "" }),
        fail_on_leak: f.flag("fail_on_leak"),
        phrases: f.list("phrases", text),
        title: bi_in(&mut f, "title"),
        brief: bi_in(&mut f, "brief"),
        followup: bi_in(&mut f, "followup"),
        answer: bi_in(&mut f, "answer"),
        rubric: f.list("rubric", bi),
        start: f.text("start"),
        solution: f.text("solution"),
    };
    f.done(s)
}

fn task(v: &Value) -> Decode<Task> {
    let mut f = Fields::of(v);
    let task = match f.code("kind", &TASK_KINDS) {
        TaskKind::Fix => Task::Fix {
            expect: f.code("expect", &EXPECTS),
            matches: f.text("match"),
        },
        TaskKind::Write => Task::Write {
            stdout: f.text("stdout"),
        },
    };
    f.done(task)
}

/// The writer's half: each value with the keys its reader above takes.
#[cfg(not(target_arch = "wasm32"))]
pub mod encode {
    use super::super::value::Value;
    use super::{Course, EXPECTS, GOAL_KINDS, GoalKind, LEVELS, SEVERITIES, TASK_KINDS, TaskKind};
    use lessons::{Bi, Category, Goal, Lesson, Phrase, Scenario, Section, Task, Template};

    pub fn course(c: &Course) -> Value {
        record([
            ("lessons", list(c.lessons, lesson)),
            ("categories", list(c.categories, category)),
            ("phrases", list(c.phrases, phrase)),
            ("rca", template(&c.rca)),
            ("review", template(&c.review)),
            ("scenarios", list(c.scenarios, scenario)),
        ])
    }

    fn record<const N: usize>(fields: [(&str, Value); N]) -> Value {
        Value::Record(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    fn list<T>(items: &[T], each: impl Fn(&T) -> Value) -> Value {
        Value::List(items.iter().map(each).collect())
    }

    fn s(text: &str) -> Value {
        text.into()
    }

    fn texts(items: &[&str]) -> Value {
        list(items, |t| s(t))
    }

    fn n(count: u32) -> Value {
        Value::Num(f64::from(count))
    }

    /// The code `table` gives `value`, as its reader looks it up.
    fn code<T: PartialEq>(table: &[(&'static str, T)], value: &T) -> Value {
        let (code, _) = table
            .iter()
            .find(|(_, t)| t == value)
            .expect("every value has a code");
        s(code)
    }

    fn bi(b: &Bi) -> Value {
        record([("en", s(b.en)), ("zh", s(b.zh))])
    }

    fn lesson(l: &Lesson) -> Value {
        record([
            ("number", n(l.number)),
            ("folder", s(l.folder)),
            ("slug", s(l.slug)),
            ("level", code(&LEVELS, &l.level)),
            ("minutes", n(l.minutes)),
            ("tags", texts(l.tags)),
            ("title", bi(&l.title)),
            ("summary", bi(&l.summary)),
            ("start", s(l.start)),
            ("solution", s(l.solution)),
            (
                "extras",
                list(l.extras, |(name, source)| texts(&[name, source])),
            ),
            ("goals", list(l.goals, goal)),
            ("hints", list(l.hints, bi)),
            ("deep_dive", Value::Bool(l.deep_dive)),
        ])
    }

    fn goal(g: &Goal) -> Value {
        match *g {
            Goal::Reach {
                expect,
                matches,
                ref text,
            }
            | Goal::Explore {
                expect,
                matches,
                ref text,
            } => {
                let kind = if matches!(g, Goal::Reach { .. }) {
                    GoalKind::Reach
                } else {
                    GoalKind::Explore
                };
                record([
                    ("kind", code(&GOAL_KINDS, &kind)),
                    ("outcome", code(&EXPECTS, &expect)),
                    ("match", s(matches)),
                    ("text", bi(text)),
                ])
            }
            Goal::Verify {
                fail_on_leak,
                stdout,
                ref text,
            } => record([
                ("kind", code(&GOAL_KINDS, &GoalKind::Verify)),
                ("fail_on_leak", Value::Bool(fail_on_leak)),
                ("stdout", stdout.map_or(Value::Null, s)),
                ("text", bi(text)),
            ]),
            Goal::Choose {
                ref text,
                options,
                answer,
                ref explain,
            } => record([
                ("kind", code(&GOAL_KINDS, &GoalKind::Choose)),
                ("text", bi(text)),
                ("options", list(options, bi)),
                (
                    "answer",
                    n(u32::try_from(answer).expect("a quiz has few options")),
                ),
                ("explain", bi(explain)),
            ]),
        }
    }

    fn category(c: &Category) -> Value {
        record([
            ("id", s(c.id)),
            ("title", bi(&c.title)),
            ("description", bi(&c.description)),
        ])
    }

    fn phrase(p: &Phrase) -> Value {
        record([
            ("id", s(p.id)),
            ("category", s(p.category)),
            ("text", bi(&p.text)),
            ("slots", texts(p.slots)),
            ("when", bi(&p.when)),
            ("section", p.section.map_or(Value::Null, s)),
            ("term", p.term.as_ref().map_or(Value::Null, bi)),
            (
                "severity",
                p.severity.map_or(Value::Null, |v| code(&SEVERITIES, &v)),
            ),
        ])
    }

    fn section(c: &Section) -> Value {
        record([
            ("id", s(c.id)),
            ("title", bi(&c.title)),
            ("body", bi(&c.body)),
            ("guidance", bi(&c.guidance)),
            ("slots", texts(c.slots)),
        ])
    }

    fn template(t: &Template) -> Value {
        record([
            ("kind", s(t.kind)),
            ("title", bi(&t.title)),
            ("description", bi(&t.description)),
            ("sections", list(t.sections, section)),
        ])
    }

    fn scenario(c: &Scenario) -> Value {
        record([
            ("number", n(c.number)),
            ("folder", s(c.folder)),
            ("slug", s(c.slug)),
            ("difficulty", s(c.difficulty)),
            ("task", task(&c.task)),
            ("fail_on_leak", Value::Bool(c.fail_on_leak)),
            ("phrases", texts(c.phrases)),
            ("title", bi(&c.title)),
            ("brief", bi(&c.brief)),
            ("followup", bi(&c.followup)),
            ("answer", bi(&c.answer)),
            ("rubric", list(c.rubric, bi)),
            ("start", s(c.start)),
            ("solution", s(c.solution)),
        ])
    }

    fn task(t: &Task) -> Value {
        match *t {
            Task::Fix { expect, matches } => record([
                ("kind", code(&TASK_KINDS, &TaskKind::Fix)),
                ("expect", code(&EXPECTS, &expect)),
                ("match", s(matches)),
            ]),
            Task::Write { stdout } => record([
                ("kind", code(&TASK_KINDS, &TaskKind::Write)),
                ("stdout", s(stdout)),
            ]),
        }
    }
}
