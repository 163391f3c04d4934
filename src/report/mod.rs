//! Reports as data (Serialize structs), rendered by `output/`.
//!
//! Pure: a report is built from a loaded catalog, "today" and (for scope
//! changes) versions of files read from history by the caller.

pub mod adoption;
pub mod catalog;
pub mod roadmap;
pub mod scope;
