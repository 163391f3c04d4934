//! Renderers: plain data in, text out. Nothing here decides anything.

pub mod ci;
pub mod diagnostics;
pub mod style;
pub mod table;
