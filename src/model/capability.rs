//! Capabilities: what the platform offers, with owners, lifecycle and SLOs.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(Lifecycle { Proposed = "proposed", Experimental = "experimental", Beta = "beta", Ga = "ga", Deprecated = "deprecated", Retired = "retired" });
str_enum!(InterfaceKind { Api = "api", Cli = "cli", Library = "library", Template = "template", Event = "event", Ui = "ui", Workflow = "workflow", Other = "other" });
str_enum!(SupportHours { Business = "business", AllDay = "24x7" });
mapping! {
    /// Which services should adopt a capability; every list given must match.
    #[derive(Clone, Debug, Default, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Eligible {
        /// Service tiers (1..3) that should adopt it
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(inner(range(min = 1, max = 3)))]
        pub tiers: Option<Vec<u8>>,
        /// Team ids whose services should adopt it
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(inner(pattern(st::SLUG)))]
        pub teams: Option<Vec<Sp<String>>>,
        ;
    }
}

mapping! {
    /// One way to use a capability.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Interface {
        /// The interface's name, e.g. reusable-workflows
        pub name: String,
        /// What kind of interface it is
        #[schemars(default = "df::interface_kind")]
        pub kind: InterfaceKind,
        /// The current version, e.g. v2
        #[serde(skip_serializing_if = "Option::is_none")]
        pub version: Option<String>,
        ;
    }
}

mapping! {
    /// Service-level objectives.
    #[derive(Clone, Debug, Default, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Slo {
        /// Availability target, in percent
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(range(min = 0, max = 100))]
        pub availability: Option<f64>,
        /// 99th-percentile latency target, in milliseconds (above 0)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(extend("exclusiveMinimum" = 0))]
        pub latency_p99_ms: Option<f64>,
        ;
    }
}

mapping! {
    /// How consumers get help.
    #[derive(Clone, Debug, Default, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Support {
        /// Where to ask, e.g. "#devex-help"
        #[serde(skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// When support answers
        #[serde(skip_serializing_if = "Option::is_none")]
        pub hours: Option<SupportHours>,
        /// Where to escalate, e.g. pagerduty:devex
        #[serde(skip_serializing_if = "Option::is_none")]
        pub escalation: Option<String>,
        ;
    }
}

mapping! {
    /// A capability: what the platform offers. One file per capability in capabilities/.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Capability {
        /// The capability's id, e.g. ci-pipelines
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The capability's name
        pub name: Sp<String>,
        /// One line: what it gives its users
        pub summary: Sp<String>,
        /// The owning team's id
        #[schemars(pattern(st::SLUG))]
        pub owner: Sp<String>,
        /// Where it stands in its lifecycle
        pub lifecycle: Sp<Lifecycle>,
        /// A category slug: delivery, runtime, identity, data, observability, security, ...
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub category: Option<String>,
        /// Part of the paved road
        #[schemars(default)]
        pub golden_path: bool,
        /// A required security or compliance control
        #[schemars(default)]
        pub control: bool,
        /// Which services should adopt it (default: every active service)
        #[serde(skip_serializing_if = "Option::is_none")]
        pub eligible: Option<Eligible>,
        /// The ways to use it
        #[serde(skip_serializing_if = "Vec::is_empty")]
        #[schemars(default)]
        pub interfaces: Vec<Interface>,
        /// Capability ids it depends on
        #[serde(skip_serializing_if = "Vec::is_empty")]
        #[schemars(default, inner(pattern(st::SLUG)))]
        pub depends_on: Vec<Sp<String>>,
        /// Service-level objectives
        #[serde(skip_serializing_if = "Option::is_none")]
        pub slo: Option<Slo>,
        /// How consumers get help
        #[serde(skip_serializing_if = "Option::is_none")]
        pub support: Option<Support>,
        /// Documentation URL (http, https or mailto)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::Url>")]
        pub docs: Option<String>,
        /// Runbook URL (http, https or mailto)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::Url>")]
        pub runbook: Option<String>,
        /// Date of the last security review
        #[serde(skip_serializing_if = "Option::is_none")]
        pub security_review: Option<NaiveDate>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        /// Top-level keys as written, for `policy.ga_requires`.
        #[serde(skip)]
        pub keys: Vec<String>,
        #[serde(skip)]
        pub meta: Meta,
    }
}

/// Fields `policy.ga_requires` may name.
pub const GA_REQUIRABLE: &[&str] = &[
    "category",
    "docs",
    "runbook",
    "slo",
    "support",
    "interfaces",
    "security_review",
    "eligible",
];

impl Capability {
    /// Whether an optional field that the readiness policy can require is set.
    pub fn has_field(&self, field: &str) -> bool {
        match field {
            "docs" => self.docs.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "runbook" => self
                .runbook
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty()),
            "slo" => self
                .slo
                .as_ref()
                .is_some_and(|s| s.availability.is_some() || s.latency_p99_ms.is_some()),
            "support" => self
                .support
                .as_ref()
                .is_some_and(|s| s.channel.is_some() || s.escalation.is_some()),
            "category" => self.category.is_some(),
            "interfaces" => !self.interfaces.is_empty(),
            "security_review" => self.security_review.is_some(),
            "eligible" => self.eligible.is_some(),
            other => self.keys.iter().any(|k| k == other),
        }
    }

    pub fn is_eligible(&self, s: &Service) -> bool {
        if !s.is_active() {
            return false;
        }
        match &self.eligible {
            None => true,
            Some(e) => {
                e.tiers.as_ref().is_none_or(|t| t.contains(&s.tier))
                    && e.teams
                        .as_ref()
                        .is_none_or(|t| t.iter().any(|x| x.value == s.team.value))
            }
        }
    }
}

described!(Capability, id);
