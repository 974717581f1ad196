//! The last resort. A Rust panic anywhere in the app is a bug of ours (the
//! learner's panics are outcomes, never Rust panics); when one happens the
//! page shows what happened, a report to copy for the bug tracker and a
//! button to reload, in the page's language. The release build aborts
//! after a panic, so the view is written by the hook itself with plain DOM
//! calls, as text (never HTML), not by Yew.

/// Installs the hook through Yew, which would otherwise install its own
/// (a console message only) when the app mounts.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| show(&report(&info.to_string()))));
}

/// What the learner copies into a bug report.
pub fn report(panic: &str) -> String {
    format!(
        "Goroutine Dojo {} crashed.\n{panic}\nPage: {}\nBrowser: {}",
        env!("CARGO_PKG_VERSION"),
        crate::platform::page_url(),
        crate::platform::user_agent()
    )
}

#[cfg(target_arch = "wasm32")]
fn show(report: &str) {
    use crate::i18n::{Lang, Text};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .filter(|l| l.starts_with("zh"))
        .map_or(Lang::En, |_| Lang::Zh);
    let element = |tag: &str, text: &str| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let (Some(view), Some(title), Some(about), Some(pre), Some(copy), Some(reload)) = (
        element("div", ""),
        element("h2", Text::CrashTitle.get(lang)),
        element("p", Text::CrashAbout.get(lang)),
        element("pre", report),
        element("button", Text::CrashCopy.get(lang)),
        element("button", Text::CrashReload.get(lang)),
    ) else {
        return;
    };
    let _ = view.set_attribute("class", "crash");
    let _ = view.set_attribute("role", "alert");
    let _ = view.set_attribute("data-testid", "crash");
    let text = report.to_string();
    let on_copy = Closure::<dyn Fn()>::new(move || crate::platform::copy_to_clipboard(&text));
    let on_reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let _ = copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref());
    let _ = reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref());
    // The page lives no longer than these listeners.
    on_copy.forget();
    on_reload.forget();
    for child in [&title, &about, &pre, &copy, &reload] {
        let _ = view.append_child(child);
    }
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&view);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_report_names_the_version_and_the_panic() {
        let r = super::report("panicked at web/src/x.rs:1:2:\nboom");
        assert!(r.starts_with(&format!(
            "Goroutine Dojo {} crashed.\n",
            env!("CARGO_PKG_VERSION")
        )));
        assert!(r.contains("\nboom\n"));
    }
}
