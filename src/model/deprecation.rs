//! Deprecations: a sunset with the consumers that must migrate.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(DeprecationStatus { Announced = "announced", Migrating = "migrating", Completed = "completed", Cancelled = "cancelled" });
str_enum!(ConsumerStatus { Pending = "pending", InProgress = "in-progress", Migrated = "migrated", Exempt = "exempt" });
mapping! {
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
        ;
        #[serde(skip)]
        pub span: Span,
    }
}

mapping! {
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
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
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

described!(Deprecation, id);
