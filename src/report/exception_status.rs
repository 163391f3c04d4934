//! Where an exception stands today: its state, days left, and what leans on it.

use crate::catalog::Catalog;
use crate::model::{ConsumerStatus, Exception, ExceptionState, ExceptionStatus};
use chrono::NaiveDate;
use serde::Serialize;

/// Days from `today` to `expires` (negative once expired); none unless approved.
pub fn days_left(e: &Exception, today: NaiveDate) -> Option<i64> {
    (e.status.value == ExceptionStatus::Approved).then(|| (e.expires.value - today).num_days())
}

/// Approved and running out within `days` from today (not yet expired).
pub fn expires_within(e: &Exception, today: NaiveDate, days: i64) -> bool {
    days_left(e, today).is_some_and(|l| (0..=days).contains(&l))
}

/// Still calls for attention: requested, open, expiring or expired.
pub fn is_live(state: ExceptionState) -> bool {
    matches!(
        state,
        ExceptionState::Requested
            | ExceptionState::Open
            | ExceptionState::Expiring
            | ExceptionState::Expired
    )
}

/// A deprecation consumer exempt under an exception.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Exemption {
    pub deprecation: String,
    pub service: String,
}

/// Consumers marked exempt under exception `id`, sorted.
pub fn exemptions(cat: &Catalog, id: &str) -> Vec<Exemption> {
    let mut v: Vec<Exemption> = cat
        .deprecations
        .iter()
        .flat_map(|d| {
            d.consumers
                .iter()
                .filter(|c| {
                    c.status.value == ConsumerStatus::Exempt
                        && c.exception.as_ref().is_some_and(|x| x.value == id)
                })
                .map(|c| Exemption {
                    deprecation: d.id.value.clone(),
                    service: c.service.value.clone(),
                })
        })
        .collect();
    v.sort_by(|a, b| (&a.deprecation, &a.service).cmp(&(&b.deprecation, &b.service)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, date};

    fn exc(status: &str, expires: &str) -> Exception {
        let text = format!(
            "id: EXC-000000\ntitle: T\nstandard: s\nteam: t\nreason: r\nrisk: low\nrequested: 2026-01-01\nstatus: {status}\n{}expires: {expires}\n",
            if status == "approved" { "approved_by: X\ngranted: 2026-01-02\n" } else { "" }
        );
        let cat = catalog(&[("exceptions/EXC-000000.yaml", &text)]);
        cat.exception("EXC-000000").cloned().expect("decodes")
    }

    #[test]
    fn states_on_each_side_of_the_warn_window() {
        let today = date("2026-11-27");
        let warn = 14;
        let st = |exp: &str| exc("approved", exp).state(today, warn);
        assert_eq!(st("2026-12-12"), ExceptionState::Open); // 15 days left
        assert_eq!(st("2026-12-11"), ExceptionState::Expiring); // 14: inside the window
        assert_eq!(st("2026-11-27"), ExceptionState::Expiring); // 0: the last day
        assert_eq!(st("2026-11-26"), ExceptionState::Expired); // -1
        assert_eq!(
            exc("requested", "2026-11-26").state(today, warn),
            ExceptionState::Requested
        );
        assert_eq!(
            exc("revoked", "2027-01-01").state(today, warn),
            ExceptionState::Revoked
        );
        assert_eq!(
            exc("rejected", "2027-01-01").state(today, warn),
            ExceptionState::Rejected
        );
    }

    #[test]
    fn days_left_only_when_approved_and_across_a_year_boundary() {
        let today = date("2026-12-30");
        assert_eq!(days_left(&exc("approved", "2027-01-02"), today), Some(3));
        assert_eq!(days_left(&exc("approved", "2026-12-29"), today), Some(-1));
        assert_eq!(days_left(&exc("requested", "2027-01-02"), today), None);
        assert!(expires_within(&exc("approved", "2027-01-02"), today, 3));
        assert!(!expires_within(&exc("approved", "2027-01-02"), today, 2));
        assert!(!expires_within(&exc("approved", "2026-12-29"), today, 30));
        assert!(!expires_within(&exc("requested", "2027-01-02"), today, 30));
    }

    #[test]
    fn finds_exempt_consumers() {
        let dep = "id: d\ncapability: c\nannounced: 2026-01-01\nsunset: 2026-06-01\nstatus: migrating\nconsumers:\n  - service: b\n    status: exempt\n    exception: EXC-000000\n  - service: a\n    status: exempt\n    exception: EXC-000000\n  - service: c\n    status: migrated\n    exception: EXC-000000\n";
        let cat = catalog(&[("deprecations/d.yaml", dep)]);
        let got: Vec<_> = exemptions(&cat, "EXC-000000")
            .into_iter()
            .map(|e| e.service)
            .collect();
        assert_eq!(got, ["a", "b"]);
    }
}
