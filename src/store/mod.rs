//! The only way back to disk: atomic writes, id allocation, locks and
//! comment-keeping edits.

pub mod atomic;
pub mod yaml_text;
