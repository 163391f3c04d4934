//! Metric series: KPI values only outside systems know.

use super::schema_types as st;
use super::*;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

mapping! {
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
        ;
    }
}

mapping! {
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
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

impl Metric {
    /// Neither capability nor service: the series that gives the KPI its value.
    pub fn is_unscoped(&self) -> bool {
        self.capability.is_none() && self.service.is_none()
    }
}

described!(Metric,);
