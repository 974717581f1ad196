//! The browser edge: URL, localStorage, clipboard, the document, global
//! key presses, and an embed's messages to and from the page framing it
//! (parsed and built by the pure [`crate::embed::message`]). On non-wasm
//! targets (native tests, server-side rendering)
//! every function is a harmless no-op, so components stay testable
//! without a browser.

/// localStorage keys. Everything stored is validated when read back.
pub const LANG_KEY: &str = "dojo.lang";
pub const BOTH_KEY: &str = "dojo.both";
pub const SPEED_KEY: &str = "dojo.speed";
pub const LESSON_HIDDEN_KEY: &str = "dojo.lessonHidden";
pub const WRAP_KEY: &str = "dojo.wrap";
/// The program last worked on.
pub const PROGRAM_KEY: &str = "dojo.program";
/// Prefix of the edited source of each program.
pub const CODE_KEY_PREFIX: &str = "dojo.code.";
/// Prefix of the progress in each lesson (by slug).
pub const PROGRESS_KEY_PREFIX: &str = "dojo.progress.";
/// Finished interview sessions (`state::practice::encode_past`).
pub const INTERVIEWS_KEY: &str = "dojo.interviews";

/// A global key press, as much of it as the shortcuts need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    /// Typed into a text field (shortcuts stay out of the editor's way).
    pub in_field: bool,
    pub modified: bool,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::KeyPress;
    use crate::embed::message::{self, Command, Field, Value};
    use js_sys::{Object, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    pub fn query_param(name: &str) -> Option<String> {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
    }

    /// The URL fragment without its `#` (empty when there is none).
    pub fn fragment() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| h.trim_start_matches('#').to_string())
            .unwrap_or_default()
    }

    /// The page's whole address (for a bug report).
    pub fn page_url() -> String {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    }

    pub fn user_agent() -> String {
        web_sys::window()
            .and_then(|w| w.navigator().user_agent().ok())
            .unwrap_or_default()
    }

    /// The page's address without query or fragment.
    pub fn page_base() -> String {
        web_sys::window().map_or_else(String::new, |w| {
            let loc = w.location();
            format!(
                "{}{}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default()
            )
        })
    }

    /// Replaces the fragment without adding a history entry, and returns
    /// the whole URL.
    pub fn set_fragment(fragment: &str) -> String {
        let Some(w) = web_sys::window() else {
            return String::new();
        };
        let search = w.location().search().unwrap_or_default();
        let url = format!("{}{search}#{fragment}", page_base());
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        url
    }

    pub fn copy_to_clipboard(text: &str) {
        if let Some(w) = web_sys::window() {
            // Refused without a secure context or permission: the link is
            // shown on the page anyway.
            let _ = w.navigator().clipboard().write_text(text);
        }
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn store(key: &str, value: &str) {
        if let Some(s) = storage() {
            // A full or disabled storage only loses the preference.
            let _ = s.set_item(key, value);
        }
    }

    pub fn set_document_lang(code: &str) {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", code);
        }
    }

    /// Milliseconds from `performance.now()`.
    pub fn now_ms() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }

    pub fn is_browser() -> bool {
        true
    }

    pub fn viewport_width() -> Option<f64> {
        web_sys::window()?.inner_width().ok()?.as_f64()
    }

    pub fn app_root() -> Option<web_sys::Element> {
        web_sys::window()?.document()?.get_element_by_id("app")
    }

    /// The element that has keyboard focus, to give it back later.
    pub fn active_element() -> Option<web_sys::HtmlElement> {
        web_sys::window()?
            .document()?
            .active_element()?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()
    }

    /// Takes focus away from the text field that has it.
    pub fn blur_active() {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.blur();
        }
    }

    /// Puts the editor's caret at the start of line `line` (1-based) of
    /// the learner's file and scrolls it into view: where a trace's frame
    /// link leads.
    pub fn go_to_line(line: u32) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(t) = doc
            .query_selector(".editor-input")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            let text = t.value();
            let at: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1) as usize)
                .map(|l| l.encode_utf16().count())
                .sum();
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            let _ = t.focus();
            let _ = t.set_selection_range(at, at);
        }
        if let Ok(Some(row)) = doc.query_selector(&format!(".gutter-line[data-line=\"{line}\"]")) {
            row.scroll_into_view();
        }
    }

    /// Listens to key presses on the whole document until dropped.
    pub struct KeyListener {
        closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
    }

    impl Drop for KeyListener {
        fn drop(&mut self) {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                let _ = d.remove_event_listener_with_callback(
                    "keydown",
                    self.closure.as_ref().unchecked_ref(),
                );
            }
        }
    }

    /// The WAI-ARIA tabs pattern's keys, for every tab list of the page at
    /// once: on a focused tab, Left and Right move to the previous and next
    /// visible tab of its list (wrapping), Home and End to the first and
    /// last; the tab moved to is focused and clicked (selection follows
    /// focus). Each list is one Tab stop: only its selected tab has
    /// `tabindex="0"` (see `components::tab_index`).
    fn move_between_tabs(e: &web_sys::KeyboardEvent) -> bool {
        let step: i64 = match e.key().as_str() {
            "ArrowLeft" | "End" => -1,
            "ArrowRight" | "Home" => 1,
            _ => return false,
        };
        let Some(tab) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|t| t.get_attribute("role").as_deref() == Some("tab"))
        else {
            return false;
        };
        let Some(list) = tab.parent_element() else {
            return false;
        };
        let tabs: Vec<web_sys::HtmlElement> = (0..list.children().length())
            .filter_map(|i| list.children().item(i))
            .filter_map(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|t| t.offset_parent().is_some())
            .collect();
        let count = tabs.len() as i64;
        let at = tabs
            .iter()
            .position(|t| AsRef::<web_sys::Element>::as_ref(t) == &tab)
            .map_or(0, |i| i as i64);
        // Home and End start from just outside the list's far end.
        let from = match e.key().as_str() {
            "Home" => -1,
            "End" => count,
            _ => at,
        };
        let Some(next) = tabs.get((from + step).rem_euclid(count.max(1)) as usize) else {
            return false;
        };
        let _ = next.focus();
        next.click();
        true
    }

    /// Calls `on_key` for every key press; it returns true when it used the
    /// key (the browser's default is then prevented).
    pub fn listen_keys(on_key: impl Fn(&KeyPress) -> bool + 'static) -> Option<KeyListener> {
        let closure =
            Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                let in_field = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                    });
                if move_between_tabs(&e) {
                    e.prevent_default();
                    return;
                }
                let press = KeyPress {
                    key: e.key(),
                    in_field,
                    modified: e.ctrl_key() || e.meta_key() || e.alt_key(),
                };
                if on_key(&press) {
                    e.prevent_default();
                }
            });
        let d = web_sys::window()?.document()?;
        d.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(KeyListener { closure })
    }

    /// The window framing this page, if it is framed.
    fn parent() -> Option<web_sys::Window> {
        let w = web_sys::window()?;
        let p = w.parent().ok()??;
        (!Object::is(&p, &w)).then_some(p)
    }

    /// Posts an event to the framing window, if any, for `target_origin`.
    pub fn post_to_parent(fields: &[(&str, Field)], target_origin: &str) {
        let Some(p) = parent() else { return };
        let event = Object::new();
        for (key, field) in fields {
            let value = match field {
                Field::Str(s) => JsValue::from_str(s),
                Field::Num(n) => JsValue::from_f64(*n),
                Field::List(ids) => ids
                    .iter()
                    .map(|n| JsValue::from(*n))
                    .collect::<js_sys::Array>()
                    .into(),
            };
            let _ = Reflect::set(&event, &JsValue::from_str(key), &value);
        }
        let _ = p.post_message(&event, target_origin);
    }

    /// One field of a message's data, copied into Rust only when it is a
    /// string short enough or a number.
    fn read_field(data: &JsValue, name: &str) -> Value {
        let v = Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        if v.is_undefined() || v.is_null() {
            Value::Missing
        } else if let Some(s) = v.dyn_ref::<js_sys::JsString>() {
            if s.length() <= message::MAX_STRING_UNITS {
                Value::Str(s.into())
            } else {
                Value::Other
            }
        } else {
            v.as_f64().map_or(Value::Other, Value::Num)
        }
    }

    /// Listens to the framing window's messages until dropped.
    pub struct MessageListener {
        closure: Closure<dyn FnMut(web_sys::MessageEvent)>,
    }

    impl Drop for MessageListener {
        fn drop(&mut self) {
            if let Some(w) = web_sys::window() {
                let _ = w.remove_event_listener_with_callback(
                    "message",
                    self.closure.as_ref().unchecked_ref(),
                );
            }
        }
    }

    /// Calls `on` with every well-formed command the framing window sends
    /// (from `origin` alone, when given). Messages from other windows
    /// (sibling frames, popups) and anything malformed are dropped.
    pub fn listen_commands(
        origin: Option<String>,
        on: impl Fn(Command) + 'static,
    ) -> Option<MessageListener> {
        let closure =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let from_parent = parent()
                    .zip(e.source())
                    .is_some_and(|(p, source)| Object::is(&p, &source));
                if !from_parent || origin.as_ref().is_some_and(|o| *o != e.origin()) {
                    return;
                }
                let data = e.data();
                if !data.is_object() || js_sys::Array::is_array(&data) {
                    return;
                }
                if let Some(command) = message::parse(&|name| read_field(&data, name)) {
                    on(command);
                }
            });
        web_sys::window()?
            .add_event_listener_with_callback("message", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(MessageListener { closure })
    }

    /// Watches an element's height (in whole CSS pixels) until dropped.
    pub struct HeightWatch {
        observer: web_sys::ResizeObserver,
        _closure: Closure<dyn FnMut()>,
    }

    impl Drop for HeightWatch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `on` with the app's height (of `#app`, which holds all of
    /// it) now and whenever it changes.
    pub fn watch_height(on: impl Fn(u32) + 'static) -> Option<HeightWatch> {
        let root = app_root()?;
        let target = root.clone();
        let closure = Closure::<dyn FnMut()>::new(move || {
            on(target.get_bounding_client_rect().height().ceil() as u32);
        });
        let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightWatch {
            observer,
            _closure: closure,
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::KeyPress;
    use crate::embed::message::{Command, Field};

    pub fn page_base() -> String {
        String::new()
    }

    pub fn page_url() -> String {
        String::new()
    }

    pub fn user_agent() -> String {
        String::new()
    }

    pub fn query_param(_name: &str) -> Option<String> {
        None
    }

    pub fn fragment() -> String {
        String::new()
    }

    pub fn set_fragment(fragment: &str) -> String {
        format!("#{fragment}")
    }

    pub fn copy_to_clipboard(_text: &str) {}

    pub fn load(_key: &str) -> Option<String> {
        None
    }

    pub fn store(_key: &str, _value: &str) {}

    pub fn set_document_lang(_code: &str) {}

    pub fn now_ms() -> f64 {
        0.0
    }

    pub fn is_browser() -> bool {
        false
    }

    pub fn blur_active() {}

    pub fn active_element() -> Option<web_sys::HtmlElement> {
        None
    }

    pub fn go_to_line(_line: u32) {}

    pub fn viewport_width() -> Option<f64> {
        None
    }

    pub struct KeyListener;

    pub fn listen_keys(_on_key: impl Fn(&KeyPress) -> bool + 'static) -> Option<KeyListener> {
        None
    }

    pub fn post_to_parent(_fields: &[(&str, Field)], _target_origin: &str) {}

    pub struct MessageListener;

    pub fn listen_commands(
        _origin: Option<String>,
        _on: impl Fn(Command) + 'static,
    ) -> Option<MessageListener> {
        None
    }

    pub struct HeightWatch;

    pub fn watch_height(_on: impl Fn(u32) + 'static) -> Option<HeightWatch> {
        None
    }
}

pub use imp::*;
