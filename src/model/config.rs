//! `platctl.yaml`: catalog settings.

use super::{str_enum, Sp};
use serde::Serialize;

str_enum!(Level { Error = "error", Warning = "warning", Off = "off" });
str_enum!(Unit { Ratio = "ratio", Percent = "percent", Days = "days", Hours = "hours", Count = "count", Score = "score", Currency = "currency" });
str_enum!(Better { Higher = "higher", Lower = "lower" });

#[derive(Clone, Debug, Serialize)]
pub struct Policy {
    pub exception_max_days: i64,
    pub exception_warn_days: i64,
    pub deprecation_min_notice_days: i64,
    pub deprecation_warn_days: i64,
    pub intake_triage_sla_days: i64,
    pub ga_requires: Vec<Sp<String>>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            exception_max_days: 180,
            exception_warn_days: 14,
            deprecation_min_notice_days: 90,
            deprecation_warn_days: 30,
            intake_triage_sla_days: 10,
            ga_requires: ["docs", "runbook", "slo", "support"]
                .iter()
                .map(|s| Sp::new((*s).to_string(), Default::default()))
                .collect(),
        }
    }
}

/// A KPI target or a custom KPI declaration from `kpis:`.
#[derive(Clone, Debug, Serialize)]
pub struct KpiSetting {
    pub id: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct LintSettings {
    pub rules: Vec<(Sp<String>, Sp<Level>)>,
    pub ignore: Vec<Sp<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Config {
    pub version: u32,
    pub name: String,
    pub fiscal_year_start_month: u32,
    pub policy: Policy,
    pub lint: LintSettings,
    pub kpis: Vec<KpiSetting>,
}

impl Config {
    pub fn with_name(name: &str) -> Config {
        Config {
            version: 1,
            name: name.to_string(),
            fiscal_year_start_month: 1,
            policy: Policy::default(),
            lint: LintSettings::default(),
            kpis: Vec::new(),
        }
    }

    pub fn kpi(&self, id: &str) -> Option<&KpiSetting> {
        self.kpis.iter().find(|k| k.id.value == id)
    }

    pub fn fy(&self) -> u32 {
        self.fiscal_year_start_month
    }
}
