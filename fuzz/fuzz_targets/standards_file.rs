//! Arbitrary bytes as a scorecard or a campaign (the first byte picks
//! which) in a small catalog: parsed, linted (every entity scored), listed
//! and exported. Nothing may crash or hang.
//!
//!     cargo +nightly fuzz run standards_file -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

// Shared with the import target, which uses parts this one does not.
#[allow(dead_code)]
#[path = "../demo.rs"]
mod demo;

#[path = "../standards_file.rs"]
mod standards_file;

fuzz_target!(|data: &[u8]| standards_file::run(data));
