//! Everything `platctl capability show` tells about one capability: owner,
//! adoption, dependencies both ways, open deprecations and live exceptions
//! that name it, and its release-readiness checklist.

use super::adoption::{adoption, users, Adoption};
use super::adoption_by_team::{by_team, TeamAdoption};
use super::deprecation_status::{migration, DeprecationState};
use super::exception_status::{days_left, is_live};
use super::readiness::{readiness, Readiness};
use crate::catalog::Catalog;
use crate::lint::Diagnostic;
use crate::model::{Capability, ExceptionState, Lifecycle};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Owner {
    pub id: String,
    /// None when the team is not in the catalog.
    pub name: Option<String>,
    pub contact: Option<String>,
}

/// A capability on one side of a `depends_on` edge.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dependency {
    pub id: String,
    /// None when the id is not a known capability.
    pub lifecycle: Option<Lifecycle>,
}

/// An open deprecation that names the capability.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeprecationRef {
    pub id: String,
    /// `deprecated` (it goes away) or `replacement` (consumers move to it).
    pub role: &'static str,
    pub capability: String,
    pub interface: Option<String>,
    pub sunset: NaiveDate,
    pub days_to_sunset: i64,
    pub state: DeprecationState,
    pub progress: f64,
    pub remaining: usize,
}

/// A live exception (requested, open, expiring, expired) that waives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExceptionRef {
    pub id: String,
    pub title: String,
    pub team: String,
    pub service: Option<String>,
    pub state: ExceptionState,
    pub expires: NaiveDate,
    pub days_left: Option<i64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CapabilityDetail<'a> {
    pub capability: &'a Capability,
    pub owner: Owner,
    #[serde(serialize_with = "ser_adoption")]
    pub adoption: Adoption,
    /// Every active service that uses it (eligible or not), sorted.
    pub users: Vec<String>,
    pub adopters_by_team: Vec<TeamAdoption>,
    /// What it depends on, in the file's order.
    pub needs: Vec<Dependency>,
    /// Capabilities that depend on it, sorted by id.
    pub needed_by: Vec<Dependency>,
    pub deprecations: Vec<DeprecationRef>,
    pub exceptions: Vec<ExceptionRef>,
    pub readiness: Readiness,
}

/// The shared [`Adoption`] is plain data; its JSON is written here.
fn ser_adoption<S: serde::Serializer>(a: &Adoption, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut st = s.serialize_struct("Adoption", 4)?;
    st.serialize_field("adopters", &a.adopters)?;
    st.serialize_field("eligible", &a.eligible)?;
    st.serialize_field("ineligible_users", &a.ineligible_users)?;
    st.serialize_field("rate", &a.rate)?;
    st.end()
}

fn dep(cat: &Catalog, id: &str) -> Dependency {
    Dependency {
        id: id.to_string(),
        lifecycle: cat.capability(id).map(|c| c.lifecycle.value),
    }
}

/// The detail of `cap`; `diags` are the catalog's lint findings.
pub fn detail<'a>(
    cat: &Catalog,
    cap: &'a Capability,
    today: NaiveDate,
    diags: &[Diagnostic],
) -> CapabilityDetail<'a> {
    let id = cap.id.value.as_str();
    let team = cat.team(&cap.owner.value);
    let owner = Owner {
        id: cap.owner.value.clone(),
        name: team.map(|t| t.name.value.clone()),
        contact: team.and_then(|t| t.contact.clone()),
    };
    let needs = cap.depends_on.iter().map(|d| dep(cat, &d.value)).collect();
    let mut needed_by: Vec<Dependency> = cat
        .capabilities
        .iter()
        .filter(|c| c.depends_on.iter().any(|d| d.value == id))
        .map(|c| dep(cat, &c.id.value))
        .collect();
    needed_by.sort_by(|a, b| a.id.cmp(&b.id));
    needed_by.dedup();
    let mut deprecations: Vec<DeprecationRef> = cat
        .deprecations
        .iter()
        .filter(|d| d.is_open())
        .filter_map(|d| {
            let role = if d.capability.value == id {
                "deprecated"
            } else if d.replacement.as_ref().is_some_and(|r| r.value == id) {
                "replacement"
            } else {
                return None;
            };
            let m = migration(cat, d, today);
            Some(DeprecationRef {
                id: d.id.value.clone(),
                role,
                capability: d.capability.value.clone(),
                interface: d.interface.as_ref().map(|i| i.value.clone()),
                sunset: d.sunset.value,
                days_to_sunset: m.days_to_sunset,
                state: m.state,
                progress: m.progress,
                remaining: m.remaining,
            })
        })
        .collect();
    deprecations.sort_by(|a, b| a.id.cmp(&b.id));
    let warn = cat.config.policy.exception_warn_days;
    let mut exceptions: Vec<ExceptionRef> = cat
        .exceptions
        .iter()
        .filter(|e| e.waives_standard(id))
        .map(|e| (e, e.state(today, warn)))
        .filter(|(_, s)| is_live(*s))
        .map(|(e, state)| ExceptionRef {
            id: e.id.value.clone(),
            title: e.title.value.clone(),
            team: e.team.value.clone(),
            service: e.service.as_ref().map(|s| s.value.clone()),
            state,
            expires: e.expires.value,
            days_left: days_left(e, today),
        })
        .collect();
    exceptions.sort_by(|a, b| a.id.cmp(&b.id));
    CapabilityDetail {
        capability: cap,
        owner,
        adoption: adoption(cap, &cat.services),
        users: users(cap, &cat.services)
            .into_iter()
            .map(|s| s.id.value.clone())
            .collect(),
        adopters_by_team: by_team(cap, &cat.services),
        needs,
        needed_by,
        deprecations,
        exceptions,
        readiness: readiness(cat, cap, diags),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, date};

    #[test]
    fn both_directions_and_what_names_it() {
        let cap = |id: &str, life: &str, deps: &str| {
            (format!("capabilities/{id}.yaml"), format!("id: {id}\nname: N\nsummary: s\nowner: t\nlifecycle: {life}\ndepends_on: [{deps}]\n"))
        };
        let (a, b, c, old) = (
            cap("a", "ga", "b, ghost"),
            cap("b", "beta", ""),
            cap("c", "ga", "b"),
            cap("old", "deprecated", ""),
        );
        let dep_open = "id: old-sunset\ncapability: old\nreplacement: b\nannounced: 2026-01-01\nsunset: 2026-12-31\nstatus: migrating\nconsumers: []\n";
        let dep_done = "id: old-done\ncapability: b\nannounced: 2026-01-01\nsunset: 2026-06-30\nstatus: completed\nconsumers: []\n";
        let exc = |id: &str, status: &str, extra: &str| {
            (format!("exceptions/{id}.yaml"), format!("id: {id}\ntitle: T\nstandard: b\nteam: t\nreason: r\nrisk: low\nrequested: 2026-01-01\nstatus: {status}\n{extra}expires: 2027-01-31\n"))
        };
        let (e1, e2) = (
            exc(
                "EXC-000001",
                "approved",
                "approved_by: X\ngranted: 2026-09-01\n",
            ),
            exc("EXC-000002", "revoked", ""),
        );
        let cat = catalog(&[
            ("teams/t.yaml", "id: t\nname: Team T\ncontact: \"#t\"\n"),
            (&a.0, &a.1),
            (&b.0, &b.1),
            (&c.0, &c.1),
            (&old.0, &old.1),
            ("deprecations/old-sunset.yaml", dep_open),
            ("deprecations/old-done.yaml", dep_done),
            (&e1.0, &e1.1),
            (&e2.0, &e2.1),
        ]);
        let today = date("2026-12-01");
        let d = detail(&cat, cat.capability("b").expect("b"), today, &[]);
        assert_eq!(
            d.owner,
            Owner {
                id: "t".into(),
                name: Some("Team T".into()),
                contact: Some("#t".into())
            }
        );
        assert!(d.needs.is_empty());
        assert_eq!(
            d.needed_by
                .iter()
                .map(|x| x.id.as_str())
                .collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(d.deprecations.len(), 1);
        assert_eq!(
            (
                d.deprecations[0].id.as_str(),
                d.deprecations[0].role,
                d.deprecations[0].days_to_sunset
            ),
            ("old-sunset", "replacement", 30)
        );
        assert_eq!(
            d.exceptions
                .iter()
                .map(|e| (e.id.as_str(), e.days_left))
                .collect::<Vec<_>>(),
            [("EXC-000001", Some(61))]
        );
        let a = detail(&cat, cat.capability("a").expect("a"), today, &[]);
        assert_eq!(
            a.needs,
            [
                Dependency {
                    id: "b".into(),
                    lifecycle: Some(Lifecycle::Beta)
                },
                Dependency {
                    id: "ghost".into(),
                    lifecycle: None
                }
            ]
        );
        let o = detail(&cat, cat.capability("old").expect("old"), today, &[]);
        assert_eq!(o.deprecations[0].role, "deprecated");
    }
}
