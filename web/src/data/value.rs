//! The value model every payload passes through, and the pieces the typed
//! decoders are built from. A payload is decoded from a [`Value`], never
//! from a `JsValue` or from text, so the decoders compile and are tested
//! natively, and the browser and the tests run the same code.

use std::fmt;

/// What the data modules can hold: JSON's values, with numbers kept as
/// JavaScript keeps them.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    /// Keys in the order they were written.
    Record(Vec<(String, Value)>),
}

/// Strings are what the writer mostly writes.
#[cfg(not(target_arch = "wasm32"))]
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_string())
    }
}

impl Value {
    /// How an error message names this kind of value.
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Num(_) => "a number",
            Value::Str(_) => "a string",
            Value::List(_) => "a list",
            Value::Record(_) => "a record",
        }
    }
}

/// What is wrong with a payload, and where: `lessons[3].level: unknown
/// value "expert"`. One pointer wide: every decoder returns it, and a
/// wider error costs the page's wasm a copy at every return.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError(Box<(String, Problem)>);

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A key the reader needs is not there (renamed, or never written).
    Missing,
    /// A key the reader does not know (renamed, or written by mistake).
    UnknownKey,
    WrongType {
        want: &'static str,
        found: &'static str,
    },
    /// A string outside the values its field can take.
    UnknownValue(String),
    /// A number that cannot be a count: negative, fractional or too big.
    NotACount(f64),
    /// A list of fixed length (a row, the string table) with another.
    Length { want: usize, found: usize },
}

impl DataError {
    pub fn new(problem: Problem) -> DataError {
        DataError(Box::new((String::new(), problem)))
    }

    /// Keys and indices from the payload's root, written as in
    /// JavaScript; empty for the root itself.
    pub fn path(&self) -> &str {
        &self.0.0
    }

    pub fn problem(&self) -> &Problem {
        &self.0.1
    }

    fn wrong(want: &'static str, found: &Value) -> DataError {
        DataError::new(Problem::WrongType {
            want,
            found: found.kind(),
        })
    }

    /// Makes the path start from the record holding this under `key`.
    pub fn in_key(&mut self, key: &str) {
        let path = &mut self.0.0;
        let sep = if path.is_empty() || path.starts_with('[') {
            ""
        } else {
            "."
        };
        *path = format!("{key}{sep}{path}");
    }

    /// Makes the path start from the list holding this at `index`.
    pub fn in_index(&mut self, index: usize) {
        self.in_key(&format!("[{index}]"));
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path().is_empty() {
            write!(f, "{}: ", self.path())?;
        }
        match self.problem() {
            Problem::Missing => f.write_str("missing"),
            Problem::UnknownKey => f.write_str("unknown key"),
            Problem::WrongType { want, found } => write!(f, "expected {want}, found {found}"),
            Problem::UnknownValue(v) => write!(f, "unknown value \"{v}\""),
            // Go's float text: Rust's own float printing stays out of the wasm.
            Problem::NotACount(n) => write!(
                f,
                "expected a count, found {}",
                runtime::format::format_float(*n, b'g', -1, 64)
            ),
            Problem::Length { want, found } => write!(f, "expected {want} items, found {found}"),
        }
    }
}

pub type Decode<T> = Result<T, DataError>;

/// Decoded data lives as long as the page: it is read once, at start.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A string only looked at while decoding (a code).
fn str_of(v: &Value) -> Decode<&str> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(DataError::wrong("a string", v)),
    }
}

/// A string the page keeps for as long as it runs.
pub fn text(v: &Value) -> Decode<&'static str> {
    str_of(v).map(|s| leak(s.to_string()))
}

fn count(v: &Value) -> Decode<u32> {
    match *v {
        Value::Num(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => {
            Ok(n as u32)
        }
        Value::Num(n) => Err(DataError::new(Problem::NotACount(n))),
        _ => Err(DataError::wrong("a number", v)),
    }
}

fn flag(v: &Value) -> Decode<bool> {
    match *v {
        Value::Bool(b) => Ok(b),
        _ => Err(DataError::wrong("a boolean", v)),
    }
}

/// The items of a list.
pub fn items(v: &Value) -> Decode<&[Value]> {
    match v {
        Value::List(items) => Ok(items),
        _ => Err(DataError::wrong("a list", v)),
    }
}

/// The items of list `v` that decode, in order; an error (with its index)
/// in `errors` for each one that does not, or for `v` not being a list.
pub fn decode_items<T>(
    v: &Value,
    each: fn(&Value) -> Decode<T>,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    let mut out = Vec::new();
    for_items(v, &mut |item| each(item).map(|t| out.push(t)), errors);
    out
}

/// The loop of [`decode_items`], apart so that the page's wasm holds it
/// once, not once for every type of item.
fn for_items(v: &Value, each: &mut dyn FnMut(&Value) -> Decode<()>, errors: &mut Vec<DataError>) {
    let all = items(v).map_err(|e| errors.push(e)).unwrap_or_default();
    for (i, item) in all.iter().enumerate() {
        if let Err(mut e) = each(item) {
            e.in_index(i);
            errors.push(e);
        }
    }
}

/// A row of exactly `N` strings: a text in both languages, a file.
pub fn strings<const N: usize>(v: &Value) -> Decode<[String; N]> {
    let row = items(v)?;
    if row.len() != N {
        return Err(DataError::new(Problem::Length {
            want: N,
            found: row.len(),
        }));
    }
    let mut out: [String; N] = std::array::from_fn(|_| String::new());
    for (i, (slot, item)) in out.iter_mut().zip(row).enumerate() {
        match item {
            Value::Str(s) => slot.clone_from(s),
            _ => {
                let mut e = DataError::wrong("a string", item);
                e.in_index(i);
                return Err(e);
            }
        }
    }
    Ok(out)
}

/// A record being decoded. Each key is taken once; a key left over at the
/// end is an error, so a key the writer renamed or added cannot go unread.
///
/// A field that does not decode is noted, with its path, and its getter
/// returns a stand-in, so a decoder reads every field without a check
/// after each: [`Fields::done`] then fails with the first error, and the
/// value made with stand-ins is dropped. The page's payloads use the
/// stand-ins ([`Fields::finish`]) only where their decoders say so.
pub struct Fields<'a> {
    fields: &'a [(String, Value)],
    /// Bit `i` set: field `i` was taken (fields past 64 never are).
    taken: u64,
    errors: Vec<DataError>,
}

impl<'a> Fields<'a> {
    /// `v`'s fields; if `v` is not a record, none, and an error.
    pub fn of(v: &'a Value) -> Fields<'a> {
        let (fields, errors): (&[_], _) = match v {
            Value::Record(fields) => (fields, Vec::new()),
            _ => (&[], vec![DataError::wrong("a record", v)]),
        };
        Fields {
            fields,
            taken: 0,
            errors,
        }
    }

    /// Notes `e`, seen from this record under `key`.
    fn note(&mut self, key: &str, mut e: DataError) {
        e.in_key(key);
        self.errors.push(e);
    }

    /// The value under `key`, or `None` (noted as missing).
    fn value(&mut self, key: &str) -> Option<&'a Value> {
        let Some(i) = self.fields.iter().position(|(k, _)| k == key) else {
            self.note(key, DataError::new(Problem::Missing));
            return None;
        };
        self.taken |= bit(i);
        Some(&self.fields[i].1)
    }

    /// The value under `key` decoded by `each`, or `None` (noted).
    pub fn get<T>(&mut self, key: &str, each: fn(&'a Value) -> Decode<T>) -> Option<T> {
        match each(self.value(key)?) {
            Ok(t) => Some(t),
            Err(e) => {
                self.note(key, e);
                None
            }
        }
    }

    pub fn text(&mut self, key: &str) -> &'static str {
        self.get(key, text).unwrap_or("")
    }

    pub fn count(&mut self, key: &str) -> u32 {
        self.get(key, count).unwrap_or(0)
    }

    pub fn flag(&mut self, key: &str) -> bool {
        self.get(key, flag).unwrap_or(false)
    }

    /// `null` as `None`, anything else decoded by `each`.
    pub fn nullable<T>(&mut self, key: &str, each: fn(&'a Value) -> Decode<T>) -> Option<T> {
        match self.value(key)? {
            Value::Null => None,
            _ => self.get(key, each),
        }
    }

    /// The value named by a string in `table`, the one place that says
    /// which strings a field may hold (the writer uses the same table).
    pub fn code<T: Copy>(&mut self, key: &str, table: &[(&'static str, T)]) -> T {
        let found = self.get(key, str_of).map(|code| {
            let known = table.iter().find(|(c, _)| *c == code);
            known.ok_or_else(|| DataError::new(Problem::UnknownValue(code.to_string())))
        });
        match found {
            Some(Ok(&(_, t))) => t,
            Some(Err(e)) => {
                self.note(key, e);
                table[0].1
            }
            None => table[0].1,
        }
    }

    /// The items that decode of the list under `key`, kept for as long as
    /// the page runs.
    pub fn list<T>(&mut self, key: &str, each: fn(&Value) -> Decode<T>) -> &'static [T] {
        let mut out = Vec::new();
        self.for_items(key, &mut |item| each(item).map(|t| out.push(t)));
        Box::leak(out.into_boxed_slice())
    }

    /// [`for_items`] on the list under `key`.
    fn for_items(&mut self, key: &str, each: &mut dyn FnMut(&Value) -> Decode<()>) {
        let Some(v) = self.value(key) else {
            return;
        };
        let start = self.errors.len();
        for_items(v, each, &mut self.errors);
        for e in &mut self.errors[start..] {
            e.in_key(key);
        }
    }

    /// Every error noted, and one for each key nothing took.
    fn errors(mut self) -> Vec<DataError> {
        let fields = self.fields;
        for (i, (key, _)) in fields.iter().enumerate() {
            if self.taken & bit(i) == 0 {
                self.note(key, DataError::new(Problem::UnknownKey));
            }
        }
        self.errors
    }

    /// `value`, if every field decoded and every key was read.
    pub fn done<T>(self, value: T) -> Decode<T> {
        match self.errors().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(value),
        }
    }

    /// `value` as it is, stand-ins and all, with every error noted.
    pub fn finish<T>(self, value: T) -> Decoded<T> {
        Decoded {
            value,
            errors: self.errors(),
        }
    }
}

/// Field `i`'s bit in [`Fields::taken`]: none past 64, so a record that
/// long always has an unknown key.
fn bit(i: usize) -> u64 {
    u32::try_from(i)
        .ok()
        .and_then(|i| 1u64.checked_shl(i))
        .unwrap_or(0)
}

/// A payload as the page uses it: every part that decoded, and an error
/// for each part that did not (left out, or given a stand-in its decoder
/// names).
#[derive(Debug)]
pub struct Decoded<T> {
    pub value: T,
    pub errors: Vec<DataError>,
}

impl<T> Decoded<T> {
    /// The value if nothing was wrong, else the first error.
    pub fn strict(self) -> Decode<T> {
        match self.errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(self.value),
        }
    }
}
