//! Adoption of a capability broken down by team, for `capability show`:
//! who has adopted, who is eligible and has not, who uses it without being
//! eligible. The counts agree with [`super::adoption::adoption`].

use crate::model::{Capability, Service};
use serde::Serialize;
use std::collections::BTreeMap;

/// One team's share of a capability's adoption.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TeamAdoption {
    pub team: String,
    /// Eligible services of the team that use the capability, sorted.
    pub adopters: Vec<String>,
    /// Eligible services of the team that do not use it yet, sorted.
    pub not_adopted: Vec<String>,
    /// Active services of the team that use it without being eligible, sorted.
    pub ineligible_users: Vec<String>,
}

impl TeamAdoption {
    pub fn eligible(&self) -> usize {
        self.adopters.len() + self.not_adopted.len()
    }
    /// adopters ÷ eligible; none when the team has nothing eligible.
    pub fn rate(&self) -> Option<f64> {
        let e = self.eligible();
        (e > 0).then(|| self.adopters.len() as f64 / e as f64)
    }
}

/// Every team with an eligible service or an active user, sorted by team id.
/// Retired services count nowhere.
pub fn by_team(cap: &Capability, services: &[Service]) -> Vec<TeamAdoption> {
    let mut teams: BTreeMap<&str, TeamAdoption> = BTreeMap::new();
    for s in services.iter().filter(|s| s.is_active()) {
        let uses = s.use_of(&cap.id.value).is_some();
        let eligible = cap.is_eligible(s);
        if !uses && !eligible {
            continue;
        }
        let t = teams
            .entry(s.team.value.as_str())
            .or_insert_with(|| TeamAdoption {
                team: s.team.value.clone(),
                ..Default::default()
            });
        let list = match (eligible, uses) {
            (true, true) => &mut t.adopters,
            (true, false) => &mut t.not_adopted,
            _ => &mut t.ineligible_users,
        };
        list.push(s.id.value.clone());
    }
    teams
        .into_values()
        .map(|mut t| {
            for v in [&mut t.adopters, &mut t.not_adopted, &mut t.ineligible_users] {
                v.sort();
                v.dedup();
            }
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::adoption::adoption;
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
        let c = cat.capability("db").expect("db");
        let a = adoption(c, &cat.services);
        // Eligible: a1, a2, b1 (3); adopters among them: a1, b1 (2).
        assert_eq!((a.adopters, a.eligible, a.ineligible_users), (2, 3, 2));
        assert_eq!(a.rate, Some(2.0 / 3.0));
        let t = by_team(c, &cat.services);
        let got: Vec<_> = t
            .iter()
            .map(|t| {
                (
                    t.team.as_str(),
                    t.adopters.join(","),
                    t.not_adopted.join(","),
                    t.ineligible_users.join(","),
                )
            })
            .collect();
        let want = [
            ("t-a", "a1", "a2", "a3"),
            ("t-b", "b1", "", ""),
            ("t-c", "", "", "c1"),
        ];
        assert_eq!(
            got,
            want.map(|(a, b, c, d)| (a, b.to_string(), c.to_string(), d.to_string()))
        );
        assert_eq!(
            (t[0].rate(), t[1].rate(), t[2].rate()),
            (Some(0.5), Some(1.0), None)
        );
        assert_eq!(
            t.iter().map(|t| t.adopters.len()).sum::<usize>(),
            a.adopters
        );
        assert_eq!(
            t.iter().map(TeamAdoption::eligible).sum::<usize>(),
            a.eligible
        );
    }
}
