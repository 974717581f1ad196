//! The browser's half: `boot.js` imports the data modules and sets each
//! one's default export at `globalThis.dojoData.<name>`, and sets
//! `dojoData.prelude` to a function that imports a prelude package's
//! module. This is the only code that reads them from JavaScript, and all
//! it does is turn them into [`Value`]s for the decoders every build
//! shares.

use super::value::{Decoded, Value};
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// The global `boot.js` hands the data over in.
const GLOBAL: &str = "dojoData";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// The payload `<name>.js` as `decode` reads it. What did not decode is
/// left out (see each decoder) and reported on the console, one error per
/// line with its path: the data is ours, so that is a bug of ours, which
/// the browser tests catch as they catch every console error, while the
/// learner keeps a working page.
pub fn read<T>(name: &str, decode: fn(&Value) -> Decoded<T>) -> T {
    decoded(&format!("{name}.js"), &data(name), decode)
}

/// `payload` decoded, its errors logged under `file`.
fn decoded<T>(file: &str, payload: &JsValue, decode: fn(&Value) -> Decoded<T>) -> T {
    let decoded = decode(&value(payload));
    for e in &decoded.errors {
        console_error(&format!("{file}: {e}"));
    }
    decoded.value
}

/// `globalThis.dojoData.<name>`, or undefined.
fn data(name: &str) -> JsValue {
    let get = |from: &JsValue, key: &str| {
        Reflect::get(from, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    get(&get(&js_sys::global(), GLOBAL), name)
}

/// Loads the prelude packages in `folders` through `dojoData.prelude`
/// (which resolves to each one's files, or null where a module failed to
/// load), installs them, and calls `done` with those that failed.
pub fn load_all(folders: &[&'static str], done: impl FnOnce(Vec<&'static str>) + 'static) {
    let paths: Array = folders.iter().map(|f| JsValue::from_str(f)).collect();
    let promise = data("prelude")
        .dyn_into::<Function>()
        .ok()
        .and_then(|load| load.call1(&JsValue::NULL, &paths).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        return done(folders.to_vec());
    };
    let folders = folders.to_vec();
    let on_load = Closure::<dyn FnMut(JsValue)>::once(move |modules: JsValue| {
        let modules = Array::from(&modules);
        let mut failed = Vec::new();
        for (folder, module) in folders
            .into_iter()
            .zip(modules.iter().chain(std::iter::repeat(JsValue::NULL)))
        {
            let files = if module.is_null() {
                Vec::new()
            } else {
                decoded(
                    &super::prelude::module_path(folder),
                    &module,
                    super::prelude::decode,
                )
            };
            if files.is_empty() {
                failed.push(folder);
            } else {
                prelude::install(folder, files);
            }
        }
        done(failed);
    });
    drop(promise.then(&on_load));
    // JavaScript owns it now; it runs once.
    on_load.forget();
}

thread_local! {
    /// The lessons' texts loaded so far, by folder; empty texts where a
    /// load failed.
    static LESSON_TEXTS: std::cell::RefCell<Vec<(&'static str, lessons::Bi)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

pub fn lesson_text(folder: &str) -> Option<lessons::Bi> {
    LESSON_TEXTS.with_borrow(|t| t.iter().find(|(f, _)| *f == folder).map(|(_, b)| *b))
}

/// Loads a lesson's text through `dojoData.lessonText` (which resolves to
/// the module's export, or null where it failed to load), keeps it, and
/// calls `done`.
pub fn load_lesson_text(folder: &'static str, done: impl FnOnce() + 'static) {
    let keep = move |text: lessons::Bi| {
        LESSON_TEXTS.with_borrow_mut(|t| t.push((folder, text)));
        done();
    };
    let promise = data("lessonText")
        .dyn_into::<Function>()
        .ok()
        .and_then(|load| load.call1(&JsValue::NULL, &JsValue::from_str(folder)).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        return keep(lessons::Bi { en: "", zh: "" });
    };
    let on_load = Closure::<dyn FnMut(JsValue)>::once(move |module: JsValue| {
        let text = if module.is_null() {
            lessons::Bi { en: "", zh: "" }
        } else {
            decoded(
                &super::lesson_text::module_path(folder),
                &module,
                super::lesson_text::decode,
            )
        };
        keep(text);
    });
    drop(promise.then(&on_load));
    // JavaScript owns it now; it runs once.
    on_load.forget();
}

/// `v` as a [`Value`]; what JSON cannot hold (undefined, functions) is
/// null, which no decoder accepts where data belongs.
fn value(v: &JsValue) -> Value {
    if let Some(s) = v.as_string() {
        Value::Str(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Num(n)
    } else if Array::is_array(v) {
        Value::List(Array::from(v).iter().map(|item| value(&item)).collect())
    } else if let Some(object) = v.dyn_ref::<Object>().filter(|_| v.is_object()) {
        let field = |entry: JsValue| {
            let entry = Array::from(&entry);
            let key = entry.get(0).as_string().unwrap_or_default();
            (key, value(&entry.get(1)))
        };
        Value::Record(Object::entries(object).iter().map(field).collect())
    } else {
        Value::Null
    }
}
