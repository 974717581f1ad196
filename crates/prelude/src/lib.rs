//! The prelude: the standard-library packages a learner's program may
//! import, and Kubernetes' `wait`, written in Go and run by the engine like
//! the learner's own code. Learners can open these files in the editor and
//! step into them (for instance into `context.(*cancelCtx).propagateCancel`).
//!
//! Functions declared without a body are natives, implemented by the
//! engine; `natives.md` lists them.

include!(concat!(env!("OUT_DIR"), "/files.rs"));

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
/// path is not part of the prelude.
pub fn package(import_path: &str) -> Option<Vec<(String, String)>> {
    let dir = folder(import_path);
    let files: Vec<(String, String)> = FILES
        .iter()
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
