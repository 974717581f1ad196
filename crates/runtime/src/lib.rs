//! The engine: runs a Go program under a scheduler the caller controls.
//!
//! [`build`] checks and compiles a program (with the prelude), reporting
//! Go's compile errors; [`Machine`](machine::Machine) runs it one
//! scheduling step at a time, asking a [`Scheduler`](sched::Scheduler)
//! for every choice; [`run_source`] does both with the default schedule.

#![warn(clippy::unwrap_used)]

#[macro_use]
mod never;

pub use printf as format;
pub use program as bytecode;
pub use program::chunked;
pub use program::value;
pub use types::fnv;
mod goroutine_id;
pub mod machine;
pub mod sched;
pub mod wire;

pub use goroutine_id::GoroutineId;
use machine::{End, Limits, Machine, Outcome};
use std::rc::Rc;

/// The name the learner's file has in diagnostics and traces.
pub const FILE_NAME: &str = "prog.go";

/// A checked and compiled program, ready to run any number of times.
#[derive(Clone, Debug)]
pub struct Build {
    pub(crate) checked: Rc<types::Checked>,
    pub(crate) program: Rc<bytecode::Program>,
    /// The natives the program calls, resolved by name once, not per run.
    pub(crate) natives: Rc<[machine::Native]>,
    /// When timers fire: Go's way, or `testing/synctest`'s bubble for a
    /// program with a [`SYNCTEST_DIRECTIVE`] line.
    pub time_model: machine::TimeModel,
}

/// A line that puts a program in `testing/synctest`'s bubble (see
/// [`machine::TimeModel::Bubble`]). To Go it is a comment, so the program
/// still builds and runs unchanged with the real toolchain.
pub const SYNCTEST_DIRECTIVE: &str = "//dojo:synctest";

/// The time model `src` asks for.
pub fn time_model_of(src: &str) -> machine::TimeModel {
    if src.lines().any(|l| l.trim_end() == SYNCTEST_DIRECTIVE) {
        machine::TimeModel::Bubble
    } else {
        machine::TimeModel::Go
    }
}

impl Build {
    /// The checked program (what `gosim vet` and the page's vet read).
    pub fn checked(&self) -> &types::Checked {
        &self.checked
    }

    /// The program's files, the learner's and the prelude's: the name
    /// traces give each, and its source.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.checked
            .files
            .iter()
            .map(|f| (f.name.as_str(), f.src.as_str()))
    }

    pub fn machine(&self, limits: Limits) -> Machine {
        let mut m = Machine::new(
            self.checked.clone(),
            self.program.clone(),
            self.natives.clone(),
            limits,
        );
        m.set_time_model(self.time_model);
        m
    }
}

/// A compile error, positioned in the learner's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    pub(crate) line: u32,
    pub(crate) col: u32,
    pub(crate) message: String,
    pub(crate) span: syntax::Span,
}

impl BuildError {
    pub fn line(&self) -> u32 {
        self.line
    }

    pub fn col(&self) -> u32 {
        self.col
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn span(&self) -> syntax::Span {
        self.span
    }

    /// An error about the program as a whole, shown at its first line.
    fn whole_program(message: String) -> BuildError {
        BuildError {
            line: 1,
            col: 1,
            message,
            span: syntax::Span::default(),
        }
    }

    /// `./prog.go:7:2: declared and not used: x`, as `go build` prints it.
    pub fn render(&self, file: &str) -> String {
        format!("./{file}:{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The prelude packages `src` needs that are not installed yet: in the
/// page, what must be loaded before [`build`] can check it (natively the
/// prelude is compiled in and this is empty). A file that does not parse
/// still names the imports the parser recovered.
pub fn packages_to_load(src: &str) -> Vec<&'static str> {
    let parsed = syntax::parse(src);
    prelude::missing(parsed.file.imports.iter().map(|i| i.path.as_str()))
}

/// Checks and compiles `src` as [`FILE_NAME`]. Errors are Go's, in Go's
/// order and number.
pub fn build(src: &str) -> Result<Build, Vec<BuildError>> {
    build_file(FILE_NAME, src)
}

/// Like [`build`], for a file of another name (traces show it).
pub fn build_file(file_name: &str, src: &str) -> Result<Build, Vec<BuildError>> {
    let checked = types::check_program(file_name, src, &prelude::package);
    if !checked.internal_errors.is_empty() {
        let message = format!(
            "internal error in the prelude: {} ({})",
            checked.internal_errors.join("; "),
            machine::INTERNAL_NOTE
        );
        return Err(vec![BuildError::whole_program(message)]);
    }
    if !checked.diagnostics.is_empty() {
        let lines = syntax::LineIndex::new(src);
        let errs = checked
            .diagnostics
            .iter()
            .map(|d| {
                let lc = lines.line_col(d.span.lo);
                BuildError {
                    line: lc.line,
                    col: lc.col,
                    message: d.message.clone(),
                    span: d.span,
                }
            })
            .collect();
        return Err(errs);
    }
    let program = compile::compile(&checked).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                BuildError::whole_program(match e {
                    compile::CompileError::TooLarge(what) => {
                        format!("program too large for the simulator: too many {what}")
                    }
                    compile::CompileError::Bug(what) => format!(
                        "internal error in the compiler: {what} ({})",
                        machine::INTERNAL_NOTE
                    ),
                })
            })
            .collect::<Vec<_>>()
    })?;
    let natives = program
        .natives
        .iter()
        .map(|n| machine::Native::resolve(n))
        .collect();
    Ok(Build {
        checked: Rc::new(checked),
        program: Rc::new(program),
        natives,
        time_model: time_model_of(src),
    })
}

/// The outcome `go run` would report for a program that does not compile:
/// the errors on stderr and exit status 1.
pub fn build_failure(errors: &[BuildError]) -> Outcome {
    let mut stderr = String::from("# command-line-arguments\n");
    for e in errors {
        stderr.push_str(&e.render(FILE_NAME));
        stderr.push('\n');
    }
    Outcome::new(End::Exit(1), String::new(), stderr, Vec::new())
}

/// Builds and runs a whole program with scheduler seed `seed` (0 imitates
/// Go's own habits).
pub fn run_source_seeded(src: &str, seed: u64) -> Outcome {
    match build(src) {
        Ok(b) => {
            let mut m = b.machine(Limits::default());
            let mut sched = sched::SeededScheduler::new(seed);
            m.run(&mut sched)
        }
        Err(errors) => build_failure(&errors),
    }
}

/// Builds and runs a whole program with the default schedule.
pub fn run_source(src: &str) -> Outcome {
    run_source_seeded(src, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_world_runs() {
        let out = run_source(
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 42)\n\tfmt.Println(\"道场\")\n}\n",
        );
        assert_eq!(out.stdout(), "hello 42\n道场\n", "{out:?}");
        assert_eq!(out.end(), &End::Exit(0));
    }

    #[test]
    fn compile_errors_come_back_in_gos_format() {
        let out = run_source("package main\n\nfunc main() {\n\tx := 1\n}\n");
        assert_eq!(out.exit_code(), 1);
        assert_eq!(
            out.stderr(),
            "# command-line-arguments\n./prog.go:4:2: declared and not used: x\n"
        );
    }
}
