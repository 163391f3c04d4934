//! Arbitrary bytes as one catalog file (of a kind chosen by the first byte),
//! through the parser, the decoder, catalog assembly and every lint rule.
//!
//!     cargo +nightly fuzz run catalog_file -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

// Shared with the other targets, which use parts this one does not.
#[allow(dead_code)]
#[path = "../demo.rs"]
mod demo;

#[path = "../catalog_file.rs"]
mod catalog_file;

fuzz_target!(|data: &[u8]| catalog_file::run(data));
