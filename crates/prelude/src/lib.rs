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
include!(concat!(env!("OUT_DIR"), "/packages.rs"));

/// With the `external` feature the sources are not compiled in: the page
/// loads each package's files beside its wasm when a program first
/// imports it (`prelude/<folder>.js`, which `cargo xtask dist` writes from
/// [`FILES`]) and hands them over with [`install`], so their text weighs
/// neither on the wasm nor on the page's first load.
#[cfg(feature = "external")]
static INSTALLED: std::sync::Mutex<Vec<(String, String, String)>> =
    std::sync::Mutex::new(Vec::new());

/// Hands the engine the `(file name, source)` pairs of the package in
/// `folder`. A package already installed keeps its first files.
#[cfg(feature = "external")]
pub fn install(folder: &str, files: Vec<(String, String)>) {
    if installed(folder) {
        return;
    }
    let mut installed = INSTALLED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    installed.extend(
        files
            .into_iter()
            .map(|(name, src)| (folder.to_string(), name, src)),
    );
}

/// The `(file name, source)` pairs of the package in `folder`, if present.
#[cfg(not(feature = "external"))]
fn files_of(folder: &str) -> Vec<(String, String)> {
    FILES
        .iter()
        .filter(|(pkg, _, _)| *pkg == folder)
        .map(|(_, name, src)| (name.to_string(), src.to_string()))
        .collect()
}

/// The `(file name, source)` pairs of the package in `folder`, if installed.
#[cfg(feature = "external")]
fn files_of(folder: &str) -> Vec<(String, String)> {
    INSTALLED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .filter(|(pkg, _, _)| pkg == folder)
        .map(|(_, name, src)| (name.clone(), src.clone()))
        .collect()
}

/// Whether the package in `folder` is installed: natively every package
/// is compiled in.
#[cfg(not(feature = "external"))]
fn installed(_folder: &str) -> bool {
    true
}

#[cfg(feature = "external")]
fn installed(folder: &str) -> bool {
    INSTALLED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .any(|(pkg, _, _)| pkg == folder)
}

/// Every package folder, in order.
pub fn folders() -> impl Iterator<Item = &'static str> {
    PACKAGES.iter().map(|(folder, _)| *folder)
}

/// The folders of every prelude package a program importing
/// `import_paths` needs, directly or through other packages, `runtime`
/// (which every program needs) first. Paths that are not prelude packages
/// are left out: the checker reports them.
pub fn needed<'a>(import_paths: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let mut needed: Vec<&'static str> = Vec::new();
    let mut todo: Vec<&str> = vec!["runtime"];
    todo.extend(import_paths);
    while let Some(path) = todo.pop() {
        let dir = folder(path);
        let Some((folder, imports)) = PACKAGES.iter().find(|(f, _)| *f == dir) else {
            continue;
        };
        if !needed.contains(folder) {
            needed.push(folder);
            todo.extend(imports.iter().copied());
        }
    }
    needed
}

/// Of [`needed`]'s packages, those not yet installed: what the page must
/// load before the program can be checked. Natively, nothing.
pub fn missing<'a>(import_paths: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let mut needed = needed(import_paths);
    needed.retain(|folder| !installed(folder));
    needed
}

/// Every installed package, by folder, with its files: the same prelude
/// for another copy of the engine (each of the page's explore workers has
/// its own, and installs these with [`install`]).
pub fn installed_packages() -> Vec<(String, Vec<(String, String)>)> {
    folders()
        .filter(|f| installed(f))
        .map(|f| (f.to_string(), files_of(f)))
        .collect()
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
/// path is not part of the prelude (or, with `external`, is not installed).
pub fn package(import_path: &str) -> Option<Vec<(String, String)>> {
    let files = files_of(folder(import_path));
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

    #[test]
    fn needed_follows_imports_through_the_prelude() {
        let mut got = needed(["fmt", "net/http"]);
        got.sort_unstable();
        assert_eq!(
            got,
            [
                "errors",
                "fmt",
                "internal/reflectlite",
                "io",
                "os",
                "runtime",
                "sync",
                "sync/atomic"
            ]
        );
        assert_eq!(needed([]), ["runtime"]);
        assert!(needed(["k8s.io/apimachinery/pkg/util/wait"]).contains(&"wait"));
        assert!(missing(["math", "strings"]).is_empty(), "compiled in");
    }

    #[test]
    fn every_folder_with_files_is_a_package() {
        let mut with_files: Vec<&str> = FILES.iter().map(|(pkg, _, _)| *pkg).collect();
        with_files.dedup();
        assert_eq!(folders().collect::<Vec<_>>(), with_files);
    }

    #[test]
    fn the_import_table_matches_what_the_parser_reads() {
        for &(folder, imports) in PACKAGES {
            let mut parsed: Vec<String> = FILES
                .iter()
                .filter(|(pkg, _, _)| *pkg == folder)
                .flat_map(|(_, _, src)| syntax::parse(src).file.imports)
                .map(|i| i.path)
                .collect();
            parsed.sort();
            parsed.dedup();
            assert_eq!(parsed, imports, "{folder}");
        }
    }
}
