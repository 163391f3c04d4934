//! The questions live in `crate::prompt`; this path stays for the commands
//! that name it.

pub use crate::prompt::*;
