//! The only way back to disk: atomic writes, id allocation, locks and
//! comment-keeping edits.

pub mod atomic;
pub mod confine;
pub mod edit;
pub mod generated;
pub mod ids;
pub mod import;
pub mod import_cache;
pub mod lock;
pub mod output;
pub mod tree;
pub mod writer;
pub mod yaml_text;
