//! Embed mode (`?embed=1`): the compact view a wiki puts in an iframe, and
//! the `postMessage` API its host drives it with. The modules here are
//! pure (no DOM), so every rule about hostile input is unit-tested; the
//! browser listener and poster live in [`crate::platform`].

pub mod link;
pub mod message;
pub mod options;

pub use options::{Options, Origin};
