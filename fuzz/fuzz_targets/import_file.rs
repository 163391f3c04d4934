//! Arbitrary bytes as a Backstage, OpsLevel or Cortex file (the first byte
//! picks which) mapped to drafts, each written and read back as import
//! writes and reads it. Nothing may crash or hang, and what is written
//! must read back whole.
//!
//!     cargo +nightly fuzz run import_file -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../demo.rs"]
mod demo;

#[path = "../import_file.rs"]
mod import_file;

fuzz_target!(|data: &[u8]| import_file::run(data));
