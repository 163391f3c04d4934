//! The body of the `standards_file` fuzz target, also replayed by the test
//! suite (tests/cli/fuzz_regressions.rs): arbitrary bytes as a scorecard
//! or a campaign (the first byte picks which) in a small catalog taken from
//! the demo one, through parsing, lint (which scores every entity), the
//! scorecard and campaign listings and every table of the warehouse export.

use platctl::catalog::{self, Kind, Parsed};
use std::path::Path;
use std::sync::Arc;

/// The catalog the fuzzed file joins: settings, teams, services that use
/// capabilities and carry facts, an exception naming a service, a metric,
/// and a scorecard for a campaign to name.
const BASE: &[(Kind, &str, &[u8])] = &[
    (
        Kind::Config,
        "platctl.yaml",
        include_bytes!("../catalog/platctl.yaml"),
    ),
    (
        Kind::Team,
        "teams/team-payments.yaml",
        include_bytes!("../catalog/teams/team-payments.yaml"),
    ),
    (
        Kind::Team,
        "teams/team-security.yaml",
        include_bytes!("../catalog/teams/team-security.yaml"),
    ),
    (
        Kind::Service,
        "services/checkout-api.yaml",
        include_bytes!("../catalog/services/checkout-api.yaml"),
    ),
    (
        Kind::Service,
        "services/cart-service.yaml",
        include_bytes!("../catalog/services/cart-service.yaml"),
    ),
    (
        Kind::Capability,
        "capabilities/identity-sso.yaml",
        include_bytes!("../catalog/capabilities/identity-sso.yaml"),
    ),
    (
        Kind::Capability,
        "capabilities/legacy-auth.yaml",
        include_bytes!("../catalog/capabilities/legacy-auth.yaml"),
    ),
    (
        Kind::Exception,
        "exceptions/EXC-0932W1.yaml",
        include_bytes!("../catalog/exceptions/EXC-0932W1.yaml"),
    ),
    (
        Kind::Metric,
        "metrics/slo-attainment.yaml",
        include_bytes!("../catalog/metrics/slo-attainment.yaml"),
    ),
    (
        Kind::Scorecard,
        "scorecards/production-readiness.yaml",
        include_bytes!("../catalog/scorecards/production-readiness.yaml"),
    ),
];

pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let (kind, path) = if sel % 2 == 0 {
        (Kind::Scorecard, "scorecards/x.yaml")
    } else {
        (Kind::Campaign, "campaigns/x.yaml")
    };
    let parsed = |kind: Kind, path: &str, bytes: &[u8]| Parsed {
        path: path.into(),
        kind: Some(kind),
        result: Ok(Arc::new(catalog::parse::parse_file(kind, bytes))),
    };
    let mut files: Vec<Parsed> = BASE.iter().map(|(k, p, b)| parsed(*k, p, b)).collect();
    files.push(parsed(kind, path, rest));
    let cat = catalog::assemble(Path::new("/fuzz"), files, &[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let _ = platctl::lint::lint(&cat, today, &Default::default());
    let _ = platctl::scorecard::view::list_view(&cat, today);
    let _ = platctl::scorecard::campaign::list_view(&cat, today);
    for spec in platctl::export::tables::specs() {
        let _ = platctl::export::tables::build(spec.name, &cat, today);
    }
}
