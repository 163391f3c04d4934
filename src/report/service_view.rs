//! What `service list` and `team list` say as JSON: the renderers in
//! `output::service` lay the same data out as a table or CSV.

use crate::catalog::Catalog;
use crate::model::{Service, Team};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// `service list`, in id order: each service's fields as its file holds
/// them (defaults filled in).
#[derive(Serialize)]
pub struct ServiceList<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub services: Vec<&'a Service>,
}

/// Which services a listing keeps (empty or `None`: all).
#[derive(Default)]
pub struct ServiceFilter<'f> {
    pub teams: &'f [String],
    pub tiers: &'f [u8],
    pub statuses: &'f [String],
    pub system: Option<&'f str>,
    /// Only services whose `uses` names this capability.
    pub uses: Option<&'f str>,
}

pub fn services<'a>(cat: &'a Catalog, today: NaiveDate, f: &ServiceFilter) -> ServiceList<'a> {
    let mut services: Vec<&Service> = cat
        .services
        .iter()
        .filter(|s| f.teams.is_empty() || f.teams.iter().any(|t| *t == s.team.value))
        .filter(|s| f.tiers.is_empty() || f.tiers.contains(&s.tier))
        .filter(|s| f.statuses.is_empty() || f.statuses.iter().any(|x| x == s.status.as_str()))
        .filter(|s| {
            f.system
                .is_none_or(|y| s.system.as_ref().is_some_and(|x| x.value == y))
        })
        .filter(|s| {
            f.uses
                .is_none_or(|c| s.uses.iter().any(|u| u.capability.value == c))
        })
        .collect();
    // By id; a repeated id (a lint error) keeps the order of its files.
    services.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    ServiceList {
        version: 1,
        as_of: today,
        services,
    }
}

/// A team with what it owns and runs.
#[derive(Serialize)]
pub struct TeamRow<'a> {
    #[serde(flatten)]
    pub team: &'a Team,
    /// Services whose `team` is this team.
    pub services: usize,
    /// Capabilities whose `owner` is this team.
    pub capabilities: usize,
}

/// `team list`, in id order.
#[derive(Serialize)]
pub struct TeamList<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub teams: Vec<TeamRow<'a>>,
}

/// Teams of the given types (none: every team), and, when `parent` is
/// given, only those directly under it.
pub fn teams<'a>(
    cat: &'a Catalog,
    today: NaiveDate,
    types: &[String],
    parent: Option<&str>,
) -> TeamList<'a> {
    let mut services: HashMap<&str, usize> = HashMap::new();
    for s in cat.services.iter() {
        *services.entry(s.team.value.as_str()).or_default() += 1;
    }
    let mut capabilities: HashMap<&str, usize> = HashMap::new();
    for c in cat.capabilities.iter() {
        *capabilities.entry(c.owner.value.as_str()).or_default() += 1;
    }
    let mut teams: Vec<TeamRow> = cat
        .teams
        .iter()
        .filter(|t| types.is_empty() || types.iter().any(|x| x == t.kind.as_str()))
        .filter(|t| parent.is_none_or(|p| t.parent.as_ref().is_some_and(|x| x.value == p)))
        .map(|t| TeamRow {
            team: t,
            services: services.get(t.id.value.as_str()).copied().unwrap_or(0),
            capabilities: capabilities.get(t.id.value.as_str()).copied().unwrap_or(0),
        })
        .collect();
    teams.sort_by(|a, b| a.team.id.value.cmp(&b.team.id.value));
    TeamList {
        version: 1,
        as_of: today,
        teams,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::catalog_of;

    fn cat() -> Catalog {
        catalog_of(&[
            ("teams/team-a.yaml", "id: team-a\nname: A\ntype: platform\n"),
            (
                "teams/team-b.yaml",
                "id: team-b\nname: B\ntype: product\nparent: team-a\n",
            ),
            (
                "services/s2.yaml",
                "id: s2\nteam: team-b\ntier: 1\nsystem: pay\nuses: [ci]\n",
            ),
            (
                "services/s1.yaml",
                "id: s1\nteam: team-b\nstatus: retired\n",
            ),
            ("services/s3.yaml", "id: s3\nteam: team-a\nuses: [ci, db]\n"),
            (
                "capabilities/ci.yaml",
                "id: ci\nname: CI\nsummary: s\nowner: team-a\nlifecycle: ga\n",
            ),
        ])
    }

    fn ids<'a>(l: &'a ServiceList<'a>) -> Vec<&'a str> {
        l.services.iter().map(|s| s.id.value.as_str()).collect()
    }

    #[test]
    fn services_by_id_and_each_filter() {
        let c = cat();
        let day = crate::report::testcat::date("2026-11-27");
        assert_eq!(
            ids(&services(&c, day, &ServiceFilter::default())),
            ["s1", "s2", "s3"]
        );
        let teams = ["team-b".to_string()];
        let f = ServiceFilter {
            teams: &teams,
            ..ServiceFilter::default()
        };
        assert_eq!(ids(&services(&c, day, &f)), ["s1", "s2"]);
        let f = ServiceFilter {
            tiers: &[1],
            ..ServiceFilter::default()
        };
        assert_eq!(ids(&services(&c, day, &f)), ["s2"]);
        let retired = ["retired".to_string()];
        let f = ServiceFilter {
            statuses: &retired,
            ..ServiceFilter::default()
        };
        assert_eq!(ids(&services(&c, day, &f)), ["s1"]);
        let f = ServiceFilter {
            system: Some("pay"),
            ..ServiceFilter::default()
        };
        assert_eq!(ids(&services(&c, day, &f)), ["s2"]);
        let f = ServiceFilter {
            uses: Some("ci"),
            ..ServiceFilter::default()
        };
        assert_eq!(ids(&services(&c, day, &f)), ["s2", "s3"]);
        let f = ServiceFilter {
            teams: &teams,
            uses: Some("db"),
            ..ServiceFilter::default()
        };
        assert!(services(&c, day, &f).services.is_empty());
    }

    #[test]
    fn teams_count_what_they_run_and_own() {
        let c = cat();
        let day = crate::report::testcat::date("2026-11-27");
        let l = teams(&c, day, &[], None);
        let got: Vec<(&str, usize, usize)> = l
            .teams
            .iter()
            .map(|r| (r.team.id.value.as_str(), r.services, r.capabilities))
            .collect();
        assert_eq!(got, [("team-a", 1, 1), ("team-b", 2, 0)]);
        let product = ["product".to_string()];
        assert_eq!(teams(&c, day, &product, None).teams.len(), 1);
        let under = teams(&c, day, &[], Some("team-a"));
        assert_eq!(under.teams.len(), 1);
        assert_eq!(under.teams[0].team.id.value, "team-b");
    }
}
