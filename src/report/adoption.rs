//! Adoption of a capability (docs/format.md, "How adoption is counted").
//!
//! Adopters are the active services that list the capability in `uses`.
//! The rate counts only eligible ones: adopters among the eligible ÷ the
//! eligible (active, and matching every list in `eligible`). A service that
//! uses a capability it is not eligible for is an adopter on the page but
//! in neither the numerator nor the denominator.

use crate::model::{Capability, Service};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Adoption {
    /// Eligible services that use the capability (the rate's numerator).
    pub adopters: usize,
    /// Eligible services (the rate's denominator).
    pub eligible: usize,
    /// Active services that use it without being eligible (shown, not counted).
    pub ineligible_users: usize,
    /// adopters ÷ eligible; `None` when nothing is eligible.
    pub rate: Option<f64>,
}

/// Counts adopters and eligible services of one capability.
pub fn adoption(cap: &Capability, services: &[Service]) -> Adoption {
    let mut a = Adoption::default();
    for s in services.iter().filter(|s| s.is_active()) {
        let uses = s.use_of(&cap.id.value).is_some();
        if cap.is_eligible(s) {
            a.eligible += 1;
            a.adopters += usize::from(uses);
        } else if uses {
            a.ineligible_users += 1;
        }
    }
    rated(a)
}

/// The rate of the counts: adopters ÷ eligible, `None` when nothing is
/// eligible.
fn rated(mut a: Adoption) -> Adoption {
    a.rate = (a.eligible > 0).then(|| a.adopters as f64 / a.eligible as f64);
    a
}

/// [`adoption`] of each capability of `caps`, in their order (through one
/// [`Index`] of the services).
pub fn adoption_all(caps: &[&Capability], services: &[Service]) -> Vec<Adoption> {
    let ix = Index::new(services);
    caps.iter().map(|c| ix.of(c)).collect()
}

/// Active services grouped by what eligibility looks at (tier and team),
/// and by the capabilities they use, from one pass over them: a
/// capability's [`adoption`] is then a pass over the groups and its users,
/// not over every service.
pub struct Index<'a> {
    /// (tier, team) -> (a service of the group, how many).
    groups: crate::hash::Map<(u8, &'a str), (&'a Service, usize)>,
    /// Per capability id, the active services that use it (each once).
    users: crate::hash::Map<&'a str, Vec<&'a Service>>,
    active: usize,
}

impl<'a> Index<'a> {
    pub fn new(services: impl IntoIterator<Item = &'a Service>) -> Index<'a> {
        let mut ix = Index {
            groups: Default::default(),
            users: Default::default(),
            active: 0,
        };
        for s in services.into_iter().filter(|s| s.is_active()) {
            ix.active += 1;
            ix.groups
                .entry((s.tier, s.team.value.as_str()))
                .or_insert((s, 0))
                .1 += 1;
            for u in s.distinct_uses() {
                ix.users
                    .entry(u.capability.value.as_str())
                    .or_default()
                    .push(s);
            }
        }
        ix
    }

    /// The capability's [`adoption`].
    pub fn of(&self, c: &Capability) -> Adoption {
        let users = self
            .users
            .get(c.id.value.as_str())
            .map_or(&[][..], Vec::as_slice);
        if c.eligible.is_none() {
            return rated(Adoption {
                adopters: users.len(),
                eligible: self.active,
                ..Adoption::default()
            });
        }
        let eligible = self
            .groups
            .values()
            .filter(|(s, _)| c.is_eligible(s))
            .map(|(_, n)| n)
            .sum();
        let adopters = users.iter().filter(|s| c.is_eligible(s)).count();
        rated(Adoption {
            adopters,
            eligible,
            ineligible_users: users.len() - adopters,
            rate: None,
        })
    }
}

/// Every active service that uses the capability, eligible or not, sorted by id.
pub fn users<'a>(cap: &Capability, services: &'a [Service]) -> Vec<&'a Service> {
    let mut v: Vec<&Service> = services
        .iter()
        .filter(|s| s.is_active() && s.use_of(&cap.id.value).is_some())
        .collect();
    v.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sp<T>(v: T) -> Sp<T> {
        Sp::new(v, Span::default())
    }

    fn svc(id: &str, team: &str, tier: u8, active: bool, uses: &[&str]) -> Service {
        let mut data = ServiceData::bare(id, team);
        data.tier = tier;
        if !active {
            data.status = ServiceStatus::Retired;
        }
        data.uses = uses
            .iter()
            .map(|c| Use {
                capability: sp((*c).into()),
                since: None,
                version: None,
            })
            .collect();
        Service::new(data, Default::default())
    }

    fn cap(id: &str, eligible: Option<Eligible>) -> Capability {
        Capability {
            id: sp(id.into()),
            name: sp(id.into()),
            summary: sp(String::new()),
            owner: sp("team-a".into()),
            lifecycle: sp(Lifecycle::Ga),
            category: None,
            golden_path: false,
            control: false,
            eligible,
            interfaces: vec![],
            depends_on: vec![],
            slo: None,
            support: None,
            docs: None,
            runbook: None,
            security_review: None,
            labels: Default::default(),
            keys: vec![],
            meta: Default::default(),
        }
    }

    /// All at once or one by one, the same counts: capabilities open to
    /// all and restricted ones, a repeated capability id, a use listed
    /// twice, a retired service, a capability nobody uses.
    #[test]
    fn adoption_of_all_equals_adoption_of_each() {
        let services = vec![
            svc("a", "t1", 1, true, &["ci", "obs"]),
            svc("b", "t1", 2, true, &["obs"]),
            svc("c", "t2", 3, true, &["ci", "ci", "db"]),
            svc("d", "t2", 1, false, &["ci", "db"]),
            svc("e", "t3", 2, true, &["db", "x"]),
        ];
        let tiers = |t: Vec<u8>| {
            Some(Eligible {
                tiers: Some(t),
                teams: None,
            })
        };
        let teams = |t: &[&str]| {
            Some(Eligible {
                tiers: Some(vec![1, 3]),
                teams: Some(t.iter().map(|x| sp(x.to_string())).collect()),
            })
        };
        let caps = [
            cap("ci", None),
            cap("db", tiers(vec![1, 2])),
            cap("obs", None),
            cap("ci", tiers(vec![3])),
            cap("idle", None),
            cap("ci", teams(&["t1", "t2"])),
            cap("x", teams(&["t9"])),
        ];
        let refs: Vec<&Capability> = caps.iter().collect();
        let each: Vec<Adoption> = caps.iter().map(|c| adoption(c, &services)).collect();
        assert_eq!(adoption_all(&refs, &services), each);
        assert_eq!(each[0].adopters, 2);
        assert_eq!(each[0].eligible, 4);
        assert_eq!((each[1].adopters, each[1].ineligible_users), (1, 1));
        assert_eq!(each[4].rate, Some(0.0));
        // ci for tiers 1 and 3 of t1 and t2: a and c, both adopters; d is retired.
        assert_eq!(
            (each[5].adopters, each[5].eligible, each[5].ineligible_users),
            (2, 2, 0)
        );
        // x: used by e, which is not eligible; nothing is.
        assert_eq!(
            (each[6].adopters, each[6].ineligible_users, each[6].rate),
            (0, 1, None)
        );
        assert_eq!(adoption_all(&refs, &[]), vec![Adoption::default(); 7]);
    }

    #[test]
    fn every_active_service_is_eligible_by_default() {
        let services = vec![
            svc("a", "t1", 1, true, &["ci"]),
            svc("b", "t1", 2, true, &[]),
            svc("c", "t2", 3, true, &["ci", "ci"]), // listed twice: one adopter
            svc("d", "t2", 1, false, &["ci"]),      // retired: neither
        ];
        let a = adoption(&cap("ci", None), &services);
        assert_eq!(
            a,
            Adoption {
                adopters: 2,
                eligible: 3,
                ineligible_users: 0,
                rate: Some(2.0 / 3.0)
            }
        );
        let ids: Vec<&str> = users(&cap("ci", None), &services)
            .iter()
            .map(|s| s.id.value.as_str())
            .collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn ineligible_users_are_shown_but_not_counted() {
        let services = vec![
            svc("a", "t1", 1, true, &["pci"]),
            svc("b", "t1", 2, true, &["pci"]), // tier 2: not eligible
            svc("c", "t2", 1, true, &[]),      // team t2: not eligible
            svc("d", "t1", 1, true, &[]),
        ];
        let e = Eligible {
            tiers: Some(vec![1]),
            teams: Some(vec![sp("t1".into())]),
        };
        let c = cap("pci", Some(e));
        let a = adoption(&c, &services);
        assert_eq!(
            a,
            Adoption {
                adopters: 1,
                eligible: 2,
                ineligible_users: 1,
                rate: Some(0.5)
            }
        );
        assert_eq!(users(&c, &services).len(), 2);
    }

    #[test]
    fn nothing_eligible_means_no_rate() {
        let services = vec![svc("a", "t1", 3, true, &["x"])];
        let e = Eligible {
            tiers: Some(vec![1]),
            teams: None,
        };
        let a = adoption(&cap("x", Some(e)), &services);
        assert_eq!(
            a,
            Adoption {
                adopters: 0,
                eligible: 0,
                ineligible_users: 1,
                rate: None
            }
        );
        assert_eq!(adoption(&cap("x", None), &[]).rate, None);
    }
}
