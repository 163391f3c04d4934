//! Services: the platform's consumers, and the capabilities they adopt.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(ServiceStatus { Active = "active", Retired = "retired" });
mapping! {
    /// A capability a service has adopted, with details.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Use {
        /// The capability's id
        #[schemars(pattern(st::SLUG))]
        pub capability: Sp<String>,
        /// When the service adopted it
        #[serde(skip_serializing_if = "Option::is_none")]
        pub since: Option<NaiveDate>,
        /// The interface version in use, e.g. v2
        #[serde(skip_serializing_if = "Option::is_none")]
        pub version: Option<Sp<String>>,
        ;
    }
}

mapping! {
    /// A service: one of the platform's consumers, which adopts capabilities. One file per service in services/.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ServiceData {
        /// The service's id, e.g. payments-api
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The service's name
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The owning team's id
        #[schemars(pattern(st::SLUG))]
        pub team: Sp<String>,
        /// 1 is the most critical, 3 the least
        #[schemars(default = "df::tier", range(min = 1, max = 3))]
        pub tier: u8,
        /// A retired service no longer counts for adoption
        #[schemars(default = "df::service_status")]
        pub status: ServiceStatus,
        /// When the repository was created
        #[serde(skip_serializing_if = "Option::is_none")]
        pub created: Option<NaiveDate>,
        /// The first deploy to a non-production environment
        #[serde(skip_serializing_if = "Option::is_none")]
        pub first_deploy: Option<NaiveDate>,
        /// Capabilities adopted: an id, or a map with capability, since and version
        #[schemars(default, with = "Vec<st::UseEntry>")]
        pub uses: Vec<Use>,
        /// One line: what the service does
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// The product system it belongs to (a slug)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub system: Option<Sp<String>>,
        /// The service's own stage, a slug: production, experimental, ...
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub lifecycle: Option<Sp<String>>,
        /// Source repository URL (http, https or mailto)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::Url>")]
        pub repo: Option<Sp<String>>,
        /// Documentation URL (http, https or mailto)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::Url>")]
        pub docs: Option<Sp<String>>,
        /// Runbook URL (http, https or mailto)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::Url>")]
        pub runbook: Option<Sp<String>>,
        /// Where pages go, e.g. pagerduty:payments
        #[serde(skip_serializing_if = "Option::is_none")]
        pub oncall: Option<String>,
        /// Measured facts written by CI jobs, scanners or importers
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::FactMap")]
        pub facts: Facts,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
    }
}

/// A service as a catalog holds it: its fields shared by every catalog
/// made from the same parse of its file.
pub type Service = super::Shared<ServiceData>;

impl super::SchemaName for ServiceData {
    const NAME: &'static str = "Service";
}

impl Service {
    /// The keys of a service's mapping, in the format's order.
    pub const FIELDS: &'static [&'static str] = ServiceData::FIELDS;
}

impl ServiceData {
    /// A service with an id and a team only (tier 2, active): for tests.
    #[cfg(test)]
    pub(crate) fn bare(id: &str, team: &str) -> ServiceData {
        let sp = |s: &str| Sp::new(s.to_string(), Span::default());
        ServiceData {
            id: sp(id),
            name: None,
            team: sp(team),
            tier: 2,
            status: ServiceStatus::Active,
            created: None,
            first_deploy: None,
            uses: Vec::new(),
            description: None,
            system: None,
            lifecycle: None,
            repo: None,
            docs: None,
            runbook: None,
            oncall: None,
            facts: Facts::default(),
            labels: Labels::default(),
        }
    }

    pub fn is_active(&self) -> bool {
        self.status == ServiceStatus::Active
    }

    /// Each capability `uses` lists, once: its first listing, in the
    /// listed order (a service listing a capability twice adopts it once).
    pub fn distinct_uses(&self) -> impl Iterator<Item = &Use> + '_ {
        let cap = |i: usize| self.uses.get(i).map(|u| u.capability.value.as_str());
        // Few (as services list them): each compared with those before it.
        // Many (a file can list a hundred thousand): found by sorting, so
        // that the time stays n log n.
        const FEW: usize = 16;
        let firsts: Option<Vec<bool>> = (self.uses.len() > FEW).then(|| {
            let mut ix: Vec<usize> = (0..self.uses.len()).collect();
            ix.sort_by(|&a, &b| cap(a).cmp(&cap(b)).then(a.cmp(&b)));
            let mut first = vec![false; self.uses.len()];
            let mut before = None;
            for &i in &ix {
                if let Some(f) = first.get_mut(i) {
                    *f = before != Some(cap(i));
                }
                before = Some(cap(i));
            }
            first
        });
        self.uses.iter().enumerate().filter_map(move |(i, u)| {
            let first = match &firsts {
                Some(f) => f.get(i).copied().unwrap_or(false),
                None => !self.uses[..i]
                    .iter()
                    .any(|x| x.capability.value == u.capability.value),
            };
            first.then_some(u)
        })
    }

    pub fn use_of(&self, capability: &str) -> Option<&Use> {
        self.uses.iter().find(|u| u.capability.value == capability)
    }

    /// Uses the capability; with `interface`, only through that version.
    pub fn uses_thing(&self, capability: &str, interface: Option<&str>) -> bool {
        self.uses.iter().any(|u| {
            u.capability.value == capability
                && match interface {
                    None => true,
                    Some(v) => u.version.as_ref().is_some_and(|x| x.value == v),
                }
        })
    }
}

described!(Service, id);

#[cfg(test)]
mod tests {
    use super::*;

    fn service() -> Service {
        Service::new(ServiceData::bare("a", "t"), Meta::default())
    }

    /// A copy shares the fields and places itself on its own; a change to
    /// one copy's fields leaves the other as it was.
    #[test]
    fn a_copy_shares_its_fields_until_one_changes() {
        let a = service();
        let mut b = a.clone();
        b.meta.file = FileId(7);
        assert!(a.shares_fields_with(&b));
        assert_eq!(a.meta.file, FileId::default());
        b.tier = 1;
        assert!(!a.shares_fields_with(&b));
        assert_eq!((a.tier, b.tier), (2, 1));
        assert_eq!(a.id.value, b.id.value);
    }

    /// Each capability once, at its first listing, in the listed order: the
    /// same whether few (compared one by one) or many (sorted).
    #[test]
    fn distinct_uses_keeps_each_capabilitys_first_listing() {
        let with = |caps: &[String]| {
            let mut d = ServiceData::bare("a", "t");
            d.uses = caps
                .iter()
                .enumerate()
                .map(|(i, c)| Use {
                    capability: Sp::new(c.clone(), Span::default()),
                    since: None,
                    version: Some(Sp::new(format!("v{i}"), Span::default())),
                })
                .collect();
            d
        };
        let got = |d: &ServiceData| -> Vec<(String, String)> {
            d.distinct_uses()
                .map(|u| {
                    let v = u
                        .version
                        .as_ref()
                        .map_or(String::new(), |v| v.value.clone());
                    (u.capability.value.clone(), v)
                })
                .collect()
        };
        let few: Vec<String> = ["b", "a", "b", "c", "a"].map(String::from).to_vec();
        assert_eq!(
            got(&with(&few)),
            [("b", "v0"), ("a", "v1"), ("c", "v3")].map(|(c, v)| (c.to_string(), v.to_string()))
        );
        // Forty listings of thirteen capabilities, past the few compared
        // one by one: the first of each, in order.
        let many: Vec<String> = (0..40).map(|i| format!("c{:02}", (i * 7) % 13)).collect();
        let want: Vec<(String, String)> = many
            .iter()
            .enumerate()
            .filter(|(i, c)| !many[..*i].contains(c))
            .map(|(i, c)| (c.clone(), format!("v{i}")))
            .collect();
        assert_eq!(want.len(), 13);
        assert_eq!(got(&with(&many)), want);
    }

    /// Written and described as its fields, under its own name.
    #[test]
    fn serializes_and_describes_as_its_fields() {
        let s = service();
        assert_eq!(
            serde_json::to_value(&s).ok(),
            serde_json::to_value(&*s).ok()
        );
        assert_eq!(Service::schema_name(), "Service");
        let mut g = schemars::SchemaGenerator::default();
        let mut h = schemars::SchemaGenerator::default();
        assert_eq!(
            Service::json_schema(&mut g),
            ServiceData::json_schema(&mut h)
        );
    }
}
