//! Surveys: raw NPS, CSAT and alignment responses.

use super::schema_types as st;
use super::*;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(SurveyKind { Nps = "nps", Csat = "csat", Alignment = "alignment" });
impl SurveyKind {
    /// The inclusive range of a valid score.
    pub fn scale(self) -> (f64, f64) {
        match self {
            SurveyKind::Nps => (0.0, 10.0),
            SurveyKind::Csat | SurveyKind::Alignment => (1.0, 5.0),
        }
    }
}

mapping! {
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
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

described!(Survey, id);
