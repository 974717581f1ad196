//! The root component: owns the reducer, provides the store and the
//! language to everything below, and performs the side effects: storage,
//! the run animation's timer, the edit debounce, verification and
//! exploration in slices, and keyboard shortcuts. In embed mode it leaves
//! out the header (the playground leaves out the lesson), stores nothing,
//! and runs the host API.

use super::header::Header;
use super::playground::Playground;
use crate::embed::Origin;
use crate::embed::message::Event;
use crate::i18n::{Lang, Text};
use crate::keys::{Shortcut, shortcut};
use crate::platform;
use crate::runner;
use crate::startup::{Found, initial_state};
use crate::state::{Action, AppState, ExploreState, VerifyState, practice};
use yew::prelude::*;

/// Milliseconds an edit waits before the program is rebuilt and verified.
const DEBOUNCE_MS: u32 = 300;

pub(crate) fn found_in_browser() -> Found {
    let embed = crate::embed::Options::parse(&platform::query_param);
    // An embed shows what its link says, whatever this browser stored.
    let load = |key: &str| {
        if embed.is_some() {
            None
        } else {
            platform::load(key)
        }
    };
    let stored_program = load(platform::PROGRAM_KEY);
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
            .and_then(|l| load(&format!("{}{}", platform::PROGRESS_KEY_PREFIX, l.slug))),
        fragment: platform::fragment(),
        stored_lang: load(platform::LANG_KEY),
        stored_both: load(platform::BOTH_KEY),
        stored_speed: load(platform::SPEED_KEY),
        stored_program,
        stored_code: load(&format!("{}{program}", platform::CODE_KEY_PREFIX)),
        stored_interviews: load(platform::INTERVIEWS_KEY),
        stored_lesson_hidden: load(platform::LESSON_HIDDEN_KEY),
        stored_wrap: load(platform::WRAP_KEY),
        embed,
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| initial_state(&found_in_browser()));
    use_settings_storage(&state);
    use_animation(&state);
    use_debounced_rebuild(&state);
    use_package_loading(&state);
    use_verification(&state);
    use_exploration(&state);
    use_interview_storage(&state);
    use_countdown(&state);
    use_listeners(&state);
    use_embed_events(&state);
    let lang = state.lang;
    let embed = state.embed.is_some();
    // An embed has no header; its page still needs a top-level heading.
    let embed_title = match state.lesson {
        Some(l) => format!(
            "{}: {}",
            Text::ProductName.get(lang),
            crate::i18n::bi(&l.title, lang)
        ),
        None => Text::ProductName.get(lang).to_string(),
    };
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
            <ContextProvider<UseReducerDispatcher<AppState>> context={state.dispatcher()}>
                <ContextProvider<Lang> context={lang}>
                    <div class={classes!("app", embed.then_some("embed"))} data-lang={lang.code()}>
                        if embed {
                            <h1 class="visually-hidden">{ embed_title }</h1>
                        } else {
                            <Header />
                        }
                        <Playground />
                    </div>
                </ContextProvider<Lang>>
            </ContextProvider<UseReducerDispatcher<AppState>>>
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}

/// Keeps language, speed and the learner's code in localStorage (not in
/// embed mode: an embed in a wiki must not overwrite the learner's own
/// work or settings).
#[hook]
fn use_settings_storage(state: &UseReducerHandle<AppState>) {
    let keep = state.embed.is_none();
    let store = move |key: &str, value: &str| {
        if keep {
            platform::store(key, value);
        }
    };
    use_effect_with(state.lang, move |lang| {
        store(platform::LANG_KEY, lang.code());
        platform::set_document_lang(match lang {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        });
    });
    use_effect_with(state.both, move |both| {
        store(platform::BOTH_KEY, if *both { "1" } else { "0" });
    });
    use_effect_with(state.speed, move |speed| {
        store(platform::SPEED_KEY, speed.code());
    });
    use_effect_with(state.lesson_hidden, move |hidden| {
        store(platform::LESSON_HIDDEN_KEY, if *hidden { "1" } else { "0" });
    });
    use_effect_with(state.soft_wrap, move |wrap| {
        store(platform::WRAP_KEY, if *wrap { "1" } else { "0" });
    });
    use_effect_with(
        (state.lesson.map(|l| l.slug), state.progress.clone()),
        move |(slug, progress)| {
            if let Some(slug) = slug {
                store(
                    &format!("{}{slug}", platform::PROGRESS_KEY_PREFIX),
                    &progress.encode(),
                );
            }
        },
    );
    use_effect_with(
        (state.program, state.session.source.clone()),
        move |(program, source)| {
            if let Some(name) = program.stored_as() {
                store(platform::PROGRAM_KEY, name);
                store(&format!("{}{name}", platform::CODE_KEY_PREFIX), source);
            }
        },
    );
}

/// Keeps the finished interview sessions in localStorage (not in an embed).
#[hook]
fn use_interview_storage(state: &UseReducerHandle<AppState>) {
    let keep = state.embed.is_none();
    use_effect_with(state.practice.past.clone(), move |past| {
        if keep {
            platform::store(platform::INTERVIEWS_KEY, &practice::encode_past(past));
        }
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

/// Loads the prelude packages a new session waits for; the reducer
/// rebuilds it once they are in. Only a new session (a new generation)
/// starts a load, so a failed one is retried by the next edit, not in a
/// loop.
#[hook]
fn use_package_loading(state: &UseReducerHandle<AppState>) {
    let dispatch = Callback::from({
        let d = state.dispatcher();
        move |a| d.dispatch(a)
    });
    let loading = state.session.loading.clone();
    use_effect_with(state.generation, move |_| {
        #[cfg(target_arch = "wasm32")]
        if !loading.is_empty() {
            crate::data::load_packages(&loading, move |failed| {
                dispatch.emit(Action::PackagesLoaded(failed));
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (loading, dispatch);
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
    let source = state.session.source.clone();
    // Verification starts once the typing has settled on a build, and
    // goes on (through its own progress reports) until done or until the
    // build changes.
    let settled = *state.draft == *state.session.source;
    let pending = matches!(state.verify, VerifyState::Pending);
    use_effect_with((state.generation, settled), move |(_, settled)| {
        let running = build.filter(|_| pending && *settled).map(|b| {
            runner::explore(
                &source,
                &b,
                session::verify::options(false),
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
    let source = state.session.source.clone();
    let active = match state.explore {
        ExploreState::Running { generation, .. } => Some((generation, state.explore_scale)),
        _ => None,
    };
    use_effect_with(active, move |active| {
        let running = active.zip(build).map(|((_, scale), b)| {
            let base = explore::Options::with_race_detector();
            let options = explore::Options {
                max_steps: base.max_steps * scale,
                max_instructions: base.max_instructions * scale,
                ..base
            };
            runner::explore(&source, &b, options, runner::explore_reports(dispatch))
        });
        move || drop(running)
    });
}

/// Where an embed's events go and whether they may carry the program's
/// output: to `"*"` without it when no `origin=` was given, with it to
/// that origin alone when one was. `None` on the full page, and when an
/// invalid `origin=` turns the host API off.
fn embed_target(state: &AppState) -> Option<(String, bool)> {
    match &state.embed.as_ref()?.origin {
        Origin::Any => Some(("*".to_string(), false)),
        Origin::Only(o) => Some((o.clone(), true)),
        Origin::Invalid => None,
    }
}

fn post(target: &(String, bool), event: Event) {
    platform::post_to_parent(&event.fields(target.1), &target.0);
}

/// What the page listens to for its whole life: key presses (the
/// shortcuts) and, in embed mode, the host's commands; an embed then says
/// it is `ready` and reports its height whenever it changes, so the host
/// can size the iframe.
#[hook]
fn use_listeners(state: &UseReducerHandle<AppState>) {
    // What the key listener (made once) needs to know of the latest state.
    let current = use_mut_ref(|| (false, Lang::En, false));
    *current.borrow_mut() = (state.running, state.lang, state.keys_open);
    let dispatcher = state.dispatcher();
    let host = embed_target(state);
    let ready = Event::Ready {
        lang: state.lang,
        lesson: state.lesson.map(|l| l.slug),
    };
    use_effect_with((), move |_| {
        let host = host.map(|target| {
            let commands = dispatcher.clone();
            let only = target.1.then(|| target.0.clone());
            let listener = platform::listen_commands(only, move |c| commands.dispatch(c.action()));
            post(&target, ready);
            (
                listener,
                platform::watch_height(move |px| post(&target, Event::Height(px))),
            )
        });
        let keys = platform::listen_keys(move |press| {
            let Some(action) = shortcut(press) else {
                return false;
            };
            let (running, lang, keys_open) = *current.borrow();
            let action = match action {
                Shortcut::Do(a) => a,
                Shortcut::ToggleRun if running => Action::Pause,
                Shortcut::ToggleRun => Action::Run,
                Shortcut::ToggleLang => Action::SetLang(match lang {
                    Lang::En => Lang::Zh,
                    Lang::Zh => Lang::En,
                }),
                Shortcut::ToggleKeys => Action::ShowKeys(!keys_open),
                Shortcut::LeaveField => {
                    platform::blur_active();
                    return true;
                }
            };
            dispatcher.dispatch(action);
            true
        });
        // Dropping the listeners (with their closures) stops them.
        move || {
            let _ = (&keys, &host);
        }
    });
}

/// An embed reports every state it shows (`step`, the first one included,
/// after `ready`: effects run in the order they are declared) and the end
/// of a run (`outcome`). Inert on the full page.
#[hook]
fn use_embed_events(state: &UseReducerHandle<AppState>) {
    let host = embed_target(state);
    let state = state.clone();
    let key = (state.generation, state.session.current());
    use_effect_with(key, move |_| {
        if let Some(target) = host {
            let session = &state.session;
            let step = session.depth();
            post(
                &target,
                Event::Step {
                    step,
                    goroutine: session.last_stepped(),
                    runnable: session
                        .machine()
                        .map_or_else(Vec::new, |m| m.runnable().to_vec()),
                },
            );
            if let Some(outcome) = state.view.as_ref().and_then(|v| v.outcome.clone()) {
                post(&target, Event::Outcome { step, outcome });
            }
        }
    });
}
