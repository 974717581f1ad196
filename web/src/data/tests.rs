//! The hand-off tested natively: each payload written as `cargo xtask
//! dist` writes it, parsed back, and decoded, equals what was compiled
//! in; and each kind of damage is an error naming where it is.

use super::text::{ParseError, module, parse_module};
use super::value::{Decoded, Value};
use super::{Course, course, prelude, programs, texts};
use crate::i18n::{Lang, Text};
use lessons::{CATEGORIES, LESSONS, PHRASES, RCA, SCENARIOS, Task};

/// The text of `<name>.js` as dist ships it.
fn shipped(name: &str) -> String {
    let file = format!("{name}.js");
    super::modules()
        .into_iter()
        .find(|(f, _)| *f == file)
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("no {file}"))
}

/// The value `<name>.js` exports, read back from its text.
fn exported(name: &str) -> Value {
    parse_module(&shipped(name)).unwrap_or_else(|e| panic!("{name}.js: {e}"))
}

/// The value under `key` of a record.
fn key<'a>(v: &'a mut Value, key: &str) -> &'a mut Value {
    match v {
        Value::Record(fields) => fields
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no key {key}")),
        _ => panic!("not a record"),
    }
}

/// Item `i` of a list.
fn item(v: &mut Value, i: usize) -> &mut Value {
    match v {
        Value::List(items) => &mut items[i],
        _ => panic!("not a list"),
    }
}

/// The first error's message.
fn first_error<T>(decoded: Decoded<T>) -> String {
    decoded.strict().err().expect("an error").to_string()
}

#[test]
fn the_course_reads_back_as_compiled_in_and_each_lesson_text_from_its_module() {
    let read = course::decode(&exported("course")).strict().unwrap();
    let mut compiled = Course::compiled();
    let texts: Vec<_> = compiled
        .lessons
        .iter()
        .map(|l| (l.folder, l.text))
        .collect();
    let lessons: Vec<_> = compiled
        .lessons
        .iter()
        .map(|l| lessons::Lesson {
            text: lessons::Bi { en: "", zh: "" },
            ..*l
        })
        .collect();
    compiled.lessons = Box::leak(lessons.into_boxed_slice());
    assert_eq!(
        read, compiled,
        "course.js carries every lesson but its text"
    );
    let modules = super::modules();
    for (folder, text) in texts {
        let path = super::lesson_text::module_path(folder);
        let (_, module) = modules
            .iter()
            .find(|(p, _)| *p == path)
            .expect("a module per lesson");
        let value = parse_module(module).unwrap();
        assert_eq!(super::lesson_text::decode(&value).strict().unwrap(), text);
    }
}

#[test]
fn the_string_table_reads_back_in_order() {
    let read = texts::decode(&exported("texts")).strict().unwrap();
    assert_eq!(read, Text::TABLE);
}

#[test]
fn the_example_programs_read_back_by_id() {
    let read = programs::decode(&exported("programs")).strict().unwrap();
    assert_eq!(read, crate::programs::SOURCES);
}

#[test]
fn the_prelude_reads_back_package_by_package_file_for_file() {
    let mut read = Vec::new();
    for folder in ::prelude::folders() {
        let files = prelude::decode(&exported(&format!("prelude/{folder}")))
            .strict()
            .unwrap();
        read.extend(files.into_iter().map(|(n, s)| (folder.to_string(), n, s)));
    }
    let want: Vec<(String, String, String)> = ::prelude::FILES
        .iter()
        .map(|&(p, n, s)| (p.into(), n.into(), s.into()))
        .collect();
    assert_eq!(read, want);
}

#[test]
fn a_renamed_key_is_missing_where_it_was_read() {
    let mut v = exported("course");
    let Value::Record(fields) = item(key(&mut v, "lessons"), 3) else {
        panic!("a lesson is a record");
    };
    fields.iter_mut().find(|(k, _)| k == "level").unwrap().0 = "lvl".into();
    let decoded = course::decode(&v);
    assert_eq!(
        decoded.value.lessons.len(),
        LESSONS.len() - 1,
        "only that lesson is lost"
    );
    assert_eq!(first_error(decoded), "lessons[3].level: missing");
}

#[test]
fn a_key_nothing_reads_is_an_error() {
    let mut v = exported("course");
    let Value::Record(fields) = item(key(&mut v, "phrases"), 1) else {
        panic!("a phrase is a record");
    };
    fields.push(("colour".into(), Value::Null));
    assert_eq!(
        first_error(course::decode(&v)),
        "phrases[1].colour: unknown key"
    );
}

#[test]
fn an_unknown_level_is_an_error_not_advanced() {
    let mut v = exported("course");
    *key(item(key(&mut v, "lessons"), 3), "level") = "expert".into();
    assert_eq!(
        first_error(course::decode(&v)),
        r#"lessons[3].level: unknown value "expert""#
    );
}

#[test]
fn an_unknown_goal_kind_or_outcome_is_an_error() {
    let mut v = exported("course");
    let goal = item(key(item(key(&mut v, "lessons"), 0), "goals"), 0);
    *key(goal, "kind") = "guess".into();
    assert_eq!(
        first_error(course::decode(&v)),
        r#"lessons[0].goals[0].kind: unknown value "guess""#
    );

    let mut v = exported("course");
    *key(key(item(key(&mut v, "scenarios"), 2), "task"), "expect") = "crash".into();
    assert_eq!(
        first_error(course::decode(&v)),
        r#"scenarios[2].task.expect: unknown value "crash""#
    );

    let mut v = exported("course");
    *key(key(item(key(&mut v, "scenarios"), 2), "task"), "kind") = "write".into();
    let decoded = course::decode(&v);
    assert_eq!(decoded.value.scenarios.len(), SCENARIOS.len() - 1);
    assert_eq!(
        first_error(decoded),
        "scenarios[2].task.stdout: missing",
        "a write task's keys are not a fix task's"
    );

    let mut v = exported("course");
    *key(key(&mut v, "review"), "kind") = "rca".into();
    let decoded = course::decode(&v);
    assert_eq!(decoded.value.review.sections, &[], "an empty template");
    assert_eq!(first_error(decoded), r#"review.kind: unknown value "rca""#);
}

#[test]
fn an_unknown_severity_is_an_error_not_a_missing_label() {
    let mut v = exported("course");
    let tagged = PHRASES.iter().position(|p| p.severity.is_some()).unwrap();
    *key(item(key(&mut v, "phrases"), tagged), "severity") = "blocker".into();
    let decoded = course::decode(&v);
    assert_eq!(decoded.value.phrases.len(), PHRASES.len() - 1);
    assert_eq!(
        first_error(decoded),
        format!(r#"phrases[{tagged}].severity: unknown value "blocker""#)
    );
}

#[test]
fn a_wrong_type_is_an_error() {
    let mut v = exported("course");
    *key(item(key(&mut v, "lessons"), 2), "minutes") = "ten".into();
    assert_eq!(
        first_error(course::decode(&v)),
        "lessons[2].minutes: expected a number, found a string"
    );

    let mut v = exported("course");
    let text = key(
        item(key(item(key(&mut v, "lessons"), 0), "goals"), 0),
        "text",
    );
    *key(text, "zh") = Value::Num(1.5);
    assert_eq!(
        first_error(course::decode(&v)),
        "lessons[0].goals[0].text.zh: expected a string, found a number"
    );

    let mut v = exported("course");
    *key(item(key(&mut v, "scenarios"), 0), "number") = Value::Num(-1.0);
    assert_eq!(
        first_error(course::decode(&v)),
        "scenarios[0].number: expected a count, found -1"
    );

    assert_eq!(
        first_error(course::decode(&Value::Null)),
        "expected a record, found null"
    );
}

#[test]
fn a_damaged_table_keeps_every_other_row_in_place() {
    let mut v = exported("texts");
    *item(&mut v, 5) = Value::List(vec!["only English".into()]);
    let decoded = texts::decode(&v);
    assert_eq!(decoded.value.len(), Text::ALL.len());
    assert_eq!(decoded.value[5], ("", ""));
    assert_eq!(decoded.value[6], Text::TABLE[6]);
    assert_eq!(first_error(decoded), "[5]: expected 2 items, found 1");

    let Value::List(mut rows) = exported("texts") else {
        panic!("the table is a list");
    };
    rows.pop();
    assert_eq!(
        first_error(texts::decode(&Value::List(rows))),
        format!(
            "expected {} items, found {}",
            Text::ALL.len(),
            Text::ALL.len() - 1
        )
    );
}

#[test]
fn a_missing_or_unknown_program_is_an_error() {
    let mut v = exported("programs");
    let Value::Record(fields) = &mut v else {
        panic!("the programs are a record");
    };
    fields[1].0 = "stop-channel-fixd".into();
    let decoded = programs::decode(&v);
    assert_eq!(decoded.value[1], ("stop-channel-fixed", ""));
    assert_eq!(
        decoded
            .errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "stop-channel-fixed: missing",
            "stop-channel-fixd: unknown key"
        ]
    );
}

#[test]
fn a_damaged_prelude_file_is_left_out() {
    let mut v = exported("prelude/sync");
    *item(item(&mut v, 0), 1) = Value::Bool(true);
    let decoded = prelude::decode(&v);
    let files = ::prelude::FILES.iter().filter(|f| f.0 == "sync").count();
    assert_eq!(decoded.value.len(), files - 1);
    assert_eq!(
        first_error(decoded),
        "[0][1]: expected a string, found a boolean"
    );
}

#[test]
fn strings_survive_the_text_whatever_they_hold() {
    let tricky = "quote \" backslash \\ newline \n tab \t bell \u{7} 中文 \u{2028} /";
    let v = Value::Record(vec![(
        tricky.into(),
        Value::List(vec![
            tricky.into(),
            Value::Num(42.0),
            Value::Bool(false),
            Value::Null,
        ]),
    )]);
    let text = module("a test", &v);
    assert_eq!(parse_module(&text), Ok(v));
    let json = text.split_once("export default ").unwrap().1.trim_end();
    let json: serde_json::Value = serde_json::from_str(json.strip_suffix(';').unwrap()).unwrap();
    assert_eq!(json[tricky][0], tricky);
}

#[test]
fn damaged_text_is_a_parse_error_with_its_place() {
    let cases = [
        ("export default [1,];\n", 18, "a value"),
        ("export default {\"a\" 1};\n", 20, ":"),
        ("export default \"open;\n", 21, "no control character"),
        ("export default [] []\n", 18, ";"),
        ("default [];\n", 0, "export default "),
    ];
    for (text, offset, expected) in cases {
        assert_eq!(
            parse_module(text),
            Err(ParseError { offset, expected }),
            "{text}"
        );
    }
}

#[test]
fn every_module_reads_the_same_to_another_json_parser() {
    for (file, text) in super::modules() {
        let json = text
            .split_once("export default ")
            .and_then(|(_, rest)| rest.trim_end().strip_suffix(';'))
            .unwrap_or_else(|| panic!("{file}: an `export default …;` module"));
        let theirs: serde_json::Value =
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{file}: {e}"));
        let ours = parse_module(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(sorted(ours) == sorted(from_serde(&theirs)), "{file}");
    }
}

/// serde_json's reading of a value, in our model.
fn from_serde(v: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Num(n.as_f64().unwrap()),
        J::String(s) => Value::Str(s.clone()),
        J::Array(items) => Value::List(items.iter().map(from_serde).collect()),
        J::Object(fields) => Value::Record(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), from_serde(v)))
                .collect(),
        ),
    }
}

/// `v` with every record's keys in order, as serde_json keeps them.
fn sorted(v: Value) -> Value {
    match v {
        Value::List(items) => Value::List(items.into_iter().map(sorted).collect()),
        Value::Record(fields) => {
            let mut fields: Vec<_> = fields.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Record(fields)
        }
        v => v,
    }
}

#[test]
fn the_module_has_one_row_per_text_in_the_enums_order() {
    let js = shipped("texts");
    let rows: Vec<&str> = js.lines().filter(|l| l.starts_with('[')).collect();
    assert_eq!(rows.len(), Text::ALL.len());
    let first = Text::ALL[0];
    assert_eq!(
        rows[0].trim_end_matches(','),
        format!("[\"{}\",\"{}\"]", first.get(Lang::En), first.get(Lang::Zh))
    );
}

#[test]
fn each_prelude_module_holds_its_packages_files_one_row_per_line() {
    let q = |s: &str| {
        let mut out = String::new();
        super::text::quote(&mut out, s);
        out
    };
    for folder in ::prelude::folders() {
        let js = shipped(&format!("prelude/{folder}"));
        let rows: Vec<&str> = js.lines().filter(|l| l.starts_with('[')).collect();
        let names: Vec<&str> = ::prelude::FILES
            .iter()
            .filter(|f| f.0 == folder)
            .map(|f| f.1)
            .collect();
        assert_eq!(rows.len(), names.len(), "{folder}");
        for (row, name) in rows.iter().zip(names) {
            assert!(row.starts_with(&format!("[{},", q(name))), "{row}");
        }
    }
}

#[test]
fn the_course_module_carries_the_practice_data() {
    let module = shipped("course");
    let json = module
        .split_once("export default ")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix(';'))
        .expect("an `export default …;` module");
    let course: serde_json::Value = serde_json::from_str(json).expect("the default export is JSON");
    let ids: Vec<&str> = course["phrases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = PHRASES.iter().map(|p| p.id).collect();
    assert_eq!(ids, want);
    for p in PHRASES {
        assert!(module.contains(&format!("\"id\":\"{}\"", p.id)), "{}", p.id);
    }
    for s in SCENARIOS {
        assert!(
            module.contains(&format!("\"slug\":\"{}\"", s.slug)),
            "{}",
            s.slug
        );
    }
    let scenarios = course["scenarios"].as_array().unwrap();
    assert_eq!(scenarios.len(), SCENARIOS.len());
    for (js, s) in scenarios.iter().zip(SCENARIOS) {
        assert_eq!(js["slug"], s.slug);
        assert_eq!(js["start"], s.start);
        match s.task {
            Task::Fix { matches, .. } => assert_eq!(js["task"]["match"], matches),
            Task::Write { stdout } => assert_eq!(js["task"]["stdout"], stdout),
        }
        assert_eq!(js["fail_on_leak"], s.fail_on_leak);
        assert_eq!(js["answer"]["zh"], s.answer.zh);
        assert_eq!(js["rubric"].as_array().unwrap().len(), s.rubric.len());
    }
    let p = &course["phrases"][0];
    assert_eq!(p["text"]["zh"], PHRASES[0].text.zh);
    assert_eq!(p["section"], serde_json::Value::Null);
    assert_eq!(course["rca"]["kind"], "rca");
    assert_eq!(
        course["rca"]["sections"][6]["body"]["en"],
        RCA.sections[6].body.en
    );
    assert_eq!(course["review"]["sections"].as_array().unwrap().len(), 3);
    assert_eq!(
        course["categories"].as_array().unwrap().len(),
        CATEGORIES.len()
    );
    assert_eq!(course["lessons"].as_array().unwrap().len(), LESSONS.len());
}
