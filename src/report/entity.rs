//! What `show` tells about a service or a team: the entity with what points
//! at it from the rest of the catalog.

use crate::catalog::Catalog;
use crate::model::{ExceptionState, Service, Team};
use crate::report::exception_status::days_left;
use chrono::NaiveDate;
use serde::Serialize;

/// A capability a service uses, as the capability says it.
#[derive(Debug, Serialize)]
pub struct UseView {
    pub capability: String,
    /// null when the capability is not in the catalog.
    pub name: Option<String>,
    pub lifecycle: Option<String>,
    pub since: Option<NaiveDate>,
    pub version: Option<String>,
}

/// A deprecation that lists the service as a consumer.
#[derive(Debug, Serialize)]
pub struct ConsumerOf {
    pub id: String,
    pub capability: String,
    pub interface: Option<String>,
    pub sunset: NaiveDate,
    /// The consumer's migration status.
    pub status: String,
}

/// An exception, briefly.
#[derive(Debug, Serialize)]
pub struct ExceptionRef {
    pub id: String,
    pub title: String,
    /// The capability waived (null when it waives a scorecard rule).
    pub standard: Option<String>,
    /// The scorecard rule waived, `scorecard-id/rule-id` (null for a capability).
    pub rule: Option<String>,
    pub service: Option<String>,
    pub state: ExceptionState,
    pub expires: NaiveDate,
    pub days_left: Option<i64>,
}

/// The owning team, briefly.
#[derive(Debug, Serialize)]
pub struct TeamRef {
    pub id: String,
    /// null when the team is not in the catalog.
    pub name: Option<String>,
    pub contact: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ServiceView<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub service: ServiceRow<'a>,
    pub team: TeamRef,
    pub uses: Vec<UseView>,
    pub deprecations: Vec<ConsumerOf>,
    pub exceptions: Vec<ExceptionRef>,
}

#[derive(Debug, Serialize)]
pub struct ServiceRow<'a> {
    #[serde(flatten)]
    pub service: &'a Service,
    pub file: &'a str,
}

fn exception_refs(
    cat: &Catalog,
    today: NaiveDate,
    keep: impl Fn(&crate::model::Exception) -> bool,
) -> Vec<ExceptionRef> {
    let warn = cat.config.policy.exception_warn_days;
    let mut v: Vec<ExceptionRef> = cat
        .exceptions
        .iter()
        .filter(|e| keep(e))
        .map(|e| ExceptionRef {
            id: e.id.value.clone(),
            title: e.title.value.clone(),
            standard: e.standard.as_ref().map(|x| x.value.clone()),
            rule: e.rule.as_ref().map(|x| x.value.clone()),
            service: e.service.as_ref().map(|s| s.value.clone()),
            state: e.state(today, warn),
            expires: e.expires.value,
            days_left: days_left(e, today),
        })
        .collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// The service with its team, the capabilities it uses, the deprecations it
/// must migrate off and its exceptions.
pub fn service<'a>(cat: &'a Catalog, s: &'a Service, today: NaiveDate) -> ServiceView<'a> {
    let t = cat.team(&s.team.value);
    let mut uses: Vec<UseView> = s
        .uses
        .iter()
        .map(|u| {
            let c = cat.capability(&u.capability.value);
            UseView {
                capability: u.capability.value.clone(),
                name: c.map(|c| c.name.value.clone()),
                lifecycle: c.map(|c| c.lifecycle.value.to_string()),
                since: u.since,
                version: u.version.as_ref().map(|v| v.value.clone()),
            }
        })
        .collect();
    uses.sort_by(|a, b| a.capability.cmp(&b.capability));
    let mut deprecations: Vec<ConsumerOf> = cat
        .deprecations
        .iter()
        .filter_map(|d| {
            let c = d.consumers.iter().find(|c| c.service.value == s.id.value)?;
            Some(ConsumerOf {
                id: d.id.value.clone(),
                capability: d.capability.value.clone(),
                interface: d.interface.as_ref().map(|i| i.value.clone()),
                sunset: d.sunset.value,
                status: c.status.value.to_string(),
            })
        })
        .collect();
    deprecations.sort_by(|a, b| a.id.cmp(&b.id));
    ServiceView {
        version: 1,
        as_of: today,
        service: ServiceRow {
            service: s,
            file: cat.path(s.meta.file),
        },
        team: TeamRef {
            id: s.team.value.clone(),
            name: t.map(|t| t.name.value.clone()),
            contact: t.and_then(|t| t.contact.clone()),
        },
        uses,
        deprecations,
        exceptions: exception_refs(cat, today, |e| {
            e.service.as_ref().is_some_and(|x| x.value == s.id.value)
        }),
    }
}

/// A service or capability a team owns, briefly.
#[derive(Debug, Serialize)]
pub struct Owned {
    pub id: String,
    pub name: Option<String>,
    /// A service's status or a capability's lifecycle.
    pub state: String,
}

/// A request or roadmap item, briefly.
#[derive(Debug, Serialize)]
pub struct WorkRef {
    pub id: String,
    pub title: String,
    pub status: String,
    /// The roadmap quarter (null for a request).
    pub quarter: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TeamView<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub team: TeamRow<'a>,
    /// Teams whose `parent` is this one.
    pub teams: Vec<String>,
    pub services: Vec<Owned>,
    pub capabilities: Vec<Owned>,
    pub roadmap_items: Vec<WorkRef>,
    pub requests: Vec<WorkRef>,
    pub exceptions: Vec<ExceptionRef>,
}

#[derive(Debug, Serialize)]
pub struct TeamRow<'a> {
    #[serde(flatten)]
    pub team: &'a Team,
    pub file: &'a str,
}

/// The team with the services and capabilities it owns, the roadmap items it
/// carries, the requests it filed and its exceptions.
pub fn team<'a>(cat: &'a Catalog, t: &'a Team, today: NaiveDate) -> TeamView<'a> {
    let id = t.id.value.as_str();
    let mut teams: Vec<String> = cat
        .teams
        .iter()
        .filter(|x| x.parent.as_ref().is_some_and(|p| p.value == id))
        .map(|x| x.id.value.clone())
        .collect();
    teams.sort();
    let mut services: Vec<Owned> = cat
        .services
        .iter()
        .filter(|s| s.team.value == id)
        .map(|s| Owned {
            id: s.id.value.clone(),
            name: s.name.clone(),
            state: s.status.to_string(),
        })
        .collect();
    services.sort_by(|a, b| a.id.cmp(&b.id));
    let mut capabilities: Vec<Owned> = cat
        .capabilities
        .iter()
        .filter(|c| c.owner.value == id)
        .map(|c| Owned {
            id: c.id.value.clone(),
            name: Some(c.name.value.clone()),
            state: c.lifecycle.value.to_string(),
        })
        .collect();
    capabilities.sort_by(|a, b| a.id.cmp(&b.id));
    let mut roadmap_items: Vec<WorkRef> = cat
        .items()
        .filter(|(_, i)| i.owner.value == id)
        .map(|(q, i)| WorkRef {
            id: i.id.value.clone(),
            title: i.title.value.clone(),
            status: i.status.value.to_string(),
            quarter: Some(q.quarter.value.to_string()),
        })
        .collect();
    roadmap_items.sort_by(|a, b| (&a.quarter, &a.id).cmp(&(&b.quarter, &b.id)));
    let mut requests: Vec<WorkRef> = cat
        .intake
        .iter()
        .filter(|r| r.requester.team.value == id)
        .map(|r| WorkRef {
            id: r.id.value.clone(),
            title: r.title.value.clone(),
            status: r.status.value.to_string(),
            quarter: None,
        })
        .collect();
    requests.sort_by(|a, b| a.id.cmp(&b.id));
    TeamView {
        version: 1,
        as_of: today,
        team: TeamRow {
            team: t,
            file: cat.path(t.meta.file),
        },
        teams,
        services,
        capabilities,
        roadmap_items,
        requests,
        exceptions: exception_refs(cat, today, |e| e.team.value == id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, date};

    fn cat() -> Catalog {
        catalog(&[
            (
                "teams/team-pay.yaml",
                "id: team-pay\nname: Payments\ntype: product\ncontact: \"#pay\"\n",
            ),
            (
                "teams/team-pay-cards.yaml",
                "id: team-pay-cards\nname: Cards\ntype: product\nparent: team-pay\n",
            ),
            (
                "services/payments-api.yaml",
                "id: payments-api\nteam: team-pay\ntier: 1\nuses:\n  - capability: ci\n    since: 2026-01-05\n  - zz-unknown\n",
            ),
            (
                "services/ledger.yaml",
                "id: ledger\nteam: team-pay\ntier: 2\nstatus: retired\n",
            ),
            (
                "capabilities/ci.yaml",
                "id: ci\nname: CI\nsummary: Builds\nowner: team-pay\nlifecycle: ga\n",
            ),
        ])
    }

    #[test]
    fn service_lists_uses_sorted_with_unknown_capabilities_as_nulls() {
        let c = cat();
        let s = c
            .service("payments-api")
            .unwrap_or_else(|| panic!("no service"));
        let v = service(&c, s, date("2026-12-01"));
        assert_eq!(v.team.name.as_deref(), Some("Payments"));
        assert_eq!(v.team.contact.as_deref(), Some("#pay"));
        assert_eq!(v.uses.len(), 2);
        assert_eq!(v.uses[0].capability, "ci");
        assert_eq!(v.uses[0].lifecycle.as_deref(), Some("ga"));
        assert_eq!(v.uses[0].since, Some(date("2026-01-05")));
        assert_eq!(v.uses[1].capability, "zz-unknown");
        assert_eq!(v.uses[1].name, None);
        assert_eq!(v.service.file, "services/payments-api.yaml");
    }

    #[test]
    fn team_lists_what_it_owns() {
        let c = cat();
        let t = c.team("team-pay").unwrap_or_else(|| panic!("no team"));
        let v = team(&c, t, date("2026-12-01"));
        let ids: Vec<(&str, &str)> = v
            .services
            .iter()
            .map(|o| (o.id.as_str(), o.state.as_str()))
            .collect();
        assert_eq!(ids, vec![("ledger", "retired"), ("payments-api", "active")]);
        assert_eq!(v.teams, vec!["team-pay-cards"]);
        assert_eq!(v.capabilities.len(), 1);
        assert_eq!(v.capabilities[0].state, "ga");
        assert!(v.requests.is_empty() && v.roadmap_items.is_empty());
    }
}
