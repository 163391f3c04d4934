//! Adoption of a capability (FORMAT.md, capabilities/): who uses it, who
//! should, and the rate.
//!
//! eligible = active services matching every list in `eligible`;
//! adopters = eligible services that list the capability in `uses`;
//! rate = adopters / eligible, none when nothing is eligible. An active
//! service that uses a capability it is not eligible for is shown as a user
//! but counts in neither side of the rate; retired services count nowhere.

use crate::catalog::Catalog;
use crate::model::Capability;
use serde::Serialize;
use std::collections::BTreeMap;

/// One team's share of a capability's adoption.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TeamAdoption {
    pub team: String,
    /// Eligible services of the team that use the capability, sorted.
    pub adopters: Vec<String>,
    /// Eligible services of the team, sorted.
    pub eligible: Vec<String>,
    /// Active services of the team that use it without being eligible, sorted.
    pub ineligible_users: Vec<String>,
}

impl TeamAdoption {
    pub fn rate(&self) -> Option<f64> {
        ratio(self.adopters.len(), self.eligible.len())
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Adoption {
    pub capability: String,
    /// Count of eligible services that use it.
    pub adopters: usize,
    /// Count of eligible services.
    pub eligible: usize,
    /// adopters / eligible; none when nothing is eligible.
    pub rate: Option<f64>,
    /// Every active service that uses it (eligible or not), sorted.
    pub users: Vec<String>,
    /// Active users that are not eligible (shown, not counted), sorted.
    pub ineligible_users: Vec<String>,
    /// Eligible services that do not use it yet, sorted.
    pub not_adopted: Vec<String>,
    /// Per team that has an eligible service or a user, sorted by team id.
    pub adopters_by_team: Vec<TeamAdoption>,
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

/// The adoption of `cap` in `cat`.
pub fn adoption(cat: &Catalog, cap: &Capability) -> Adoption {
    let id = cap.id.value.as_str();
    let mut a = Adoption {
        capability: id.to_string(),
        ..Default::default()
    };
    let mut teams: BTreeMap<&str, TeamAdoption> = BTreeMap::new();
    for s in cat.services.iter().filter(|s| s.is_active()) {
        let uses = s.use_of(id).is_some();
        let eligible = cap.is_eligible(s);
        if !uses && !eligible {
            continue;
        }
        let sid = s.id.value.clone();
        let t = teams
            .entry(s.team.value.as_str())
            .or_insert_with(|| TeamAdoption {
                team: s.team.value.clone(),
                ..Default::default()
            });
        if uses {
            a.users.push(sid.clone());
        }
        match (eligible, uses) {
            (true, true) => {
                a.adopters += 1;
                a.eligible += 1;
                t.adopters.push(sid.clone());
                t.eligible.push(sid);
            }
            (true, false) => {
                a.eligible += 1;
                a.not_adopted.push(sid.clone());
                t.eligible.push(sid);
            }
            (false, true) => {
                a.ineligible_users.push(sid.clone());
                t.ineligible_users.push(sid);
            }
            (false, false) => {}
        }
    }
    a.rate = ratio(a.adopters, a.eligible);
    for v in [&mut a.users, &mut a.ineligible_users, &mut a.not_adopted] {
        v.sort();
        v.dedup();
    }
    a.adopters_by_team = teams
        .into_values()
        .map(|mut t| {
            t.adopters.sort();
            t.eligible.sort();
            t.ineligible_users.sort();
            t
        })
        .collect();
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, svc};

    #[test]
    fn eligibility_by_tier_and_team_and_retired_excluded() {
        let cap = "id: db\nname: DB\nsummary: s\nowner: t-a\nlifecycle: ga\neligible:\n  tiers: [1, 2]\n  teams: [t-a, t-b]\n";
        let services = [
            svc("a1", "t-a", 1, "active", "db"),  // eligible, adopter
            svc("a2", "t-a", 2, "active", ""),    // eligible, not yet
            svc("a3", "t-a", 3, "active", "db"),  // tier 3: user, not eligible
            svc("b1", "t-b", 2, "active", "db"),  // eligible, adopter
            svc("b2", "t-b", 1, "retired", "db"), // retired: nowhere
            svc("c1", "t-c", 1, "active", "db"),  // team not eligible: user only
            svc("c2", "t-c", 1, "active", ""),    // nothing
        ];
        let mut files: Vec<(&str, &str)> = vec![("capabilities/db.yaml", cap)];
        files.extend(services.iter().map(|(p, t)| (p.as_str(), t.as_str())));
        let cat = catalog(&files);
        assert!(cat.findings.is_empty(), "{:?}", cat.findings);
        let a = adoption(&cat, cat.capability("db").expect("db"));
        assert_eq!((a.adopters, a.eligible), (2, 3));
        assert_eq!(a.rate, Some(2.0 / 3.0));
        assert_eq!(a.users, ["a1", "a3", "b1", "c1"]);
        assert_eq!(a.ineligible_users, ["a3", "c1"]);
        assert_eq!(a.not_adopted, ["a2"]);
        let teams: Vec<_> = a
            .adopters_by_team
            .iter()
            .map(|t| {
                (
                    t.team.as_str(),
                    t.adopters.len(),
                    t.eligible.len(),
                    t.ineligible_users.len(),
                )
            })
            .collect();
        assert_eq!(
            teams,
            [("t-a", 1, 2, 1), ("t-b", 1, 1, 0), ("t-c", 0, 0, 1)]
        );
        assert_eq!(a.adopters_by_team[0].rate(), Some(0.5));
        assert_eq!(a.adopters_by_team[2].rate(), None);
    }

    #[test]
    fn nothing_eligible_gives_no_rate() {
        let cap = "id: db\nname: DB\nsummary: s\nowner: t-a\nlifecycle: beta\neligible:\n  teams: [t-z]\n";
        let s = svc("a1", "t-a", 1, "active", "db");
        let cat = catalog(&[("capabilities/db.yaml", cap), (s.0.as_str(), s.1.as_str())]);
        let a = adoption(&cat, cat.capability("db").expect("db"));
        assert_eq!((a.adopters, a.eligible, a.rate), (0, 0, None));
        assert_eq!(a.users, ["a1"]);
    }

    #[test]
    fn default_eligibility_is_every_active_service() {
        let cap = "id: db\nname: DB\nsummary: s\nowner: t-a\nlifecycle: ga\n";
        let s1 = svc("a1", "t-a", 3, "active", "db");
        let s2 = svc("a2", "t-b", 1, "active", "");
        let s3 = svc("a3", "t-b", 1, "retired", "");
        let cat = catalog(&[
            ("capabilities/db.yaml", cap),
            (s1.0.as_str(), s1.1.as_str()),
            (s2.0.as_str(), s2.1.as_str()),
            (s3.0.as_str(), s3.1.as_str()),
        ]);
        let a = adoption(&cat, cat.capability("db").expect("db"));
        assert_eq!((a.adopters, a.eligible, a.rate), (1, 2, Some(0.5)));
    }
}
