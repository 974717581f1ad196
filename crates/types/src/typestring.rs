//! Types written the way Go's compiler writes them in messages and `%T`.

use crate::ty::{ChanDir, Type, TypeId, Types};

/// Packages whose name is shared by an internal standard-library package
/// that `go build` also loads; Go then writes the import path in quotes
/// (`"sync".Mutex`) to be unambiguous, so we do too.
const AMBIGUOUS_PKG_NAMES: &[&str] = &["sync", "sync/atomic"];

pub struct TypeString<'a> {
    types: &'a Types,
    /// The package whose types are written unqualified (`T`, not `main.T`).
    local: Option<&'a str>,
    /// Quote ambiguous package names as the compiler's messages do.
    quote_ambiguous: bool,
}

impl<'a> TypeString<'a> {
    pub fn new(types: &'a Types) -> TypeString<'a> {
        TypeString {
            types,
            local: None,
            quote_ambiguous: false,
        }
    }

    /// The form used in compile errors of package `local`.
    pub fn for_errors(types: &'a Types, local: &'a str) -> TypeString<'a> {
        TypeString {
            types,
            local: Some(local),
            quote_ambiguous: true,
        }
    }

    /// Every named type qualified by its package name: `main.T`, `time.Duration`
    /// (the form of `%T` and of runtime panics).
    pub fn qualified(&self, ty: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, ty);
        s
    }

    fn write(&self, s: &mut String, ty: TypeId) {
        match self.types.get(ty) {
            Type::Basic(b) => s.push_str(b.name()),
            Type::Named(_) => {
                let Some(info) = self.types.named_info(ty) else {
                    return;
                };
                if !info.pkg.is_empty() && self.local != Some(info.pkg.as_str()) {
                    if self.quote_ambiguous && AMBIGUOUS_PKG_NAMES.contains(&info.pkg.as_str()) {
                        s.push('"');
                        s.push_str(&info.pkg);
                        s.push('"');
                    } else {
                        s.push_str(package_name(&info.pkg));
                    }
                    s.push('.');
                }
                s.push_str(&info.name);
                if !info.targs.is_empty() {
                    // `%T` writes `Pair[int,string]`, compile errors `Pair[int, string]`.
                    let sep = if self.local.is_some() { ", " } else { "," };
                    s.push('[');
                    for (i, t) in info.targs.iter().enumerate() {
                        if i > 0 {
                            s.push_str(sep);
                        }
                        self.write(s, *t);
                    }
                    s.push(']');
                }
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write(s, *e);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k);
                s.push(']');
                self.write(s, *v);
            }
            Type::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir != ChanDir::Recv
                    && matches!(self.types.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write(s, *e);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty);
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(
                    s,
                    sig.params.as_slice(),
                    sig.results.as_slice(),
                    sig.variadic,
                );
            }
            Type::Interface(methods) => {
                // The compiler writes `interface{M()}`, the runtime (`%T`)
                // `interface { M() }`.
                let compiler = self.local.is_some();
                if methods.is_empty() {
                    s.push_str(if compiler {
                        "interface{}"
                    } else {
                        "interface {}"
                    });
                    return;
                }
                s.push_str(if compiler {
                    "interface{"
                } else {
                    "interface {"
                });
                for (i, m) in methods.iter().enumerate() {
                    s.push_str(match (i, compiler) {
                        (0, true) => "",
                        (0, false) => " ",
                        _ => "; ",
                    });
                    s.push_str(&m.name);
                    if let Some(sig) = self.types.signature(m.sig) {
                        self.write_sig(s, &sig.params, &sig.results, sig.variadic);
                    }
                }
                s.push_str(if compiler { "}" } else { " }" });
            }
            Type::Constraint {
                methods,
                terms,
                comparable,
            } => {
                s.push_str("interface {");
                let mut parts: Vec<String> = Vec::new();
                if *comparable {
                    parts.push("comparable".into());
                }
                for m in methods {
                    let mut p = m.name.clone();
                    if let Some(sig) = self.types.signature(m.sig) {
                        self.write_sig(&mut p, &sig.params, &sig.results, sig.variadic);
                    }
                    parts.push(p);
                }
                if !terms.is_empty() {
                    parts.push(self.union(terms));
                }
                s.push_str(&format!(" {} }}", parts.join("; ")));
            }
            Type::Tuple(items) => {
                s.push('(');
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t);
                }
                s.push(')');
            }
        }
    }

    /// A union as written: `~int | ~float64`.
    pub fn union(&self, terms: &[crate::ty::Term]) -> String {
        let mut s = String::new();
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            if t.tilde {
                s.push('~');
            }
            self.write(&mut s, t.ty);
        }
        s
    }

    /// `(a int, b string) (int, error)` without parameter names.
    pub fn write_sig(&self, s: &mut String, params: &[TypeId], results: &[TypeId], variadic: bool) {
        s.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == params.len() {
                s.push_str("...");
                match self.types.get(*p) {
                    Type::Slice(e) => self.write(s, *e),
                    _ => self.write(s, *p),
                }
            } else {
                self.write(s, *p);
            }
        }
        s.push(')');
        match results {
            [] => {}
            [one] => {
                s.push(' ');
                self.write(s, *one);
            }
            many => {
                s.push_str(" (");
                for (i, r) in many.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *r);
                }
                s.push(')');
            }
        }
    }
}

/// The name a package path's package is known by: its last element, or
/// the one before a major-version suffix (`math/rand/v2` is `rand`), as
/// the standard library's packages are named.
pub fn package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let version =
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(before) if version => before,
        _ => last,
    }
}
