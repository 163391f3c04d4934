//! The body of the `catalog_file` fuzz target, also replayed by the test
//! suite (tests/cli/fuzz_regressions.rs): arbitrary bytes as one catalog
//! file (of a kind chosen by the first byte), through the parser, the
//! decoder, catalog assembly and every lint rule.

use super::demo;
use platctl::catalog::Kind;

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

pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let (kind, path) = KINDS[sel as usize % KINDS.len()];
    let mut files = vec![demo::parsed(kind, path, rest)];
    if kind != Kind::Config {
        files.push(demo::parsed(Kind::Config, "platctl.yaml", b"version: 1\n"));
    }
    let cat = demo::catalog(&[], files);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let _ = platctl::lint::lint(&cat, today, &Default::default());
}
