//! The context tree, read out of the heap: every context the program can
//! still reach, what kind it is, its parent, whether it is canceled (with
//! its error and cause), and the watcher goroutine `propagateCancel`
//! started for it, if any. Contexts are ordinary Go values of the prelude's
//! `context` package, so this reads their fields by name.

use super::chan_name;
use runtime::GoroutineId;
use runtime::machine::{Machine, Obj, Role, State};
use runtime::value::Value;
use types::{Type, TypeId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CtxKind {
    Background,
    Todo,
    Cancel,
    Timer,
    Value,
    WithoutCancel,
    /// A context type the `context` package does not know (a learner's
    /// own, or `wait`'s channel adapter), by its Go type name.
    Foreign(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CtxState {
    /// Never canceled (or cannot be).
    Active,
    Canceled {
        err: String,
        cause: String,
    },
    /// A foreign context: its state is behind methods we do not call.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CtxNode {
    /// Index in the returned list.
    pub index: usize,
    pub kind: CtxKind,
    pub parent: Option<usize>,
    pub state: CtxState,
    /// Its `Done` channel once made.
    pub done: Option<String>,
    /// Children registered for cancellation (`children` map).
    pub registered: Vec<usize>,
    /// A value context's key and value.
    pub pair: Option<(String, String)>,
    /// Goroutines watching its parent on its behalf, still running.
    pub watchers: Vec<GoroutineId>,
}

/// Where a context lives, and its dynamic type.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    ty: TypeId,
    val: Value,
}

/// Every context reachable from the goroutines' stacks and the heap.
pub fn contexts(m: &Machine) -> Vec<CtxNode> {
    // Without the package there are none, and the heap need not be read.
    if !m.has_package("context") {
        return Vec::new();
    }
    let mut found: Vec<Found> = Vec::new();
    let seen_values = |v: &Value, found: &mut Vec<Found>| collect(m, v, found, 0);
    for g in m.goroutines() {
        for v in g.values() {
            seen_values(v, &mut found);
        }
    }
    for obj in m.objects().take(MAX_OBJECTS) {
        if let Obj::Cells(cells) = obj {
            for v in cells {
                seen_values(v, &mut found);
            }
        }
    }
    // Parents of the contexts found are contexts too (a foreign parent is
    // only ever seen as one).
    let mut i = 0;
    while i < found.len() && found.len() < MAX_NODES {
        if let Some(p) = field_iface(m, &found[i], "Context") {
            add(&mut found, p);
        }
        i += 1;
    }
    let mut nodes: Vec<CtxNode> = found
        .iter()
        .enumerate()
        .map(|(index, f)| node(m, f, index))
        .collect();
    for (i, f) in found.iter().enumerate() {
        nodes[i].parent = field_iface(m, f, "Context").and_then(|p| position_of(&found, &p));
        nodes[i].registered = children(m, f)
            .into_iter()
            .filter_map(|c| position_of(&found, &c))
            .collect();
    }
    attach_watchers(m, &found, &mut nodes);
    nodes
}

const MAX_OBJECTS: usize = 50_000;
const MAX_NODES: usize = 256;

/// Walks a value for interface values holding contexts.
fn collect(m: &Machine, v: &Value, found: &mut Vec<Found>, depth: u32) {
    if depth > 4 || found.len() >= MAX_NODES {
        return;
    }
    match v {
        Value::Iface(i) => {
            if kind_of(m, i.ty()).is_some() {
                add(
                    found,
                    Found {
                        ty: i.ty(),
                        val: i.val().clone(),
                    },
                );
            }
            collect(m, i.val(), found, depth + 1);
        }
        Value::Agg(items) => {
            for item in items.iter() {
                collect(m, item, found, depth + 1);
            }
        }
        _ => {}
    }
}

fn add(found: &mut Vec<Found>, f: Found) {
    if !found.contains(&f) {
        found.push(f);
    }
}

fn position_of(found: &[Found], f: &Found) -> Option<usize> {
    found.iter().position(|x| x == f)
}

/// The kind of context a dynamic type is, if the `context` package made it.
fn kind_of(m: &Machine, ty: TypeId) -> Option<CtxKind> {
    Some(match m.type_name(ty).as_str() {
        "context.backgroundCtx" => CtxKind::Background,
        "context.todoCtx" => CtxKind::Todo,
        "*context.cancelCtx" => CtxKind::Cancel,
        "*context.timerCtx" => CtxKind::Timer,
        "*context.valueCtx" => CtxKind::Value,
        "context.withoutCancelCtx" => CtxKind::WithoutCancel,
        _ => return None,
    })
}

/// The struct a context value is (loaded through its pointer), and the
/// struct type's fields.
fn fields(m: &Machine, f: &Found) -> Option<(Vec<Value>, Vec<types::Field>)> {
    let types = m.types();
    let (named, value) = match (types.get(f.ty), &f.val) {
        (Type::Pointer(elem), Value::Ptr(p)) => (*elem, m.load(p)?),
        (Type::Named(_), v) => (f.ty, v.clone()),
        _ => return None,
    };
    let under = types.named_info(named)?.underlying;
    let Type::Struct(fields) = types.get(under) else {
        return None;
    };
    let Value::Agg(items) = value else {
        return None;
    };
    Some((items.to_vec(), fields.clone()))
}

/// A field by name, looking into embedded structs (`timerCtx` embeds
/// `cancelCtx`, which holds the fields that matter).
fn field(m: &Machine, f: &Found, name: &str) -> Option<Value> {
    let (items, fs) = fields(m, f)?;
    find_field(m, &items, &fs, name, 0)
}

fn find_field(
    m: &Machine,
    items: &[Value],
    fs: &[types::Field],
    name: &str,
    depth: u32,
) -> Option<Value> {
    if let Some(i) = fs.iter().position(|f| f.name == name) {
        return items.get(i).cloned();
    }
    if depth > 2 {
        return None;
    }
    let types = m.types();
    fs.iter().zip(items).find_map(|(f, v)| {
        if !f.embedded {
            return None;
        }
        let under = types.named_info(f.ty)?.underlying;
        let (Type::Struct(inner), Value::Agg(vals)) = (types.get(under), v) else {
            return None;
        };
        find_field(m, vals, inner, name, depth + 1)
    })
}

fn field_iface(m: &Machine, f: &Found, name: &str) -> Option<Found> {
    match field(m, f, name)? {
        Value::Iface(i) => Some(Found {
            ty: i.ty(),
            val: i.val().clone(),
        }),
        _ => None,
    }
}

fn children(m: &Machine, f: &Found) -> Vec<Found> {
    let Some(Value::Map(id)) = field(m, f, "children") else {
        return Vec::new();
    };
    let Some(Obj::Map(map)) = m.object(id) else {
        return Vec::new();
    };
    map.entries()
        .into_iter()
        .filter_map(|(k, _)| match k {
            Value::Iface(i) => Some(Found {
                ty: i.ty(),
                val: i.val().clone(),
            }),
            _ => None,
        })
        .collect()
}

fn node(m: &Machine, f: &Found, index: usize) -> CtxNode {
    let kind = kind_of(m, f.ty).unwrap_or_else(|| CtxKind::Foreign(m.type_name(f.ty)));
    let cancelable = matches!(kind, CtxKind::Cancel | CtxKind::Timer);
    let state = if cancelable {
        match field(m, f, "err") {
            Some(Value::Iface(_)) => CtxState::Canceled {
                err: error_text(m, &field(m, f, "err").unwrap_or_default()),
                cause: error_text(m, &field(m, f, "cause").unwrap_or_default()),
            },
            _ => CtxState::Active,
        }
    } else if matches!(kind, CtxKind::Foreign(_)) {
        CtxState::Unknown
    } else {
        CtxState::Active
    };
    let done = cancelable
        .then(|| field(m, f, "done").and_then(|d| first_chan(&d, 0)))
        .flatten()
        .map(|c| chan_name(m, c));
    let pair = (kind == CtxKind::Value).then(|| {
        let brief = |name| field(m, f, name).map_or_else(String::new, |v| iface_text(m, &v));
        (brief("key"), brief("val"))
    });
    CtxNode {
        index,
        kind,
        parent: None,
        state,
        done,
        registered: Vec::new(),
        pair,
        watchers: Vec::new(),
    }
}

fn first_chan(v: &Value, depth: u32) -> Option<runtime::value::ChanId> {
    match v {
        Value::Chan(c) => Some(*c),
        Value::Iface(i) if depth < 4 => first_chan(i.val(), depth + 1),
        Value::Agg(items) if depth < 4 => items.iter().find_map(|x| first_chan(x, depth + 1)),
        _ => None,
    }
}

/// An error value as its `Error` method would say it, for the errors the
/// `context` package and `errors.New` make (no Go code runs here).
fn error_text(m: &Machine, v: &Value) -> String {
    let Value::Iface(i) = v else {
        return String::new();
    };
    match m.type_name(i.ty()).as_str() {
        "context.deadlineExceededError" => "context deadline exceeded".into(),
        _ => match &i.val() {
            Value::Ptr(p) => match m.load(p) {
                Some(Value::Agg(items)) => match items.first() {
                    Some(Value::Str(s)) => String::from_utf8_lossy(s).into_owned(),
                    _ => m.type_name(i.ty()),
                },
                _ => m.type_name(i.ty()),
            },
            other => m.brief(other),
        },
    }
}

fn iface_text(m: &Machine, v: &Value) -> String {
    match v {
        Value::Iface(i) => m.brief(i.val()),
        other => m.brief(other),
    }
}

/// Puts every running watcher goroutine of `propagateCancel` on the node it
/// works for: the canceler among the contexts its closure captured.
fn attach_watchers(m: &Machine, found: &[Found], nodes: &mut [CtxNode]) {
    for g in m.goroutines() {
        if g.role() != Role::Watcher || g.state() == State::Exited {
            continue;
        }
        let captured: Vec<usize> = g
            .captures()
            .iter()
            .filter_map(|v| {
                let v = match v {
                    Value::Ptr(p) => m.load(p)?,
                    other => other.clone(),
                };
                match v {
                    Value::Iface(i) => position_of(
                        found,
                        &Found {
                            ty: i.ty(),
                            val: i.val().clone(),
                        },
                    ),
                    _ => None,
                }
            })
            .collect();
        let child = captured
            .iter()
            .copied()
            .find(|i| matches!(nodes[*i].kind, CtxKind::Cancel | CtxKind::Timer));
        if let Some(i) = child {
            nodes[i].watchers.push(g.id());
        }
    }
}
