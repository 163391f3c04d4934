//! Arbitrary text as a scorecard expression, run both ways (directly and
//! through the cel crate's interpreter) over a few sets of values: they
//! must give the same boolean and read the same `capabilities` entries
//! wherever the direct way answers, and nothing may crash.
//!
//!     cargo +nightly fuzz run scorecard_expr -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(why) = platctl::scorecard::cel::differential_on_samples(data) {
        panic!("{why}");
    }
});
