//! The state the page opens in, from what the URL and localStorage hold.
//! Everything read is validated: a damaged link or store gives a notice
//! and the defaults, never a crash.

use crate::course;
use crate::i18n::Lang;
use crate::programs;
use crate::state::{Action, AppState, Notice, ProgramRef, Progress, Speed, practice};
use session::share;

/// What the page found at start-up, read by the caller from the browser.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub url_lang: Option<String>,
    pub url_program: Option<String>,
    /// `?lesson=<slug>`.
    pub url_lesson: Option<String>,
    /// The URL fragment, without `#`.
    pub fragment: String,
    pub stored_lang: Option<String>,
    pub stored_both: Option<String>,
    pub stored_speed: Option<String>,
    pub stored_program: Option<String>,
    /// The stored edit of the program that will open, if any.
    pub stored_code: Option<String>,
    /// The stored progress in the lesson that will open, if any.
    pub stored_progress: Option<String>,
    /// Finished interview sessions, one per line.
    pub stored_interviews: Option<String>,
    /// Whether the lesson region was left folded away (`"1"`).
    pub stored_lesson_hidden: Option<String>,
    /// Whether long lines were left wrapping (`"1"`).
    pub stored_wrap: Option<String>,
    /// `?embed=1` and its options. An embed reads nothing from storage
    /// (the caller leaves the `stored_*` fields empty) and writes nothing:
    /// it shows exactly what its link says.
    pub embed: Option<crate::embed::Options>,
}

/// Opening `lesson` from the course list: its stored edit and progress if
/// they read back, else its start program and a fresh start.
pub fn open_lesson(lesson: &'static lessons::Lesson) -> Action {
    let code = crate::platform::load(&format!(
        "{}{}",
        crate::platform::CODE_KEY_PREFIX,
        lesson.folder
    ))
    .filter(|c| c.len() <= crate::state::MAX_PROGRAM);
    let progress = crate::platform::load(&format!(
        "{}{}",
        crate::platform::PROGRESS_KEY_PREFIX,
        lesson.slug
    ))
    .and_then(|p| Progress::decode(&p, lesson));
    Action::OpenLesson {
        lesson,
        source: code.unwrap_or_else(|| lesson.start.to_string()),
        progress: progress.unwrap_or_else(|| Progress::new(lesson)),
    }
}

/// The lesson a start-up opens: `?lesson=`, else the one worked on last,
/// else, for a newcomer who has worked on nothing, the first lesson.
pub fn lesson_to_open(
    url_lesson: Option<&str>,
    stored_program: Option<&str>,
) -> Option<&'static lessons::Lesson> {
    match stored_program {
        Some(p) => url_lesson
            .and_then(course::by_slug)
            .or_else(|| course::lessons().iter().find(|l| l.folder == p)),
        None => url_lesson.map_or_else(|| course::lessons().first(), course::by_slug),
    }
}

pub fn initial_state(found: &Found) -> AppState {
    let mut bad_storage = false;
    let mut check = |value: &Option<String>, ok: &dyn Fn(&str) -> bool| match value {
        Some(v) if ok(v) => Some(v.clone()),
        Some(_) => {
            bad_storage = true;
            None
        }
        None => None,
    };
    let stored_lang = check(&found.stored_lang, &|v| Lang::from_code(v).is_some());
    let stored_both = check(&found.stored_both, &|v| v == "1" || v == "0");
    let stored_speed = check(&found.stored_speed, &|v| Speed::from_code(v).is_some());
    let stored_program = check(&found.stored_program, &|v| {
        programs::by_id(v).is_some() || course::lessons().iter().any(|l| l.folder == v)
    });
    let stored_code = check(&found.stored_code, &|v| {
        v.len() <= crate::state::MAX_PROGRAM && !v.contains('\0')
    });

    let url_lang = found.url_lang.as_deref();
    let mut state = AppState::initial(url_lang, stored_lang.as_deref());
    if url_lang != Some("both") {
        state.both = stored_both.as_deref() == Some("1");
    }
    if let Some(speed) = stored_speed.as_deref().and_then(Speed::from_code) {
        state.speed = speed;
    }
    let example = found.url_program.as_deref().and_then(programs::by_id);
    let lesson = match example {
        Some(_) => None,
        None => lesson_to_open(found.url_lesson.as_deref(), stored_program.as_deref()),
    };
    let program = example
        .or_else(|| stored_program.as_deref().and_then(programs::by_id))
        .unwrap_or_else(programs::default_program);
    let mut progress = None;
    if let (Some(l), Some(text)) = (lesson, &found.stored_progress) {
        progress = Progress::decode(text, l);
        bad_storage |= progress.is_none();
    }
    let mut apply = |action| state.apply(action);
    match lesson {
        Some(lesson) => apply(Action::OpenLesson {
            lesson,
            source: stored_code.unwrap_or_else(|| lesson.start.to_string()),
            progress: progress.unwrap_or_else(|| Progress::new(lesson)),
        }),
        None => apply(Action::LoadProgram {
            program: ProgramRef::Example(program),
            source: stored_code.unwrap_or_else(|| program.source()),
        }),
    };
    if found.fragment.contains("code=") {
        match share::decode(&found.fragment) {
            Ok(shared) => apply(Action::OpenShared(shared)),
            Err(_) => apply(Action::Notify(Notice::BadShareLink)),
        };
    }
    if let Some(text) = &found.stored_interviews {
        let past = practice::decode_past(text);
        bad_storage |= past.len() < text.lines().filter(|l| !l.is_empty()).count().min(20);
        state.practice.past = past.into();
    }
    if let Some(options) = &found.embed {
        let unknown = (found.url_lesson.is_some() && lesson.is_none())
            || (found.url_program.is_some() && example.is_none());
        if !found.fragment.contains("code=") {
            for _ in 0..options.start_step {
                if !state.apply(Action::StepDefault) {
                    break;
                }
            }
        }
        if (options.bad || unknown) && state.notice.is_none() {
            state.notice = Some(Notice::BadEmbedOption);
        }
        state.embed = Some(std::rc::Rc::new(options.clone()));
    }
    if bad_storage && state.notice.is_none() {
        state.notice = Some(Notice::BadStorage);
    }
    // A link says what to show, verdict included; a page opened bare
    // starts calm, and greets someone who has never worked on anything.
    let linked = found.embed.is_some()
        || found.url_lesson.is_some()
        || found.url_program.is_some()
        || found.fragment.contains("code=");
    state.acted = linked;
    state.welcome = !linked && stored_program.is_none();
    state.lesson_hidden =
        found.embed.is_none() && found.stored_lesson_hidden.as_deref() == Some("1");
    state.soft_wrap = found.embed.is_none() && found.stored_wrap.as_deref() == Some("1");
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corrupted_store_is_ignored_with_a_notice() {
        let state = initial_state(&Found {
            stored_lang: Some("klingon".into()),
            stored_speed: Some("{\"x\":1}".into()),
            stored_program: Some("no-such-program".into()),
            ..Found::default()
        });
        assert_eq!(state.lang, Lang::En);
        assert_eq!(state.speed, Speed::Normal);
        assert_eq!(state.program, ProgramRef::Lesson(&course::lessons()[0]));
        assert_eq!(state.notice, Some(Notice::BadStorage));
    }

    #[test]
    fn a_newcomer_opens_lesson_1_greeted_and_calm_and_a_link_shows_its_verdict() {
        let state = initial_state(&Found::default());
        assert_eq!(state.lesson.map(|l| l.number), Some(1));
        assert!(state.welcome && !state.acted);
        let state = initial_state(&Found {
            stored_program: Some(course::lessons()[1].folder.into()),
            ..Found::default()
        });
        assert_eq!(state.lesson.map(|l| l.number), Some(2));
        assert!(
            !state.welcome && !state.acted,
            "a returning learner is not greeted"
        );
        let state = initial_state(&Found {
            url_program: Some("stop-channel-race".into()),
            ..Found::default()
        });
        assert!(state.acted && !state.welcome, "a link shows its verdict");
    }

    #[test]
    fn stored_edits_and_choices_come_back() {
        let state = initial_state(&Found {
            stored_lang: Some("zh".into()),
            stored_both: Some("1".into()),
            stored_speed: Some("fast".into()),
            stored_program: Some("reap-double-close".into()),
            stored_code: Some("package main\n\nfunc main() {}\n".into()),
            ..Found::default()
        });
        assert_eq!(
            (state.lang, state.both, state.speed),
            (Lang::Zh, true, Speed::Fast)
        );
        assert_eq!(
            state.program,
            ProgramRef::Example(programs::by_id("reap-double-close").unwrap())
        );
        assert_eq!(&*state.session.source, "package main\n\nfunc main() {}\n");
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_share_link_opens_its_program_at_its_step() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo fmt.Println(1)\n\tfmt.Println(2)\n}\n";
        let link = share::encode(src, &explore::schedule::Schedule::default(), 1);
        let state = initial_state(&Found {
            fragment: link,
            ..Found::default()
        });
        assert_eq!(&*state.session.source, src);
        assert_eq!(state.session.depth(), 1);
        assert_eq!(state.program, ProgramRef::Shared);
    }

    #[test]
    fn a_lesson_opens_by_url_with_its_stored_progress() {
        let state = initial_state(&Found {
            url_lesson: Some("stop-channel-race".into()),
            stored_progress: Some("d=1000;h=1;c=----;e=0".into()),
            ..Found::default()
        });
        let lesson = state.lesson.expect("the lesson opened");
        assert_eq!(lesson.number, 13);
        assert_eq!(&*state.session.source, lesson.start);
        assert_eq!(state.progress.hints, 1);
        assert!(state.progress.done[0]);
        // Progress that does not fit the lesson is ignored, with a notice.
        let state = initial_state(&Found {
            url_lesson: Some("stop-channel-race".into()),
            stored_progress: Some("d=1".into()),
            ..Found::default()
        });
        assert_eq!(state.notice, Some(Notice::BadStorage));
        assert!(!state.progress.done[0]);
    }

    #[test]
    fn an_embed_opens_its_lesson_at_its_step_and_flags_what_it_could_not_read() {
        let options = crate::embed::Options {
            start_step: 3,
            ..crate::embed::Options::new()
        };
        let state = initial_state(&Found {
            url_lesson: Some("stop-channel-race".into()),
            embed: Some(options.clone()),
            ..Found::default()
        });
        assert_eq!(state.session.depth(), 3);
        assert_eq!(state.lesson.map(|l| l.number), Some(13));
        assert_eq!(state.embed.as_deref(), Some(&options));
        assert_eq!(state.notice, None);

        let state = initial_state(&Found {
            url_lesson: Some("no-such-lesson".into()),
            embed: Some(crate::embed::Options::new()),
            ..Found::default()
        });
        assert_eq!(
            state.program,
            ProgramRef::Example(programs::default_program())
        );
        assert_eq!(state.notice, Some(Notice::BadEmbedOption));

        // More steps than the program has stop at its end.
        let state = initial_state(&Found {
            url_program: Some("reap-double-close".into()),
            embed: Some(crate::embed::Options {
                start_step: crate::embed::options::MAX_START_STEP,
                ..crate::embed::Options::new()
            }),
            ..Found::default()
        });
        assert!(state.session.is_over());
    }

    #[test]
    fn a_damaged_link_shows_the_first_lesson_and_says_so() {
        let state = initial_state(&Found {
            fragment: "code=%%%&sched=zz".into(),
            ..Found::default()
        });
        assert_eq!(state.program, ProgramRef::Lesson(&course::lessons()[0]));
        assert_eq!(state.notice, Some(Notice::BadShareLink));
    }
}
