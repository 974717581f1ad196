//! The crate's integration tests as one binary (a module per suite), so
//! the test build links the crate and its dependencies once, not once per
//! file.

mod common;
mod errors;
mod explore;
mod gosim;
mod vet;
