//! `platctl.yaml`: catalog settings.

use super::schema_types::{self as st, defaults as df};
use super::{str_enum, Level, Lifecycle, Sp};
use schemars::JsonSchema;
use serde::Serialize;

str_enum!(Unit { Ratio = "ratio", Percent = "percent", Days = "days", Hours = "hours", Count = "count", Score = "score", Currency = "currency" });
str_enum!(Better { Higher = "higher", Lower = "lower" });

/// Thresholds the lint rules and reports apply.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, default)]
pub struct Policy {
    /// Days: expires - granted may not exceed this
    #[schemars(range(min = 0, max = 3650))]
    pub exception_max_days: i64,
    /// Days before an exception expires to warn
    #[schemars(range(min = 0, max = 3650))]
    pub exception_warn_days: i64,
    /// Days: sunset - announced must be at least this
    #[schemars(range(min = 0, max = 3650))]
    pub deprecation_min_notice_days: i64,
    /// Days before a sunset with consumers left to warn
    #[schemars(range(min = 0, max = 3650))]
    pub deprecation_warn_days: i64,
    /// Days a request may stay `new` before it is stale
    #[schemars(range(min = 0, max = 3650))]
    pub intake_triage_sla_days: i64,
    /// Fields a `ga` capability must have
    #[schemars(with = "Vec<st::GaField>")]
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
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct KpiSetting {
    /// The key of the `kpis` map.
    #[schemars(skip)]
    pub id: Sp<String>,
    /// The unit (required for a KPI of your own)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// Which direction is better (required for a KPI of your own)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    /// The target's lower bound
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The target's upper bound
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The name people read in tables and reports (default: the built-in
    /// KPI's name, or a custom KPI's id)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// For a KPI in `currency`: its code, e.g. EUR, shown with its name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// How lint runs.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LintSettings {
    /// A level per rule: error, warning or off
    #[schemars(with = "Option<st::RuleLevels>")]
    pub rules: Vec<(Sp<String>, Sp<Level>)>,
    /// Globs, relative to the root, that lint skips, e.g. "intake/archive/**"
    #[schemars(default)]
    pub ignore: Vec<Sp<String>>,
}

/// How `platctl import backstage` maps what depends on the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct BackstageImport {
    /// Component or Resource `spec.type` values that make a capability
    #[schemars(default = "df::capability_types")]
    pub capability_types: Vec<String>,
    /// Component `spec.type` values that make a service
    #[schemars(default = "df::service_types")]
    pub service_types: Vec<String>,
    /// Backstage `spec.lifecycle` to capability lifecycle
    #[schemars(with = "Option<std::collections::BTreeMap<String, Lifecycle>>")]
    #[serde(serialize_with = "pairs_as_map")]
    pub lifecycle: Vec<(String, Lifecycle)>,
    /// Where a service's tier comes from: `annotation:<key>` or `label:<key>` (default: no tier)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^(annotation|label):.+$"))]
    pub tier_from: Option<String>,
}

/// A list of pairs, written as the mapping it was read from.
fn pairs_as_map<S: serde::Serializer>(v: &[(String, Lifecycle)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(v.len()))?;
    for (k, l) in v {
        m.serialize_entry(k, l)?;
    }
    m.end()
}

impl Default for BackstageImport {
    fn default() -> Self {
        BackstageImport {
            capability_types: vec!["platform-capability".into()],
            service_types: vec!["service".into(), "website".into()],
            lifecycle: vec![
                ("experimental".into(), Lifecycle::Experimental),
                ("production".into(), Lifecycle::Ga),
                ("deprecated".into(), Lifecycle::Deprecated),
            ],
            tier_from: None,
        }
    }
}

/// Settings of `platctl import`.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ImportSettings {
    /// Backstage: which types make services and capabilities, lifecycles, tiers
    #[schemars(default)]
    pub backstage: BackstageImport,
}

/// platctl.yaml: the catalog's settings; its presence marks the catalog root.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Config {
    /// The format version: 1
    #[schemars(range(min = 1, max = 1))]
    pub version: u32,
    /// The platform's name, shown in report titles (default: the root directory's name)
    #[schemars(with = "Option<String>")]
    pub name: String,
    /// The month (1..12) the fiscal year starts; quarters are named after the year they end in
    #[schemars(default = "df::fiscal_year_start_month", range(min = 1, max = 12))]
    pub fiscal_year_start_month: u32,
    /// Thresholds for the lint rules
    #[schemars(default)]
    pub policy: Policy,
    /// Rule levels and ignored paths
    #[schemars(with = "Option<LintSettings>")]
    pub lint: LintSettings,
    /// KPI targets and KPIs of your own
    #[schemars(with = "Option<st::KpiTargets>")]
    pub kpis: Vec<KpiSetting>,
    /// How `platctl import` maps other catalogs
    #[schemars(default)]
    pub import: ImportSettings,
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
            import: ImportSettings::default(),
        }
    }

    pub fn kpi(&self, id: &str) -> Option<&KpiSetting> {
        self.kpis.iter().find(|k| k.id.value == id)
    }

    pub fn fy(&self) -> u32 {
        self.fiscal_year_start_month
    }
}
