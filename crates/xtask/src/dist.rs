//! `cargo xtask dist`: the release wasm build, the wasm-bindgen step (as a
//! library, version-locked by Cargo.lock, so no CLI install), `wasm-opt -Oz`
//! when npm's binaryen is installed, and the assembly of `dist/`, with the
//! service worker that keeps the build for offline use.

use crate::project_root;
use crate::tools::{self, cargo};
use anyhow::{Context, Result, bail};
use std::fs;
use std::path::Path;
use std::process::Command;

/// The name of the app crate and of its wasm binary.
const APP: &str = "web";
/// The benchmark page's wasm binary, built apart so the app stays small.
const BENCH: &str = "bench";

/// Which build of the app.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The shipped build: size-tuned release profile, then `wasm-opt -Oz`.
    Dist,
    /// The edit loop of `serve`: optimised, but relinked in seconds.
    Serve,
}

pub fn build() -> Result<()> {
    build_with(Profile::Dist)
}

pub fn build_with(profile: Profile) -> Result<()> {
    let root = project_root();
    tools::ensure_wasm_target()?;
    let name = if profile == Profile::Dist {
        "release"
    } else {
        "serve"
    };
    eprintln!("xtask: building the app ({name} profile, wasm32)");
    tools::run(cargo().args([
        "build",
        "--profile",
        name,
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        APP,
        "--bin",
        APP,
        "--bin",
        BENCH,
    ]))?;

    let staging = root.join("target/bindgen");
    fs::create_dir_all(&staging)?;
    for bin in [APP, BENCH] {
        let wasm = root.join(format!("target/wasm32-unknown-unknown/{name}/{bin}.wasm"));
        wasm_bindgen_cli_support::Bindgen::new()
            .input_path(&wasm)
            .web(true)?
            .typescript(false)
            .generate(&staging)
            .context("wasm-bindgen step failed")?;
        if profile == Profile::Dist {
            optimise(&staging.join(format!("{bin}_bg.wasm")))?;
        }
    }
    assemble(&root, &staging)?;
    // Compressed sizes matter for what ships; brotli at its best level takes
    // seconds, which the edit loop of `serve --fast` does not need to spend
    // (it serves its files uncompressed).
    if profile == Profile::Dist {
        report_sizes(&root.join("dist").join(format!("{APP}_bg.wasm")))?;
        crate::compress::precompress(&root.join("dist"))?;
    }
    Ok(())
}

/// `wasm-opt -Oz` from npm's binaryen, installed with `npm ci` when it is
/// missing. Debian's `/usr/bin/wasm-opt` is too old for Rust's output, so
/// only ours is used. Without it the build fails: an unoptimised wasm is
/// about 50 KiB of brotli larger, and must never ship by accident.
fn optimise(wasm: &Path) -> Result<()> {
    let wasm_opt = project_root().join("node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() {
        tools::ensure_npm_deps()?;
    }
    if !wasm_opt.exists() {
        bail!(
            "wasm-opt (npm's binaryen) is not installed at {}: run `npm ci` in the project root; \
             `cargo xtask dist` does not ship an unoptimised wasm",
            wasm_opt.display()
        );
    }
    eprintln!("xtask: wasm-opt -Oz");
    let tmp = wasm.with_extension("opt.wasm");
    // The module defines its own memory, which starts zeroed, and Rust
    // puts its stack first, so the lowest kilobyte is only ever the bottom
    // of a full stack; running the passes until nothing changes finds what
    // one round leaves (together about 3 KB of brotli). A second round
    // that first flattens the code and rebuilds its control flow
    // (binaryen's relooper) finds what -Oz alone keeps: about 1.7 KB more;
    // a last plain round tidies what the relooper left, 0.8 KB more.
    let rounds: [&[&str]; 3] = [
        &["-Oz", "--strip-debug", "--strip-producers"],
        &["--flatten", "--rereloop", "-Oz"],
        &["-Oz"],
    ];
    for passes in rounds {
        tools::run(
            Command::new(&wasm_opt)
                .args(passes)
                .arg("--zero-filled-memory")
                .arg("--low-memory-unused")
                .arg("--converge")
                .args(RUST_WASM_FEATURES)
                .arg(wasm)
                .arg("-o")
                .arg(&tmp),
        )?;
        fs::rename(&tmp, wasm)?;
    }
    Ok(())
}

/// The wasm features rustc enables by default for wasm32-unknown-unknown;
/// wasm-opt must be told, or it rejects the module.
const RUST_WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Rebuilds `dist/` from scratch: the shell, the bindgen output, the
/// course, styles and assets.
fn assemble(root: &Path, staging: &Path) -> Result<()> {
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("could not clear dist/")?;
    }
    fs::create_dir_all(&dist)?;
    fs::write(
        dist.join("index.html"),
        with_preloads(&fs::read_to_string(root.join("index.html"))?)?,
    )?;
    fs::copy(root.join("bench.html"), dist.join("bench.html"))?;
    // The course, the string table, the example programs and the
    // prelude's Go sources (a module per package) travel beside the wasm,
    // not in it (see `web::data`).
    for (file, text) in web::data::modules() {
        let path = dist.join(file);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(path, text)?;
    }
    fs::copy(root.join("web/bench-boot.js"), dist.join("bench-boot.js"))?;
    for file in [APP, BENCH]
        .iter()
        .flat_map(|b| [format!("{b}.js"), format!("{b}_bg.wasm")])
    {
        fs::copy(staging.join(&file), dist.join(&file))
            .with_context(|| format!("missing bindgen output {file}"))?;
    }
    for file in [
        "style.css",
        "boot.js",
        "explore-worker.js",
        "embed-example.html",
        "embed-example.js",
    ] {
        fs::copy(root.join("web").join(file), dist.join(file))?;
    }
    write_boot(&dist)?;
    copy_dir(&root.join("web/assets"), &dist.join("assets"))?;
    let supported = crate::supported::page(&root.join("crates/prelude/go"))?;
    fs::write(dist.join("supported.html"), supported)?;
    write_service_worker(&root.join("web/sw.js"), &dist)?;
    eprintln!("xtask: dist/ assembled at {}", dist.display());
    Ok(())
}

/// `index.html` with preload links before the boot script, so that
/// everything the first screen needs is asked for at once, with the page,
/// instead of one round trip later when `boot.js` runs (on a slow network
/// each round trip is half a second): the wasm, the modules `boot.js`
/// imports, and each prelude module of the program a newcomer opens.
fn with_preloads(index: &str) -> Result<String> {
    let boot = r#"  <script type="module" src="./boot.js"></script>"#;
    anyhow::ensure!(index.contains(boot), "index.html lost its `{boot}` line");
    // `crossorigin` makes the preload's request the one `fetch()` in
    // boot.js makes (same-origin credentials), so it is reused.
    let wasm = format!(
        "  <link rel=\"preload\" href=\"./{APP}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n"
    );
    let modules = ["course.js", "programs.js", "texts.js", "web.js"]
        .map(String::from)
        .into_iter()
        .chain(web::data::opening_modules());
    let links: String = std::iter::once(wasm)
        .chain(modules.map(|m| format!("  <link rel=\"modulepreload\" href=\"./{m}\">\n")))
        .collect();
    // The boot script first: it is small, and it turns the indeterminate
    // loading bar into a percentage; everything else is asked for after it.
    Ok(index.replace(boot, &format!("{boot}\n{}", links.trim_end())))
}

/// Files the service worker leaves to the network: the benchmark page is
/// for measuring, not for learning offline, and the worker is its own.
const NOT_CACHED: &[&str] = &[
    "bench.html",
    "bench-boot.js",
    "bench.js",
    "bench_bg.wasm",
    "sw.js",
];

/// Writes the wasm's size into `boot.js`, so the loading screen can say
/// how far the download has come in percent.
fn write_boot(dist: &Path) -> Result<()> {
    let path = dist.join("boot.js");
    let source = fs::read_to_string(&path)?;
    let line = "const WASM_BYTES = 0;";
    anyhow::ensure!(source.contains(line), "web/boot.js lost its `{line}` line");
    let bytes = fs::metadata(dist.join(format!("{APP}_bg.wasm")))?.len();
    fs::write(
        &path,
        source.replace(line, &format!("const WASM_BYTES = {bytes};")),
    )?;
    Ok(())
}

/// Writes `sw.js` into `dist/` with the build's id (a hash of every file
/// it caches, so any change to them makes a new cache) and the list of
/// those files, relative to the worker, `./` standing for `index.html`
/// when the folder itself is opened.
fn write_service_worker(template: &Path, dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.retain(|f| !NOT_CACHED.contains(&f.as_str()));
    files.sort();
    let mut hash = Fnv::default();
    for file in &files {
        hash.write(file.as_bytes());
        hash.write(&fs::read(dist.join(file))?);
    }
    let list: Vec<String> = std::iter::once("./".to_string())
        .chain(files.iter().map(|f| format!("./{f}")))
        .map(|f| format!("{f:?}"))
        .collect();
    let source = fs::read_to_string(template)?;
    let build_line = "const BUILD = 'dev';";
    let files_line = "const FILES = [];";
    anyhow::ensure!(
        source.contains(build_line) && source.contains(files_line),
        "web/sw.js lost its `{build_line}` or `{files_line}` line"
    );
    let source = source
        .replace(build_line, &format!("const BUILD = '{:016x}';", hash.0))
        .replace(files_line, &format!("const FILES = [{}];", list.join(", ")));
    fs::write(dist.join("sw.js"), source)?;
    Ok(())
}

/// Every file under `dir`, as `/`-separated paths relative to `root`.
fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

/// 64-bit FNV-1a: enough to tell one build from the next, with no
/// dependency.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    if !from.exists() {
        return Ok(());
    }
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Prints raw, gzip and brotli sizes: the brotli figure is what a static
/// host that compresses serves, and it is the one the size budget is about.
fn report_sizes(wasm: &Path) -> Result<()> {
    let bytes = fs::read(wasm)?;
    let (gzip, brotli) = compressed_sizes(&bytes)?;
    println!(
        "wasm: {} raw, {} gzip, {} brotli ({}); budget {} KB brotli: {}",
        kib(bytes.len()),
        kib(gzip),
        kib(brotli),
        wasm.display(),
        WASM_BUDGET / 1000,
        if brotli <= WASM_BUDGET {
            "within"
        } else {
            "OVER"
        }
    );
    Ok(())
}

/// The app's wasm may weigh this many bytes brotli-compressed (issue 6:
/// "wasm under 400 KB brotli"). `cargo xtask test` fails above it; the
/// figure is deterministic for a given toolchain, so it is a check, not a
/// benchmark. Generics and range over functions (issue 24) fit in 400,000
/// after room was made; go vet's printf check and the type checker's
/// fidelity work (issue 25) took it to 410,000: see docs/benchmarks.md,
/// "go vet in the page" for what was tried first. The first screen,
/// keyboard and screen-reader work (issue 26) took it to 420,000, with the
/// shipped build's Fast-3G load measured against its 5 s target: see
/// "First use, accessibility and phones" there.
pub const WASM_BUDGET: usize = 420_000;

/// Fails when the shipped wasm is over [`WASM_BUDGET`].
pub fn check_budget() -> Result<()> {
    let wasm = project_root().join("dist").join(format!("{APP}_bg.wasm"));
    let (_, brotli) = compressed_sizes(&fs::read(&wasm)?)?;
    if brotli > WASM_BUDGET {
        anyhow::bail!(
            "{} is {brotli} bytes brotli, over the {WASM_BUDGET}-byte budget",
            wasm.display()
        );
    }
    eprintln!("xtask: wasm {brotli} bytes brotli, within the {WASM_BUDGET}-byte budget");
    Ok(())
}

pub fn compressed_sizes(bytes: &[u8]) -> Result<(usize, usize)> {
    Ok((
        crate::compress::gzip(bytes)?.len(),
        crate::compress::brotli(bytes)?.len(),
    ))
}

fn kib(n: usize) -> String {
    format!("{:.1} KiB", n as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_worker_lists_the_app_and_changes_with_it() {
        let dir = std::env::temp_dir().join(format!("xtask-sw-{}", std::process::id()));
        let dist = dir.join("dist");
        fs::create_dir_all(dist.join("assets")).unwrap();
        let template = dir.join("sw.js");
        fs::copy(project_root().join("web/sw.js"), &template).unwrap();
        for file in ["index.html", "web_bg.wasm", "bench.html", "assets/logo.svg"] {
            fs::write(dist.join(file), "v1").unwrap();
        }
        write_service_worker(&template, &dist).unwrap();
        let first = fs::read_to_string(dist.join("sw.js")).unwrap();
        assert!(
            first.contains(
                r#"const FILES = ["./", "./assets/logo.svg", "./index.html", "./web_bg.wasm"];"#
            ),
            "{first}"
        );
        assert!(!first.contains("'dev'"));
        fs::write(dist.join("web_bg.wasm"), "v2").unwrap();
        write_service_worker(&template, &dist).unwrap();
        let second = fs::read_to_string(dist.join("sw.js")).unwrap();
        assert_ne!(first, second, "a new build gets a new cache");
        fs::remove_dir_all(&dir).unwrap();
    }
}
