//! The browser edge: URL, localStorage, clipboard, the document and global
//! key presses. On non-wasm targets (native tests, server-side rendering)
//! every function is a harmless no-op, so components stay testable
//! without a browser.

/// localStorage keys. Everything stored is validated when read back.
pub const LANG_KEY: &str = "dojo.lang";
pub const BOTH_KEY: &str = "dojo.both";
pub const SPEED_KEY: &str = "dojo.speed";
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
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

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

    /// Replaces the fragment without adding a history entry, and returns
    /// the whole URL.
    pub fn set_fragment(fragment: &str) -> String {
        let Some(w) = web_sys::window() else {
            return String::new();
        };
        let loc = w.location();
        let base = format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        );
        let search = loc.search().unwrap_or_default();
        let url = format!("{base}{search}#{fragment}");
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
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
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::KeyPress;

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

    pub fn viewport_width() -> Option<f64> {
        None
    }

    pub struct KeyListener;

    pub fn listen_keys(_on_key: impl Fn(&KeyPress) -> bool + 'static) -> Option<KeyListener> {
        None
    }
}

pub use imp::*;
