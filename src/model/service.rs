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
    pub struct Service {
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
        #[serde(skip)]
        pub meta: Meta,
    }
}

impl Service {
    pub fn is_active(&self) -> bool {
        self.status == ServiceStatus::Active
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
