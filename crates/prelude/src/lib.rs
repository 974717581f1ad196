//! The prelude: the standard-library packages a learner's program may
//! import, and Kubernetes' `wait`, written in Go and run by the engine like
//! the learner's own code. Learners can open these files in the editor and
//! step into them (for instance into `context.(*cancelCtx).propagateCancel`).
//!
//! Functions declared without a body are natives, implemented by the
//! engine; `natives.md` lists them.

#![warn(clippy::unwrap_used)]

#[cfg(not(feature = "external"))]
include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// With the `external` feature the sources are not compiled in: the page
/// loads them beside its wasm (`prelude.js`, which `cargo xtask dist`
/// writes from [`FILES`]) and hands them over once with [`install`], so
/// their text does not weigh on the wasm.
#[cfg(feature = "external")]
static INSTALLED: std::sync::OnceLock<Vec<(String, String, String)>> = std::sync::OnceLock::new();

/// Hands the engine the prelude's `(package folder, file name, source)`
/// triples. Only the first call counts; returns whether it was this one.
#[cfg(feature = "external")]
pub fn install(files: Vec<(String, String, String)>) -> bool {
    INSTALLED.set(files).is_ok()
}

/// Every prelude file, as `(package folder, file name, source)`.
fn files() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    #[cfg(not(feature = "external"))]
    let all = FILES.iter().copied();
    #[cfg(feature = "external")]
    let all = INSTALLED
        .get()
        .into_iter()
        .flatten()
        .map(|(p, n, s)| (p.as_str(), n.as_str(), s.as_str()));
    all
}

/// Import paths whose folder under `go/` has a shorter name.
const ALIASES: &[(&str, &str)] = &[("k8s.io/apimachinery/pkg/util/wait", "wait")];

/// The folder under `go/` holding an import path's files.
fn folder(import_path: &str) -> &str {
    ALIASES
        .iter()
        .find(|(p, _)| *p == import_path)
        .map_or(import_path, |(_, f)| f)
}

/// The `(file name, source)` pairs of a package, or `None` if the import
/// path is not part of the prelude (or, with `external`, nothing was
/// installed).
pub fn package(import_path: &str) -> Option<Vec<(String, String)>> {
    let dir = folder(import_path);
    let files: Vec<(String, String)> = files()
        .filter(|(pkg, _, _)| *pkg == dir)
        .map(|(_, name, src)| (name.to_string(), src.to_string()))
        .collect();
    (!files.is_empty()).then_some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_packages_are_embedded() {
        for path in [
            "context",
            "fmt",
            "sync",
            "time",
            "k8s.io/apimachinery/pkg/util/wait",
            "internal/reflectlite",
        ] {
            assert!(package(path).is_some(), "{path} missing from the prelude");
        }
        assert!(package("net/http").is_none());
    }
}
