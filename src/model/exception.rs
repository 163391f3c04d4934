//! Exceptions: time-bound waivers from a standard or a scorecard rule.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(Risk { Low = "low", Medium = "medium", High = "high" });
str_enum!(ExceptionStatus { Requested = "requested", Approved = "approved", Rejected = "rejected", Revoked = "revoked" });
mapping! {
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
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
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

described!(Exception, id);
