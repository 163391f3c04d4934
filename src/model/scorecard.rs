//! Scorecards (levels of rules written in CEL) and campaigns (a time-boxed
//! push on some of a scorecard's rules). One file per entity in
//! `scorecards/` and `campaigns/`.

use super::schema_types::{self as st};
use super::{described, mapping, str_enum, Id, Labels, Meta, Sp};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(Subject { Service = "service", Capability = "capability", Team = "team" });
str_enum!(UnknownPolicy { Block = "block", Ignore = "ignore" });
str_enum!(CampaignStatus { Draft = "draft", Active = "active", Done = "done", Cancelled = "cancelled" });

mapping! {
    /// The goal of a scorecard: a share of its entities at a level or above.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Target {
        /// The level to reach (one of `levels`)
        #[schemars(pattern(st::SLUG))]
        pub level: Sp<String>,
        /// The share of scored entities at that level or above, 0..1
        #[schemars(range(min = 0.0, max = 1.0))]
        pub share: f64,
        ;
    }
}

mapping! {
    /// One rule of a scorecard.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ScoreRule {
        /// The rule's id, unique within the scorecard
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// What the rule checks, for people; default the id
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The level the rule belongs to (one of the scorecard's `levels`)
        #[schemars(pattern(st::SLUG))]
        pub level: Sp<String>,
        /// A free grouping, e.g. operability or security
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub category: Option<Sp<String>>,
        /// A CEL expression that gives true when the entity passes
        pub expr: Sp<String>,
        /// A CEL expression: when false, the rule is skipped for the entity
        #[serde(skip_serializing_if = "Option::is_none")]
        pub applies_when: Option<Sp<String>>,
        /// The rule's weight in the score (a whole number, at least 1)
        #[schemars(default = "default_weight", range(min = 1))]
        pub weight: u32,
        /// Shown before this date, counted from it
        #[serde(skip_serializing_if = "Option::is_none")]
        pub enable_on: Option<Sp<NaiveDate>>,
        /// How to fix a failure, shown next to it
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fix: Option<String>,
        ;
        #[serde(skip)]
        pub meta: Meta,
    }
}

fn default_weight() -> u32 {
    1
}

impl ScoreRule {
    /// The rule's name for people.
    pub fn title(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id.value)
    }
}

mapping! {
    /// A scorecard: what "good" looks like for a kind of entity, as ordered levels of rules. One file per scorecard in scorecards/.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Scorecard {
        /// The scorecard's id, e.g. production-readiness
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The scorecard's name
        pub name: Sp<String>,
        /// What the scorecard is for
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// The team to ask about a rule
        #[schemars(pattern(st::SLUG))]
        pub owner: Sp<String>,
        /// The kind of entity scored
        pub applies_to: Subject,
        /// A CEL expression: which entities are scored (default all)
        #[serde(skip_serializing_if = "Option::is_none")]
        pub when: Option<Sp<String>>,
        /// The levels, lowest first
        #[schemars(length(min = 1), inner(pattern(st::SLUG)))]
        pub levels: Vec<Sp<String>>,
        /// Whether a rule without data (an absent metric or fact) blocks a level or is not counted
        #[schemars(default = "default_unknown")]
        pub unknown: UnknownPolicy,
        /// The goal, and the KPI `scorecard-<id>` it makes
        #[serde(skip_serializing_if = "Option::is_none")]
        pub target: Option<Target>,
        /// The rules
        pub rules: Vec<ScoreRule>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

fn default_unknown() -> UnknownPolicy {
    UnknownPolicy::Block
}

impl Scorecard {
    /// The rank of a level (0 = the first), if it is one.
    pub fn level_rank(&self, level: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.value == level)
    }

    pub fn rule(&self, id: &str) -> Option<&ScoreRule> {
        self.rules.iter().find(|r| r.id.value == id)
    }
}

mapping! {
    /// A campaign: a time-boxed push to get entities to pass some rules of a scorecard. One file per campaign in campaigns/.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Campaign {
        /// The campaign's id, e.g. sso-everywhere
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The campaign's name
        pub name: Sp<String>,
        /// The team running it
        #[schemars(pattern(st::SLUG))]
        pub owner: Sp<String>,
        /// The scorecard whose rules it pushes
        #[schemars(pattern(st::SLUG))]
        pub scorecard: Sp<String>,
        /// Rule ids of that scorecard
        #[schemars(length(min = 1), inner(pattern(st::SLUG)))]
        pub rules: Vec<Sp<String>>,
        /// A CEL expression narrowing the scorecard's entities
        #[serde(skip_serializing_if = "Option::is_none")]
        pub when: Option<Sp<String>>,
        /// The first day
        pub start: Sp<NaiveDate>,
        /// The due date, after start
        pub due: Sp<NaiveDate>,
        #[schemars(default = "default_campaign_status")]
        pub status: Sp<CampaignStatus>,
        /// One paragraph: what to do and why
        #[serde(skip_serializing_if = "Option::is_none")]
        pub brief: Option<String>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

fn default_campaign_status() -> Sp<CampaignStatus> {
    Sp::new(CampaignStatus::Draft, super::Span::default())
}

described!(Scorecard, id; parts rules);
described!(Campaign, id);
