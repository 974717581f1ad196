//! The crate's integration tests as one binary (a module per suite), so
//! the test build links the crate and its dependencies once, not once per
//! file.

mod golden;
mod hot_loop;
mod memory;
mod mutants;
mod race_text;
mod time;
