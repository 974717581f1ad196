//! Everything a page opens from outside: the URL (share-link fragment,
//! query parameters, embed options), what localStorage holds, and the
//! messages an embedding host posts. Any of it, however damaged, opens a
//! page (defaults and a notice), never a Rust panic. A link the page
//! writes reads back as the same program, schedule and step.
#![no_main]

use session::share;
use web::embed::message::{self, Value};
use web::startup::{Found, initial_state};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut f = text.split('\n');
    let mut next = || f.next().map(str::to_string);
    let fragment = next().unwrap_or_default();
    let query = next().unwrap_or_default();
    let param = |name: &str| {
        query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k == name).then(|| v.to_string())
        })
    };
    let found = Found {
        url_lang: param("lang"),
        url_program: param("program"),
        url_lesson: param("lesson"),
        embed: web::embed::Options::parse(&param),
        stored_lang: next(),
        stored_both: next(),
        stored_speed: next(),
        stored_program: next(),
        stored_progress: next(),
        stored_interviews: next(),
        stored_code: Some(f.collect::<Vec<_>>().join("\n")),
        fragment: fragment.clone(),
    };
    let mut state = initial_state(&found);

    // The same text as a host's message: `key=value` fields.
    let field = |name: &str| match param(name) {
        None => Value::Missing,
        Some(v) => match v.parse::<f64>() {
            Ok(n) => Value::Num(n),
            Err(_) => Value::Str(v),
        },
    };
    if let Some(command) = message::parse(&field) {
        state.apply(command.action());
    }

    if let Ok(shared) = share::decode(&fragment) {
        let schedule = shared.schedule.unwrap_or_default();
        let step = shared.step.unwrap_or(0);
        let again = share::decode(&share::encode(&shared.code, &schedule, step)).expect("own link");
        assert_eq!(again.code, shared.code);
    }
});
