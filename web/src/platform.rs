//! The browser edge: URL parameters, localStorage and the document. On
//! non-wasm targets (native tests, server-side rendering) every function is
//! a harmless no-op, so components stay testable without a browser.

/// The localStorage key for the chosen language.
pub const LANG_KEY: &str = "dojo.lang";

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn query_param(name: &str) -> Option<String> {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
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

    /// Milliseconds from `performance.now()`, for the benchmark page.
    pub fn now_ms() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }

    pub fn is_browser() -> bool {
        true
    }

    pub fn app_root() -> Option<web_sys::Element> {
        web_sys::window()?.document()?.get_element_by_id("app")
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn query_param(_name: &str) -> Option<String> {
        None
    }

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
}

pub use imp::*;
