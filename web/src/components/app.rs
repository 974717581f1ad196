//! The root component: owns the reducer, provides the store and the
//! language to everything below, and performs the side effects: storage,
//! the run animation's timer, the edit debounce, verification and
//! exploration in slices, and keyboard shortcuts.

use super::header::Header;
use super::playground::Playground;
use crate::i18n::Lang;
use crate::keys::{Shortcut, shortcut};
use crate::platform;
use crate::runner;
use crate::startup::{Found, initial_state};
use crate::state::{Action, AppState, ExploreState, VerifyState, practice};
use yew::prelude::*;

/// Milliseconds an edit waits before the program is rebuilt and verified.
const DEBOUNCE_MS: u32 = 300;

fn found_in_browser() -> Found {
    let stored_program = platform::load(platform::PROGRAM_KEY);
    let url_lesson = platform::query_param("lesson");
    let lesson = crate::startup::lesson_to_open(url_lesson.as_deref(), stored_program.as_deref());
    let program = match (platform::query_param("program"), lesson) {
        (Some(p), _) => p,
        (None, Some(l)) => l.folder.to_string(),
        (None, None) => stored_program
            .clone()
            .unwrap_or_else(|| crate::programs::default_program().id.to_string()),
    };
    Found {
        url_lang: platform::query_param("lang"),
        url_program: platform::query_param("program"),
        url_lesson,
        stored_progress: lesson
            .and_then(|l| platform::load(&format!("{}{}", platform::PROGRESS_KEY_PREFIX, l.slug))),
        fragment: platform::fragment(),
        stored_lang: platform::load(platform::LANG_KEY),
        stored_both: platform::load(platform::BOTH_KEY),
        stored_speed: platform::load(platform::SPEED_KEY),
        stored_program,
        stored_code: platform::load(&format!("{}{program}", platform::CODE_KEY_PREFIX)),
        stored_interviews: platform::load(platform::INTERVIEWS_KEY),
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| initial_state(&found_in_browser()));
    use_settings_storage(&state);
    use_animation(&state);
    use_debounced_rebuild(&state);
    use_verification(&state);
    use_exploration(&state);
    use_shortcuts(&state);
    use_interview_storage(&state);
    use_countdown(&state);
    let lang = state.lang;
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
            <ContextProvider<UseReducerDispatcher<AppState>> context={state.dispatcher()}>
                <ContextProvider<Lang> context={lang}>
                    <div class="app" data-lang={lang.code()}>
                        <Header />
                        <Playground />
                    </div>
                </ContextProvider<Lang>>
            </ContextProvider<UseReducerDispatcher<AppState>>>
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}

/// Keeps language, speed and the learner's code in localStorage.
#[hook]
fn use_settings_storage(state: &UseReducerHandle<AppState>) {
    use_effect_with(state.lang, |lang| {
        platform::store(platform::LANG_KEY, lang.code());
        platform::set_document_lang(match lang {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        });
    });
    use_effect_with(state.both, |both| {
        platform::store(platform::BOTH_KEY, if *both { "1" } else { "0" });
    });
    use_effect_with(state.speed, |speed| {
        platform::store(platform::SPEED_KEY, speed.code());
    });
    use_effect_with(
        (state.lesson.map(|l| l.slug), state.progress.clone()),
        |(slug, progress)| {
            if let Some(slug) = slug {
                platform::store(
                    &format!("{}{slug}", platform::PROGRESS_KEY_PREFIX),
                    &progress.encode(),
                );
            }
        },
    );
    use_effect_with(
        (state.program, state.session.source.clone()),
        |(program, source)| {
            // A shared program, or an interview's, is not the one to
            // come back to on the next visit.
            let scenario = crate::course::interview_pool()
                .iter()
                .any(|s| s.folder == *program);
            if *program != "shared" && !scenario {
                platform::store(platform::PROGRAM_KEY, program);
                platform::store(&format!("{}{program}", platform::CODE_KEY_PREFIX), source);
            }
        },
    );
}

/// Keeps the finished interview sessions in localStorage.
#[hook]
fn use_interview_storage(state: &UseReducerHandle<AppState>) {
    use_effect_with(state.practice.past.clone(), |past| {
        platform::store(platform::INTERVIEWS_KEY, &practice::encode_past(past));
    });
}

/// The interview's countdown: one tick a second while it runs.
#[hook]
fn use_countdown(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    let running = state
        .practice
        .interview
        .as_ref()
        .is_some_and(|i| !i.paused && !i.finished);
    use_effect_with(running, move |running| {
        #[cfg(target_arch = "wasm32")]
        let interval = running.then(|| {
            gloo_timers::callback::Interval::new(1000, move || {
                dispatcher.dispatch(Action::Practice(crate::state::PracticeAction::Tick));
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (running, dispatcher);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(interval);
        }
    });
}

/// "Run": one default-scheduler step per interval while running.
#[hook]
fn use_animation(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((state.running, state.speed), move |(running, speed)| {
        #[cfg(target_arch = "wasm32")]
        let interval = running.then(|| {
            gloo_timers::callback::Interval::new(speed.interval_ms(), move || {
                dispatcher.dispatch(Action::Tick);
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (running, speed, dispatcher);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(interval);
        }
    });
}

/// Rebuilds the program once the learner stops typing.
#[hook]
fn use_debounced_rebuild(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.draft.clone(), move |_draft| {
        #[cfg(target_arch = "wasm32")]
        let timer = gloo_timers::callback::Timeout::new(DEBOUNCE_MS, move || {
            dispatcher.dispatch(Action::Rebuild);
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (dispatcher, DEBOUNCE_MS);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(timer);
        }
    });
}

/// Verifies every new build over all interleavings, in slices.
#[hook]
fn use_verification(state: &UseReducerHandle<AppState>) {
    let dispatch = Callback::from({
        let d = state.dispatcher();
        move |a| d.dispatch(a)
    });
    let build = state.session.build().cloned();
    // Verification starts once the typing has settled on a build, and
    // goes on (through its own progress reports) until done or until the
    // build changes.
    let settled = *state.draft == *state.session.source;
    let pending = matches!(state.verify, VerifyState::Pending);
    use_effect_with((state.generation, settled), move |(_, settled)| {
        let running = build.filter(|_| pending && *settled).map(|b| {
            runner::run_in_slices(
                explore::Explorer::new(&b, &session::verify::options(false)),
                runner::verify_reports(dispatch),
            )
        });
        move || drop(running)
    });
}

/// Runs the Explore button's search in slices until done or cancelled.
#[hook]
fn use_exploration(state: &UseReducerHandle<AppState>) {
    let dispatch = Callback::from({
        let d = state.dispatcher();
        move |a| d.dispatch(a)
    });
    let build = state.session.build().cloned();
    let active = match state.explore {
        ExploreState::Running { generation, .. } => Some(generation),
        _ => None,
    };
    use_effect_with(active, move |active| {
        let running = active.and(build).map(|b| {
            runner::run_in_slices(
                explore::Explorer::new(&b, &explore::Options::default()),
                runner::explore_reports(dispatch),
            )
        });
        move || drop(running)
    });
}

/// Keyboard shortcuts on the whole page.
#[hook]
fn use_shortcuts(state: &UseReducerHandle<AppState>) {
    // What the listener (made once) needs to know of the latest state.
    let current = use_mut_ref(|| (false, Lang::En));
    *current.borrow_mut() = (state.running, state.lang);
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = platform::listen_keys(move |press| {
            let Some(action) = shortcut(press) else {
                return false;
            };
            let (running, lang) = *current.borrow();
            let action = match action {
                Shortcut::Do(a) => a,
                Shortcut::ToggleRun if running => Action::Pause,
                Shortcut::ToggleRun => Action::Run,
                Shortcut::ToggleLang => Action::SetLang(match lang {
                    Lang::En => Lang::Zh,
                    Lang::Zh => Lang::En,
                }),
                Shortcut::LeaveField => {
                    platform::blur_active();
                    return true;
                }
            };
            dispatcher.dispatch(action);
            true
        });
        // Dropping the listener (with this closure) stops it.
        move || {
            let _ = &listener;
        }
    });
}
