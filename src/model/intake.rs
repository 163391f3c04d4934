//! Intake requests from product teams, and their RICE inputs.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(IntakeType { Capability = "capability", Enhancement = "enhancement", Onboarding = "onboarding", Support = "support", Docs = "docs", Bug = "bug", Other = "other" });
str_enum!(Urgency { Low = "low", Medium = "medium", High = "high", Critical = "critical" });
str_enum!(IntakeStatus { New = "new", Triaged = "triaged", Accepted = "accepted", Declined = "declined", Duplicate = "duplicate", Done = "done" });
str_enum!(Route { Backlog = "backlog", Support = "support", Docs = "docs", Custom = "custom" });
impl IntakeStatus {
    /// Done, declined and duplicate close a request: they need `resolved`.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            IntakeStatus::Done | IntakeStatus::Declined | IntakeStatus::Duplicate
        )
    }
}

impl Urgency {
    pub fn rank(self) -> u8 {
        match self {
            Urgency::Low => 0,
            Urgency::Medium => 1,
            Urgency::High => 2,
            Urgency::Critical => 3,
        }
    }
}

mapping! {
    /// Who asks.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Requester {
        /// The asking team's id
        #[schemars(pattern(st::SLUG))]
        pub team: Sp<String>,
        /// A person or channel to ask back
        #[serde(skip_serializing_if = "Option::is_none")]
        pub contact: Option<String>,
        ;
    }
}

impl super::Placeholder for Requester {
    fn placeholder(high: bool) -> Option<Self> {
        Some(Requester {
            team: super::Placeholder::placeholder(high)?,
            contact: None,
        })
    }
}

mapping! {
    /// An intake request from a product team. One file per request in intake/ (subdirectories allowed).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct IntakeData {
        /// The request's id, allocated by platctl: INT- and six characters
        #[schemars(pattern(st::INTAKE_ID))]
        pub id: Id,
        /// What is asked, in one line
        pub title: Sp<String>,
        /// Who asks
        pub requester: Requester,
        /// When it was filed
        pub created: Sp<NaiveDate>,
        /// What kind of request it is
        #[schemars(default = "df::intake_type")]
        pub kind as "type": IntakeType,
        /// The problem, not the solution
        pub problem: Sp<String>,
        /// The outcome wanted
        #[serde(skip_serializing_if = "Option::is_none")]
        pub outcome: Option<String>,
        /// How urgent it is
        #[schemars(default = "df::urgency")]
        pub urgency: Urgency,
        /// RICE reach: teams affected, at least 1
        #[schemars(default = "df::reach", range(min = 1))]
        pub reach: u32,
        /// RICE impact
        #[schemars(default = "df::impact", with = "st::Impact")]
        pub impact: f64,
        /// RICE confidence, above 0 and at most 1
        #[schemars(default = "df::confidence", range(max = 1), extend("exclusiveMinimum" = 0))]
        pub confidence: f64,
        /// RICE effort: person-weeks, above 0
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(extend("exclusiveMinimum" = 0))]
        pub effort: Option<f64>,
        /// The capability it relates to
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub capability: Option<Sp<String>>,
        /// Where the request stands
        #[schemars(default = "df::intake_status")]
        pub status: Sp<IntakeStatus>,
        /// Where it was routed (required unless new)
        #[serde(skip_serializing_if = "Option::is_none")]
        pub route: Option<Sp<Route>>,
        /// The request it duplicates (required when duplicate)
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::INTAKE_ID))]
        pub duplicate_of: Option<Sp<String>>,
        /// The roadmap item that answers it
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub roadmap_item: Option<Sp<String>>,
        /// When it was triaged (required unless new)
        #[serde(skip_serializing_if = "Option::is_none")]
        pub triaged: Option<Sp<NaiveDate>>,
        /// When it was closed (required when done, declined or duplicate)
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resolved: Option<Sp<NaiveDate>>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
    }
}

/// An intake request as a catalog holds it: its fields shared by every
/// catalog made from the same parse of its file.
pub type Intake = Shared<IntakeData>;

impl SchemaName for IntakeData {
    const NAME: &'static str = "Intake";
}

/// Impact choices, as docs/format.md lists them.
pub const IMPACTS: &[f64] = &[0.25, 0.5, 1.0, 2.0, 3.0];

impl Intake {
    /// The keys of a request's mapping, in the format's order.
    pub const FIELDS: &'static [&'static str] = IntakeData::FIELDS;
}

impl IntakeData {
    /// RICE = reach × impact × confidence ÷ effort; none without effort.
    pub fn rice(&self) -> Option<f64> {
        self.effort
            .filter(|e| *e > 0.0)
            .map(|e| f64::from(self.reach) * self.impact * self.confidence / e)
    }
}

described!(Intake, id);
