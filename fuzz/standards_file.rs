//! The body of the `standards_file` fuzz target, also replayed by the test
//! suite (tests/cli/fuzz_regressions.rs): arbitrary bytes as a scorecard
//! or a campaign (the first byte picks which) in a small catalog taken
//! from the demo one ([`super::demo`]), through parsing, lint (which scores
//! every entity), the scorecard and campaign listings and every table of
//! the warehouse export.

use super::demo;
use platctl::catalog::Kind;

pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let (kind, path) = if sel % 2 == 0 {
        (Kind::Scorecard, "scorecards/x.yaml")
    } else {
        (Kind::Campaign, "campaigns/x.yaml")
    };
    let cat = demo::catalog(demo::FILES, vec![demo::parsed(kind, path, rest)]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let _ = platctl::lint::lint(&cat, today, &Default::default());
    let _ = platctl::scorecard::view::list_view(&cat, today);
    let _ = platctl::scorecard::campaign::list_view(&cat, today);
    for spec in platctl::export::tables::specs() {
        let _ = platctl::export::tables::build(spec.name, &cat, today);
    }
}
