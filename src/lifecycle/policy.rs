//! The date rules of `platctl.yaml` `policy`, as the writing commands apply
//! them before anything is written (lint applies the same rules afterwards).

use crate::model::Policy;
use chrono::{Duration, NaiveDate};

/// The earliest sunset the policy allows for a deprecation announced on `announced`.
pub fn earliest_sunset(announced: NaiveDate, p: &Policy) -> NaiveDate {
    announced + Duration::days(p.deprecation_min_notice_days)
}

/// Days of notice between `announced` and `sunset`.
pub fn notice_days(announced: NaiveDate, sunset: NaiveDate) -> i64 {
    (sunset - announced).num_days()
}

/// Why an exception's expiry is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExpiryProblem {
    /// `expires` is before the day the exception starts.
    BeforeStart { start: NaiveDate },
    /// `expires` is more than `max_days` after the start; `latest` is allowed.
    TooLong { latest: NaiveDate, max_days: i64 },
}

impl std::fmt::Display for ExpiryProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExpiryProblem::BeforeStart { start } => {
                write!(f, "it would end before it starts ({start})")
            }
            ExpiryProblem::TooLong { latest, max_days } => {
                write!(f, "the policy (exception_max_days) allows at most {max_days} days: expire it on {latest} at the latest, and renew it then if still needed")
            }
        }
    }
}

/// The latest expiry the policy allows for an exception that starts on `start`.
pub fn latest_expiry(start: NaiveDate, p: &Policy) -> NaiveDate {
    start + Duration::days(p.exception_max_days)
}

/// Checks `expires` against an exception starting on `start` (its grant, or
/// its request while it is not granted yet).
pub fn check_expiry(start: NaiveDate, expires: NaiveDate, p: &Policy) -> Result<(), ExpiryProblem> {
    if expires < start {
        return Err(ExpiryProblem::BeforeStart { start });
    }
    let latest = latest_expiry(start, p);
    if expires > latest {
        return Err(ExpiryProblem::TooLong {
            latest,
            max_days: p.exception_max_days,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap_or_default()
    }

    #[test]
    fn sunset_notice_across_a_year_boundary() {
        let p = Policy::default(); // 90 days
        assert_eq!(earliest_sunset(d("2026-11-27"), &p), d("2027-02-25"));
        assert_eq!(notice_days(d("2026-12-31"), d("2027-01-01")), 1);
    }

    #[test]
    fn expiry_limits() {
        let p = Policy::default(); // 180 days
        let start = d("2026-11-27");
        assert_eq!(latest_expiry(start, &p), d("2027-05-26"));
        assert_eq!(check_expiry(start, d("2027-05-26"), &p), Ok(()));
        assert_eq!(check_expiry(start, start, &p), Ok(()));
        assert_eq!(
            check_expiry(start, d("2027-05-27"), &p),
            Err(ExpiryProblem::TooLong {
                latest: d("2027-05-26"),
                max_days: 180
            })
        );
        assert_eq!(
            check_expiry(start, d("2026-11-26"), &p),
            Err(ExpiryProblem::BeforeStart { start })
        );
    }
}
