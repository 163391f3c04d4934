//! Arbitrary bytes as one catalog file (of a kind chosen by the first byte),
//! through the parser, the decoder, catalog assembly and every lint rule.
//!
//!     cargo +nightly fuzz run catalog_file -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;
use platctl::catalog::{self, Kind, Parsed};
use std::sync::Arc;

const KINDS: &[(Kind, &str)] = &[
    (Kind::Team, "teams/x.yaml"),
    (Kind::Service, "services/x.yaml"),
    (Kind::Capability, "capabilities/x.yaml"),
    (Kind::Roadmap, "roadmap/2026-Q4.yaml"),
    (Kind::Deprecation, "deprecations/x.yaml"),
    (Kind::Exception, "exceptions/x.yaml"),
    (Kind::Intake, "intake/x.yaml"),
    (Kind::Metric, "metrics/x.yaml"),
    (Kind::Survey, "surveys/x.yaml"),
    (Kind::Config, "platctl.yaml"),
];

fn parsed(kind: Kind, path: &str, bytes: &[u8]) -> Parsed {
    Parsed { path: path.into(), kind: Some(kind), result: Ok(Arc::new(catalog::parse::parse_file(kind, bytes))) }
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let (kind, path) = KINDS[sel as usize % KINDS.len()];
    let mut files = vec![parsed(kind, path, rest)];
    if kind != Kind::Config {
        files.push(parsed(Kind::Config, "platctl.yaml", b"version: 1\n"));
    }
    let cat = catalog::assemble(std::path::Path::new("/fuzz"), files, &[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let _ = platctl::lint::lint(&cat, today, &Default::default());
});
