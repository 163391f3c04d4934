//! Where a deprecation stands: progress, consumers left by team, days to the
//! sunset, a derived state, and a burn-down of migrated consumers over time.

use crate::catalog::{parse::parse_file, Catalog, Kind};
use crate::model::{str_enum, ConsumerStatus, Deprecation, DeprecationStatus};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

// The state of a deprecation today (as `deprecation list` shows it).
str_enum!(DeprecationState { Upcoming = "upcoming", Migrating = "migrating", Overdue = "overdue", Completed = "completed", Cancelled = "cancelled" });

/// Days from `today` to the sunset; negative once it has passed.
pub fn days_to_sunset(d: &Deprecation, today: NaiveDate) -> i64 {
    (d.sunset.value - today).num_days()
}

/// completed and cancelled as written; an open deprecation whose sunset has
/// passed with consumers remaining is overdue; otherwise `announced` reads as
/// upcoming and `migrating` as migrating.
pub fn state(d: &Deprecation, today: NaiveDate) -> DeprecationState {
    match d.status.value {
        DeprecationStatus::Completed => DeprecationState::Completed,
        DeprecationStatus::Cancelled => DeprecationState::Cancelled,
        _ if days_to_sunset(d, today) < 0 && d.remaining() > 0 => DeprecationState::Overdue,
        DeprecationStatus::Announced => DeprecationState::Upcoming,
        DeprecationStatus::Migrating => DeprecationState::Migrating,
    }
}

/// Consumers still to move, for one team.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TeamRemaining {
    pub team: String,
    pub services: Vec<String>,
}

/// The numbers of one deprecation today.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Migration {
    pub progress: f64,
    pub migrated: usize,
    /// pending + in-progress
    pub remaining: usize,
    pub pending: usize,
    pub in_progress: usize,
    pub exempt: usize,
    pub consumer_count: usize,
    pub days_to_sunset: i64,
    pub state: DeprecationState,
    /// Remaining consumers by the team that owns the service (`unknown` when
    /// the service is not in the catalog), sorted by team.
    pub remaining_by_team: Vec<TeamRemaining>,
}

pub const UNKNOWN_TEAM: &str = "unknown";

pub fn migration(cat: &Catalog, d: &Deprecation, today: NaiveDate) -> Migration {
    let mut by_team: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in d.consumers.iter().filter(|c| {
        matches!(
            c.status.value,
            ConsumerStatus::Pending | ConsumerStatus::InProgress
        )
    }) {
        let team = cat
            .service(&c.service.value)
            .map_or(UNKNOWN_TEAM, |s| s.team.value.as_str());
        by_team
            .entry(team.to_string())
            .or_default()
            .push(c.service.value.clone());
    }
    Migration {
        progress: d.progress(),
        migrated: d.count(ConsumerStatus::Migrated),
        remaining: d.remaining(),
        pending: d.count(ConsumerStatus::Pending),
        in_progress: d.count(ConsumerStatus::InProgress),
        exempt: d.count(ConsumerStatus::Exempt),
        consumer_count: d.consumers.len(),
        days_to_sunset: days_to_sunset(d, today),
        state: state(d, today),
        remaining_by_team: by_team
            .into_iter()
            .map(|(team, mut services)| {
                services.sort();
                TeamRemaining { team, services }
            })
            .collect(),
    }
}

/// One point of a burn-down: the consumers as they stood on a day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BurnPoint {
    pub date: NaiveDate,
    /// The commit that recorded it; none for the working tree.
    pub commit: Option<String>,
    pub migrated: usize,
    pub remaining: usize,
    pub exempt: usize,
    pub consumers: usize,
}

impl BurnPoint {
    fn of(date: NaiveDate, commit: Option<String>, d: &Deprecation) -> BurnPoint {
        BurnPoint {
            date,
            commit,
            migrated: d.count(ConsumerStatus::Migrated),
            remaining: d.remaining(),
            exempt: d.count(ConsumerStatus::Exempt),
            consumers: d.consumers.len(),
        }
    }
    fn same_counts(&self, o: &BurnPoint) -> bool {
        (self.migrated, self.remaining, self.exempt, self.consumers)
            == (o.migrated, o.remaining, o.exempt, o.consumers)
    }
}

/// The deprecation `id` as a past version of its file held it.
pub fn from_file(bytes: &[u8], id: &str) -> Option<Deprecation> {
    parse_file(Kind::Deprecation, bytes)
        .entities
        .into_iter()
        .find_map(|e| match e {
            crate::catalog::decode::Entity::Deprecation(d) if d.id.value == id => Some(d),
            _ => None,
        })
}

/// A burn-down from past versions (date, commit, the deprecation then; any
/// order) and the deprecation as it stands now (dated `today`). Keeps the
/// last version of each day, and only the points where a count changed.
pub fn burn_down(
    history: Vec<(NaiveDate, String, Deprecation)>,
    now: Option<&Deprecation>,
    today: NaiveDate,
) -> Vec<BurnPoint> {
    // As of `today`: versions committed after it are not known yet, and the
    // file as it is now is only today's state when nothing came after.
    let later = history.iter().any(|(day, _, _)| *day > today);
    let mut pts: Vec<BurnPoint> = history
        .iter()
        .filter(|(day, _, _)| *day <= today)
        .map(|(day, c, d)| BurnPoint::of(*day, Some(c.clone()), d))
        .collect();
    // Stable: versions of one day keep their given order (oldest first).
    pts.sort_by_key(|p| p.date);
    if let Some(d) = now.filter(|_| !later) {
        pts.push(BurnPoint::of(today, None, d));
    }
    let mut out: Vec<BurnPoint> = Vec::new();
    for p in pts {
        match out.last_mut() {
            Some(last) if last.same_counts(&p) => {}
            Some(last) if last.date == p.date => *last = p,
            _ => out.push(p),
        }
    }
    // Collapsing a day can leave two neighbours with the same counts.
    out.dedup_by(|b, a| a.same_counts(b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, date, svc};

    fn dep(sunset: &str, status: &str, consumers: &[(&str, &str)]) -> String {
        let mut s = format!("id: d\ncapability: c\nannounced: 2026-01-01\nsunset: {sunset}\nstatus: {status}\nconsumers:\n");
        for (svc, st) in consumers {
            s.push_str(&format!("  - service: {svc}\n    status: {st}\n"));
            if *st == "exempt" {
                s.push_str("    exception: EXC-000000\n");
            }
        }
        if consumers.is_empty() {
            s = s.replace("consumers:\n", "consumers: []\n");
        }
        s
    }

    fn one(text: &str) -> Deprecation {
        from_file(text.as_bytes(), "d").expect("parses")
    }

    #[test]
    fn progress_leaves_out_exempt_consumers() {
        let d = one(&dep(
            "2027-01-01",
            "migrating",
            &[
                ("a", "migrated"),
                ("b", "exempt"),
                ("c", "pending"),
                ("e", "in-progress"),
                ("f", "migrated"),
            ],
        ));
        let cat = catalog(&[]);
        let m = migration(&cat, &d, date("2026-12-01"));
        // 2 migrated of 5 - 1 exempt = 4
        assert_eq!(m.progress, 0.5);
        assert_eq!(
            (
                m.migrated,
                m.remaining,
                m.pending,
                m.in_progress,
                m.exempt,
                m.consumer_count
            ),
            (2, 2, 1, 1, 1, 5)
        );
    }

    #[test]
    fn an_empty_denominator_is_complete() {
        let d = one(&dep("2027-01-01", "migrating", &[("b", "exempt")]));
        assert_eq!(d.progress(), 1.0);
        let d = one(&dep("2027-01-01", "announced", &[]));
        assert_eq!(d.progress(), 1.0);
        assert_eq!(
            migration(&catalog(&[]), &d, date("2026-12-01")).remaining,
            0
        );
    }

    #[test]
    fn days_to_sunset_across_a_year_boundary() {
        let d = one(&dep("2027-01-02", "migrating", &[]));
        assert_eq!(days_to_sunset(&d, date("2026-12-30")), 3);
        assert_eq!(days_to_sunset(&d, date("2027-01-02")), 0);
        assert_eq!(days_to_sunset(&d, date("2027-01-05")), -3);
        // 2028 is a leap year: 2027-12-31 to 2028-03-01 is 31 + 29 + 1 days.
        let d = one(&dep("2028-03-01", "migrating", &[]));
        assert_eq!(days_to_sunset(&d, date("2027-12-31")), 61);
    }

    #[test]
    fn states() {
        let today = date("2026-12-01");
        let st = |sunset: &str, status: &str, cs: &[(&str, &str)]| {
            state(&one(&dep(sunset, status, cs)), today)
        };
        assert_eq!(
            st("2027-01-01", "announced", &[("a", "pending")]),
            DeprecationState::Upcoming
        );
        assert_eq!(
            st("2027-01-01", "migrating", &[("a", "pending")]),
            DeprecationState::Migrating
        );
        assert_eq!(
            st("2026-11-30", "migrating", &[("a", "in-progress")]),
            DeprecationState::Overdue
        );
        assert_eq!(
            st("2026-11-30", "announced", &[("a", "pending")]),
            DeprecationState::Overdue
        );
        // The sunset day itself is not passed.
        assert_eq!(
            st("2026-12-01", "migrating", &[("a", "pending")]),
            DeprecationState::Migrating
        );
        // Passed, but nobody left: not overdue.
        assert_eq!(
            st(
                "2026-11-30",
                "migrating",
                &[("a", "migrated"), ("b", "exempt")]
            ),
            DeprecationState::Migrating
        );
        assert_eq!(
            st("2026-11-30", "completed", &[("a", "pending")]),
            DeprecationState::Completed
        );
        assert_eq!(
            st("2026-11-30", "cancelled", &[("a", "pending")]),
            DeprecationState::Cancelled
        );
    }

    #[test]
    fn remaining_by_team() {
        let (a, b, c) = (
            svc("s-a", "t-2", 1, "active", ""),
            svc("s-b", "t-1", 1, "active", ""),
            svc("s-c", "t-2", 1, "active", ""),
        );
        let cat = catalog(&[(&a.0, &a.1), (&b.0, &b.1), (&c.0, &c.1)]);
        let d = one(&dep(
            "2027-01-01",
            "migrating",
            &[
                ("s-c", "pending"),
                ("s-b", "migrated"),
                ("s-a", "in-progress"),
                ("gone", "pending"),
            ],
        ));
        let m = migration(&cat, &d, date("2026-12-01"));
        let got: Vec<_> = m
            .remaining_by_team
            .iter()
            .map(|t| (t.team.as_str(), t.services.join(",")))
            .collect();
        assert_eq!(
            got,
            [
                ("t-2", "s-a,s-c".to_string()),
                ("unknown", "gone".to_string())
            ]
        );
    }

    #[test]
    fn burn_down_keeps_changes_only() {
        let v1 = one(&dep(
            "2027-01-01",
            "announced",
            &[("a", "pending"), ("b", "pending")],
        ));
        let v2 = one(&dep(
            "2027-01-01",
            "migrating",
            &[("a", "in-progress"), ("b", "pending")],
        ));
        let v3 = one(&dep(
            "2027-01-01",
            "migrating",
            &[("a", "migrated"), ("b", "pending")],
        ));
        let v4 = one(&dep(
            "2027-02-01",
            "migrating",
            &[("a", "migrated"), ("b", "pending")],
        ));
        let hist = [
            (date("2026-10-05"), "c3".to_string(), v3.clone()),
            (date("2026-09-01"), "c1".to_string(), v1),
            (date("2026-10-05"), "c2".to_string(), v2),
            (date("2026-11-01"), "c4".to_string(), v4),
        ];
        // History arrives newest first from git; same-day order is oldest first.
        let hist = vec![
            hist[1].clone(),
            hist[2].clone(),
            hist[0].clone(),
            hist[3].clone(),
        ];
        let pts = burn_down(hist, Some(&v3), date("2026-12-01"));
        let got: Vec<_> = pts
            .iter()
            .map(|p| {
                (
                    p.date.to_string(),
                    p.commit.clone(),
                    p.migrated,
                    p.remaining,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("2026-09-01".to_string(), Some("c1".to_string()), 0, 2),
                ("2026-10-05".to_string(), Some("c3".to_string()), 1, 1)
            ]
        );
        let done = one(&dep(
            "2027-01-01",
            "completed",
            &[("a", "migrated"), ("b", "migrated")],
        ));
        let pts = burn_down(
            vec![(date("2026-09-01"), "c1".into(), v3)],
            Some(&done),
            date("2026-12-01"),
        );
        assert_eq!(pts.len(), 2);
        assert_eq!(
            (pts[1].date, pts[1].commit.clone(), pts[1].migrated),
            (date("2026-12-01"), None, 2)
        );
    }

    #[test]
    fn burn_down_stops_at_today() {
        let v1 = one(&dep(
            "2027-01-01",
            "announced",
            &[("a", "pending"), ("b", "pending")],
        ));
        let v2 = one(&dep(
            "2027-01-01",
            "migrating",
            &[("a", "migrated"), ("b", "pending")],
        ));
        let done = one(&dep(
            "2027-01-01",
            "completed",
            &[("a", "migrated"), ("b", "migrated")],
        ));
        let hist = vec![
            (date("2026-09-01"), "c1".to_string(), v1),
            (date("2026-10-05"), "c2".to_string(), v2),
        ];
        let got = |today: &str| -> Vec<(String, Option<String>, usize)> {
            burn_down(hist.clone(), Some(&done), date(today))
                .iter()
                .map(|p| (p.date.to_string(), p.commit.clone(), p.migrated))
                .collect()
        };
        // Before the second commit: only the first is known, and the file as
        // it is now (changed after today) is not today's state.
        assert_eq!(
            got("2026-09-15"),
            [("2026-09-01".to_string(), Some("c1".to_string()), 0)]
        );
        // On the day of the last commit, nothing came after: the file as it
        // is now is that day's state, and replaces the commit's point.
        assert_eq!(
            got("2026-10-05"),
            [
                ("2026-09-01".to_string(), Some("c1".to_string()), 0),
                ("2026-10-05".to_string(), None, 2)
            ]
        );
        // After every commit: the file as it is now, dated today.
        assert_eq!(got("2026-12-01")[2], ("2026-12-01".to_string(), None, 2));
        // Before any commit: nothing yet.
        assert_eq!(got("2026-08-01"), []);
    }
}
