//! The lifecycle of what the platform offers and waives: the text of a new
//! deprecation or exception, and the policy checks the commands apply before
//! writing. Pure: no I/O, "today" is a parameter.

pub mod draft;
pub mod fields;
pub mod input;
pub mod policy;
