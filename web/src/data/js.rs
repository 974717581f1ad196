//! The browser's half: `boot.js` imports the data modules and sets each
//! one's default export at `globalThis.dojoData.<name>`. This is the only
//! code that reads them from JavaScript, and all it does is turn them
//! into [`Value`]s for the decoders every build shares.

use super::value::{Decoded, Value};
use js_sys::{Array, Object, Reflect};
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
    let decoded = decode(&payload(name));
    for e in &decoded.errors {
        console_error(&format!("{name}.js: {e}"));
    }
    decoded.value
}

/// `globalThis.dojoData.<name>`, or null.
fn payload(name: &str) -> Value {
    let get = |from: &JsValue, key: &str| {
        Reflect::get(from, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    value(&get(&get(&js_sys::global(), GLOBAL), name))
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
