//! The part of the demo catalog the fuzz targets build on, shared by the
//! targets and by the test that replays their inputs.

use platctl::catalog::{self, Catalog, Kind, Parsed};
use std::path::Path;
use std::sync::Arc;

/// Demo files, each with its kind and path: the settings and two teams
/// first ([`SETTINGS_AND_TEAMS`]), then services that use capabilities and
/// carry facts, the capabilities, an exception naming a service, a metric,
/// and a scorecard for a campaign to name.
pub const FILES: &[(Kind, &str, &[u8])] = &[
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

/// How many of [`FILES`] are the settings and the teams.
pub const SETTINGS_AND_TEAMS: usize = 3;

/// One file parsed as the catalog's loader parses it.
pub fn parsed(kind: Kind, path: &str, bytes: &[u8]) -> Parsed {
    Parsed {
        path: path.into(),
        kind: Some(kind),
        result: Ok(Arc::new(catalog::parse::parse_file(kind, bytes))),
    }
}

/// The catalog of `files` and `more`, assembled as the loader assembles it.
pub fn catalog(files: &[(Kind, &str, &[u8])], more: Vec<Parsed>) -> Catalog {
    let mut all: Vec<Parsed> = files.iter().map(|(k, p, b)| parsed(*k, p, b)).collect();
    all.extend(more);
    catalog::assemble(Path::new("/fuzz"), all, &[])
}
