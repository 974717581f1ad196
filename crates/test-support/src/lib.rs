//! Shared by the test suites of several crates (a dev-dependency, never
//! shipped): building Go programs with a real Go toolchain, the oracle the
//! golden corpus, the explorer's programs and the lessons are held to.

pub mod real_go;
