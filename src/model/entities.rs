//! The entity kinds of a catalog, as FORMAT.md describes them.

use super::{str_enum, FileId, Period, Quarter, Sp, Span};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where an entity was read: its file and the start of its mapping.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Meta {
    pub file: FileId,
    pub span: Span,
}

pub type Labels = BTreeMap<String, String>;
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
        matches!(self, IntakeStatus::Done | IntakeStatus::Declined | IntakeStatus::Duplicate)
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

#[derive(Clone, Debug, Serialize)]
pub struct Team {
    pub id: Id,
    pub name: Sp<String>,
    #[serde(rename = "type")]
    pub kind: TeamType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

#[derive(Clone, Debug, Serialize)]
pub struct Use {
    pub capability: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<Sp<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Service {
    pub id: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub team: Sp<String>,
    pub tier: u8,
    pub status: ServiceStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_deploy: Option<NaiveDate>,
    pub uses: Vec<Use>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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

#[derive(Clone, Debug, Default, Serialize)]
pub struct Eligible {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<u8>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<Sp<String>>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Interface {
    pub name: String,
    pub kind: InterfaceKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Slo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latency_p99_ms: Option<f64>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Support {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<SupportHours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub escalation: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Capability {
    pub id: Id,
    pub name: Sp<String>,
    pub summary: Sp<String>,
    pub owner: Sp<String>,
    pub lifecycle: Sp<Lifecycle>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub golden_path: bool,
    pub control: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Eligible>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub interfaces: Vec<Interface>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slo: Option<Slo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support: Option<Support>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runbook: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_review: Option<NaiveDate>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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
            "runbook" => self.runbook.as_deref().is_some_and(|s| !s.trim().is_empty()),
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

#[derive(Clone, Debug, Serialize)]
pub struct Theme {
    pub id: Id,
    pub name: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Item {
    pub id: Id,
    pub title: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<Sp<String>>,
    pub owner: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capability: Option<Sp<String>>,
    pub commitment: Sp<Commitment>,
    pub status: Sp<ItemStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Sp<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub intake: Vec<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kpi: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_quarter_opt")]
    pub slipped_to: Option<Sp<Quarter>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

impl Item {
    pub fn is_committed(&self) -> bool {
        self.commitment.value == Commitment::Committed
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RoadmapQuarter {
    #[serde(serialize_with = "ser_quarter")]
    pub quarter: Sp<Quarter>,
    pub themes: Vec<Theme>,
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

#[derive(Clone, Debug, Serialize)]
pub struct Consumer {
    pub service: Sp<String>,
    pub status: Sp<ConsumerStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<Sp<String>>,
    #[serde(skip)]
    pub span: Span,
}

#[derive(Clone, Debug, Serialize)]
pub struct Deprecation {
    pub id: Id,
    pub capability: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interface: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<Sp<String>>,
    pub announced: Sp<NaiveDate>,
    pub sunset: Sp<NaiveDate>,
    pub status: Sp<DeprecationStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub migration_guide: Option<String>,
    pub consumers: Vec<Consumer>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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

#[derive(Clone, Debug, Serialize)]
pub struct Exception {
    pub id: Id,
    pub title: Sp<String>,
    pub standard: Sp<String>,
    pub team: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Sp<String>>,
    pub reason: String,
    pub risk: Risk,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compensating_controls: Option<String>,
    pub requested: Sp<NaiveDate>,
    pub status: Sp<ExceptionStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<Sp<NaiveDate>>,
    pub expires: Sp<NaiveDate>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

// An exception's state on a given day (never written into the file).
str_enum!(ExceptionState { Requested = "requested", Open = "open", Expiring = "expiring", Expired = "expired", Rejected = "rejected", Revoked = "revoked" });

impl Exception {
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

#[derive(Clone, Debug, Serialize)]
pub struct Requester {
    pub team: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Intake {
    pub id: Id,
    pub title: Sp<String>,
    pub requester: Requester,
    pub created: Sp<NaiveDate>,
    #[serde(rename = "type")]
    pub kind: IntakeType,
    pub problem: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    pub urgency: Urgency,
    pub reach: u32,
    pub impact: f64,
    pub confidence: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capability: Option<Sp<String>>,
    pub status: Sp<IntakeStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Sp<Route>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roadmap_item: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triaged: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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

#[derive(Clone, Debug, Serialize)]
pub struct Point {
    #[serde(serialize_with = "ser_period")]
    pub period: Sp<Period>,
    pub value: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Metric {
    pub kpi: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capability: Option<Sp<String>>,
    pub points: Vec<Point>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: Labels,
    #[serde(skip)]
    pub meta: Meta,
}

#[derive(Clone, Debug, Serialize)]
pub struct Survey {
    pub id: Id,
    pub kind: SurveyKind,
    #[serde(serialize_with = "ser_period")]
    pub period: Sp<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capability: Option<Sp<String>>,
    pub responses: Vec<Sp<f64>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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
