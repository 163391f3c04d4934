//! The entity kinds of a catalog, as FORMAT.md describes them.

use super::schema_types::{self as st, defaults as df};
use super::{str_enum, FileId, Period, Quarter, Sp, Span};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where an entity was read: its file and the start of its mapping.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Meta {
    pub file: FileId,
    pub span: Span,
    /// A field held an invalid value (reported as `schema`) and reads as
    /// absent: rules about missing fields do not judge this entity.
    pub partial: bool,
}

pub type Labels = BTreeMap<String, String>;
/// A service's `facts`: key to value, in key order.
pub type Facts = BTreeMap<String, Fact>;

/// One measured fact: text (a date stays text, `YYYY-MM-DD`), a number or a boolean.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}
pub type Id = Sp<String>;

str_enum!(TeamType { Platform = "platform", Product = "product", Data = "data", Security = "security", Sre = "sre", Other = "other" });
str_enum!(ServiceStatus { Active = "active", Retired = "retired" });
str_enum!(Lifecycle { Proposed = "proposed", Experimental = "experimental", Beta = "beta", Ga = "ga", Deprecated = "deprecated", Retired = "retired" });
str_enum!(InterfaceKind { Api = "api", Cli = "cli", Library = "library", Template = "template", Event = "event", Ui = "ui", Workflow = "workflow", Other = "other" });
str_enum!(SupportHours { Business = "business", AllDay = "24x7" });
str_enum!(Commitment { Committed = "committed", Stretch = "stretch" });
str_enum!(ItemStatus { Planned = "planned", InProgress = "in-progress", AtRisk = "at-risk", Delivered = "delivered", Slipped = "slipped", Dropped = "dropped" });
str_enum!(DeprecationStatus { Announced = "announced", Migrating = "migrating", Completed = "completed", Cancelled = "cancelled" });
str_enum!(ConsumerStatus { Pending = "pending", InProgress = "in-progress", Migrated = "migrated", Exempt = "exempt" });
str_enum!(Risk { Low = "low", Medium = "medium", High = "high" });
str_enum!(ExceptionStatus { Requested = "requested", Approved = "approved", Rejected = "rejected", Revoked = "revoked" });
str_enum!(IntakeType { Capability = "capability", Enhancement = "enhancement", Onboarding = "onboarding", Support = "support", Docs = "docs", Bug = "bug", Other = "other" });
str_enum!(Urgency { Low = "low", Medium = "medium", High = "high", Critical = "critical" });
str_enum!(IntakeStatus { New = "new", Triaged = "triaged", Accepted = "accepted", Declined = "declined", Duplicate = "duplicate", Done = "done" });
str_enum!(Route { Backlog = "backlog", Support = "support", Docs = "docs", Custom = "custom" });
str_enum!(SurveyKind { Nps = "nps", Csat = "csat", Alignment = "alignment" });

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

impl SurveyKind {
    /// The inclusive range of a valid score.
    pub fn scale(self) -> (f64, f64) {
        match self {
            SurveyKind::Nps => (0.0, 10.0),
            SurveyKind::Csat | SurveyKind::Alignment => (1.0, 5.0),
        }
    }
}

/// A team: who owns capabilities and roadmap items, and who consumes them. One file per team in teams/.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Team {
    /// The team's id, e.g. team-devex; other files point at it
    #[schemars(pattern(st::SLUG))]
    pub id: Id,
    /// The team's name, as people say it
    pub name: Sp<String>,
    /// What kind of team it is
    #[serde(rename = "type")]
    #[schemars(default = "df::team_type")]
    pub kind: TeamType,
    /// A channel or address to reach the team, e.g. "#devex"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The team above this one (its group), for roll-ups; no cycles
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub parent: Option<Sp<String>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

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
}

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
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
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
}

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
}

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
}

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
}

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
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    /// Top-level keys as written, for `policy.ga_requires`.
    #[serde(skip)]
    pub keys: Vec<String>,
    #[serde(skip)]
    pub meta: Meta,
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

/// A theme of a quarter's roadmap.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Theme {
    /// The theme's id, unique within its file
    #[schemars(pattern(st::SLUG))]
    pub id: Id,
    /// The theme's name (default: its id)
    #[schemars(with = "Option<String>")]
    pub name: Sp<String>,
    /// The outcome the theme aims at
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// A roadmap item.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Item {
    /// The item's id, unique across all quarters
    #[schemars(pattern(st::SLUG))]
    pub id: Id,
    /// What will be delivered
    pub title: Sp<String>,
    /// A theme id of the same file
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub theme: Option<Sp<String>>,
    /// The owning team's id
    #[schemars(pattern(st::SLUG))]
    pub owner: Sp<String>,
    /// The capability it builds or changes
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub capability: Option<Sp<String>>,
    /// Committed items count for predictability; stretch items do not
    #[schemars(default = "df::commitment")]
    pub commitment: Sp<Commitment>,
    /// Where the item stands
    pub status: Sp<ItemStatus>,
    /// Person-weeks, above 0
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub effort: Option<f64>,
    /// Roadmap item ids (any quarter) it depends on
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default, inner(pattern(st::SLUG)))]
    pub depends_on: Vec<Sp<String>>,
    /// Intake request ids it answers
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(default, inner(pattern(st::INTAKE_ID)))]
    pub intake: Vec<Sp<String>>,
    /// The KPI it should move
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<st::KpiRef>")]
    pub kpi: Option<Sp<String>>,
    /// A measurable outcome
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The delivery date: required when delivered, forbidden otherwise
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered: Option<Sp<NaiveDate>>,
    /// The quarter it slipped to (only when slipped)
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_quarter_opt"
    )]
    #[schemars(with = "Option<st::QuarterText>")]
    pub slipped_to: Option<Sp<Quarter>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

impl Item {
    pub fn is_committed(&self) -> bool {
        self.commitment.value == Commitment::Committed
    }
}

/// A quarter of the roadmap: its themes and items. One file per quarter in roadmap/, named after it.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RoadmapQuarter {
    /// The quarter, YYYY-Qn; the file is named after it
    #[serde(serialize_with = "ser_quarter")]
    #[schemars(with = "st::QuarterText")]
    pub quarter: Sp<Quarter>,
    /// Themes (ids unique within the file)
    #[schemars(default)]
    pub themes: Vec<Theme>,
    /// Roadmap items
    #[schemars(default)]
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

/// A service that must move off a deprecated capability.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Consumer {
    /// The service's id
    #[schemars(pattern(st::SLUG))]
    pub service: Sp<String>,
    /// How far its migration is
    #[schemars(default = "df::consumer_status")]
    pub status: Sp<ConsumerStatus>,
    /// The exception that exempts it (required when exempt)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::EXCEPTION_ID))]
    pub exception: Option<Sp<String>>,
    #[serde(skip)]
    pub span: Span,
}

/// A deprecation: a sunset with migration progress. One file per deprecation in deprecations/.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Deprecation {
    /// The deprecation's id
    #[schemars(pattern(st::SLUG))]
    pub id: Id,
    /// The capability that goes away
    #[schemars(pattern(st::SLUG))]
    pub capability: Sp<String>,
    /// Only this interface version goes away
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interface: Option<Sp<String>>,
    /// The capability to move to
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub replacement: Option<Sp<String>>,
    /// When it was announced
    pub announced: Sp<NaiveDate>,
    /// The day after which it is gone
    pub sunset: Sp<NaiveDate>,
    /// Where the deprecation stands
    #[schemars(default = "df::deprecation_status")]
    pub status: Sp<DeprecationStatus>,
    /// Migration guide URL (http, https or mailto)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<st::Url>")]
    pub migration_guide: Option<String>,
    /// Who must move, captured when announced
    #[schemars(default)]
    pub consumers: Vec<Consumer>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

impl Deprecation {
    pub fn is_open(&self) -> bool {
        matches!(
            self.status.value,
            DeprecationStatus::Announced | DeprecationStatus::Migrating
        )
    }
    pub fn count(&self, status: ConsumerStatus) -> usize {
        self.consumers
            .iter()
            .filter(|c| c.status.value == status)
            .count()
    }
    /// Consumers still to move: pending and in progress.
    pub fn remaining(&self) -> usize {
        self.count(ConsumerStatus::Pending) + self.count(ConsumerStatus::InProgress)
    }
    /// migrated / (consumers - exempt); 1.0 when nobody has to move.
    pub fn progress(&self) -> f64 {
        let denom = self.consumers.len() - self.count(ConsumerStatus::Exempt);
        if denom == 0 {
            1.0
        } else {
            self.count(ConsumerStatus::Migrated) as f64 / denom as f64
        }
    }
}

/// An exception: a time-bound waiver from a platform standard or a scorecard rule. One file per exception in exceptions/.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["standard"]}, {"required": ["rule"]}]))]
pub struct Exception {
    /// The exception's id, allocated by platctl: EXC- and six characters
    #[schemars(pattern(st::EXCEPTION_ID))]
    pub id: Id,
    /// What is waived, in one line
    pub title: Sp<String>,
    /// The capability (standard) waived; exactly one of `standard` and `rule`
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub standard: Option<Sp<String>>,
    /// The scorecard rule waived, `scorecard-id/rule-id`; exactly one of `standard` and `rule`
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::RULE_REF))]
    pub rule: Option<Sp<String>>,
    /// The capability exempted from the rule, for a scorecard of capabilities
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub capability: Option<Sp<String>>,
    /// The team that asked
    #[schemars(pattern(st::SLUG))]
    pub team: Sp<String>,
    /// The service concerned
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub service: Option<Sp<String>>,
    /// Why the waiver is needed
    pub reason: String,
    /// The risk accepted
    pub risk: Risk,
    /// What reduces the risk meanwhile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compensating_controls: Option<String>,
    /// When it was requested
    pub requested: Sp<NaiveDate>,
    /// The decision
    #[schemars(default = "df::exception_status")]
    pub status: Sp<ExceptionStatus>,
    /// Who approved it (required when approved)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<Sp<String>>,
    /// When it was granted (required when approved)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<Sp<NaiveDate>>,
    /// When it ends: every exception ends
    pub expires: Sp<NaiveDate>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

// An exception's state on a given day (never written into the file).
str_enum!(ExceptionState { Requested = "requested", Open = "open", Expiring = "expiring", Expired = "expired", Rejected = "rejected", Revoked = "revoked" });

impl Exception {
    /// The capability standard it waives, if it waives one (not a scorecard rule).
    pub fn standard_id(&self) -> Option<&str> {
        self.standard.as_ref().map(|s| s.value.as_str())
    }

    /// Whether it waives this capability standard.
    pub fn waives_standard(&self, capability: &str) -> bool {
        self.standard_id() == Some(capability)
    }

    /// What it waives, as written: the capability id or `scorecard/rule`.
    pub fn waived(&self) -> &str {
        self.standard
            .as_ref()
            .or(self.rule.as_ref())
            .map_or("", |s| s.value.as_str())
    }

    /// Open on day `d`: approved and granted <= d <= expires.
    pub fn is_open_on(&self, d: NaiveDate) -> bool {
        self.status.value == ExceptionStatus::Approved
            && self.granted.as_ref().is_none_or(|g| g.value <= d)
            && d <= self.expires.value
    }

    pub fn state(&self, today: NaiveDate, warn_days: i64) -> ExceptionState {
        match self.status.value {
            ExceptionStatus::Requested => ExceptionState::Requested,
            ExceptionStatus::Rejected => ExceptionState::Rejected,
            ExceptionStatus::Revoked => ExceptionState::Revoked,
            ExceptionStatus::Approved => {
                let left = (self.expires.value - today).num_days();
                if left < 0 {
                    ExceptionState::Expired
                } else if left <= warn_days {
                    ExceptionState::Expiring
                } else {
                    ExceptionState::Open
                }
            }
        }
    }
}

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
}

impl super::Placeholder for Requester {
    fn placeholder(high: bool) -> Option<Self> {
        Some(Requester {
            team: super::Placeholder::placeholder(high)?,
            contact: None,
        })
    }
}

/// An intake request from a product team. One file per request in intake/ (subdirectories allowed).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Intake {
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
    #[serde(rename = "type")]
    #[schemars(default = "df::intake_type")]
    pub kind: IntakeType,
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
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

/// Impact choices, as FORMAT.md lists them.
pub const IMPACTS: &[f64] = &[0.25, 0.5, 1.0, 2.0, 3.0];

impl Intake {
    /// RICE = reach × impact × confidence ÷ effort; none without effort.
    pub fn rice(&self) -> Option<f64> {
        self.effort
            .filter(|e| *e > 0.0)
            .map(|e| f64::from(self.reach) * self.impact * self.confidence / e)
    }
}

/// One observed value.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Point {
    /// A quarter or a month
    #[serde(serialize_with = "ser_period")]
    #[schemars(with = "st::PeriodText")]
    pub period: Sp<Period>,
    /// The value observed
    pub value: f64,
}

/// A series of observed KPI values that only outside systems know. Files in metrics/.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Metric {
    /// The KPI id
    #[schemars(with = "st::KpiRef")]
    pub kpi: Sp<String>,
    /// The capability the series is about (at most one of capability and service)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub capability: Option<Sp<String>>,
    /// The service the series is about (at most one of capability and service)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub service: Option<Sp<String>>,
    /// The observed values; a (kpi, capability, service, period) appears once in the catalog
    pub points: Vec<Point>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

impl Metric {
    /// Neither capability nor service: the series that gives the KPI its value.
    pub fn is_unscoped(&self) -> bool {
        self.capability.is_none() && self.service.is_none()
    }
}

/// Raw survey responses (NPS, CSAT, stakeholder alignment). Files in surveys/.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Survey {
    /// The survey's id
    #[schemars(pattern(st::SLUG))]
    pub id: Id,
    /// nps scores 0..10; csat and alignment 1..5
    pub kind: SurveyKind,
    /// A quarter or a month
    #[serde(serialize_with = "ser_period")]
    #[schemars(with = "st::PeriodText")]
    pub period: Sp<Period>,
    /// The capability the survey is about
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(st::SLUG))]
    pub capability: Option<Sp<String>>,
    /// Raw scores, at least one
    #[schemars(length(min = 1))]
    pub responses: Vec<Sp<f64>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(default, with = "st::LabelMap")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

fn ser_quarter<S: serde::Serializer>(q: &Sp<Quarter>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&q.value)
}
fn ser_quarter_opt<S: serde::Serializer>(q: &Option<Sp<Quarter>>, s: S) -> Result<S::Ok, S::Error> {
    match q {
        Some(q) => s.collect_str(&q.value),
        None => s.serialize_none(),
    }
}
fn ser_period<S: serde::Serializer>(p: &Sp<Period>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&p.value)
}
