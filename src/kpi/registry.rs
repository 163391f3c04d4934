//! The KPI registry: every KPI platctl knows, in the order reports list them.

use super::{derived, observed, Computed, Ctx};
use crate::model::{Better, Config, Kind, Period, SurveyKind, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Derived,
    Observed,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Derived => "derived",
            Source::Observed => "observed",
        }
    }
}

/// The default target: a range, or only a direction to move in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    Range { min: Option<f64>, max: Option<f64> },
    Trend,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Adoption,
    Delivery,
    Reliability,
    Satisfaction,
    Governance,
    Cost,
    /// The catalog's own KPIs, declared in `platctl.yaml`.
    Custom,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Adoption => "adoption",
            Group::Delivery => "delivery",
            Group::Reliability => "reliability",
            Group::Satisfaction => "satisfaction",
            Group::Governance => "governance",
            Group::Cost => "cost",
            Group::Custom => "custom",
        }
    }
    pub const ALL: &'static [Group] = &[
        Group::Adoption,
        Group::Delivery,
        Group::Reliability,
        Group::Satisfaction,
        Group::Governance,
        Group::Cost,
        Group::Custom,
    ];
}

/// How a built-in KPI is computed for a period.
pub type ComputeFn = fn(&Ctx, Period) -> Computed;

/// A built-in KPI: what it measures, how it is shown and judged, the kinds
/// of entity it reads and the function that computes it.
pub struct KpiDef {
    pub id: &'static str,
    pub name: &'static str,
    pub source: Source,
    /// State at the period's end (read from history for past periods).
    pub snapshot: bool,
    pub unit: Unit,
    pub better: Better,
    pub formula: &'static str,
    pub target: Target,
    pub group: Group,
    /// The kinds of entity `compute` reads (a snapshot KPI reads them at
    /// the period's end, from history for a past period).
    pub reads: &'static [Kind],
    pub compute: ComputeFn,
}

impl std::fmt::Debug for KpiDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KpiDef").field("id", &self.id).finish()
    }
}

const fn range(min: Option<f64>, max: Option<f64>) -> Target {
    Target::Range { min, max }
}

/// An observed KPI's value: the mean of its months in `metrics/`.
fn metrics(c: &Ctx, id: &str, p: Period) -> Computed {
    observed::observed(c.current, id, p, c.fy(), observed::Months::Mean)
}

macro_rules! kpi {
    ($id:literal, $name:literal, $src:ident, $snap:literal, $unit:ident, $better:ident, $group:ident, $target:expr,
     $formula:literal, metrics) => {
        kpi!($id, $name, $src, $snap, $unit, $better, $group, $target, $formula,
             reads: [Metric], compute: |c, p| metrics(c, $id, p))
    };
    ($id:literal, $name:literal, $src:ident, $snap:literal, $unit:ident, $better:ident, $group:ident, $target:expr,
     $formula:literal, reads: [$($kind:ident),*], compute: $compute:expr) => {
        KpiDef {
            id: $id,
            name: $name,
            source: Source::$src,
            snapshot: $snap,
            unit: Unit::$unit,
            better: Better::$better,
            formula: $formula,
            target: $target,
            group: Group::$group,
            reads: &[$(Kind::$kind),*],
            compute: $compute,
        }
    };
}

/// Every built-in KPI, in the order reports list them. Adding one is adding
/// its entry here (and its id to `model::BUILTIN_KPIS`, which the catalog's
/// schema and lint read): its function takes what every computation reads
/// and the period; `metrics` reads its values from `metrics/` by its id.
pub static KPIS: &[KpiDef] = &[
    kpi!("roadmap-predictability", "Roadmap predictability", Derived, false, Ratio, Higher, Delivery, range(Some(0.70), Some(0.85)),
        "committed items of the period's quarter delivered by its last day ÷ committed items of that quarter",
        reads: [Roadmap], compute: |c, p| derived::roadmap_predictability(c.current, p, c.fy())),
    kpi!("adoption-rate", "Adoption rate", Derived, true, Ratio, Higher, Adoption, range(Some(0.60), None),
        "mean over ga capabilities of adopters ÷ eligible services",
        reads: [Service, Capability], compute: |c, p| (*super::adoption_rate(c, p)).clone()),
    kpi!("adoption-growth", "Adoption growth", Derived, true, Ratio, Higher, Adoption, range(Some(0.10), None),
        "adoption-rate of the period minus adoption-rate of the previous period",
        reads: [Service, Capability], compute: super::adoption_growth),
    kpi!("time-to-onboard", "Time to onboard", Derived, false, Days, Lower, Adoption, Target::Trend,
        "median days from created to resolved over onboarding requests done and resolved in the period",
        reads: [Intake], compute: |c, p| derived::time_to_onboard(c.current, p, c.fy())),
    kpi!("time-to-first-deploy", "Time to first deploy", Derived, false, Days, Lower, Delivery, Target::Trend,
        "median days from created to first_deploy over services whose first deploy falls in the period",
        reads: [Service], compute: |c, p| derived::time_to_first_deploy(c.current, p, c.fy())),
    kpi!("intake-triage-time", "Intake triage time", Derived, false, Days, Lower, Delivery, range(None, Some(10.0)),
        "median days from created to triaged over requests triaged in the period",
        reads: [Intake], compute: |c, p| derived::intake_triage_time(c.current, p, c.fy())),
    kpi!("custom-work-share", "Custom work share", Derived, false, Ratio, Lower, Delivery, range(None, Some(0.20)),
        "requests triaged in the period with route custom ÷ all requests triaged in the period",
        reads: [Intake], compute: |c, p| derived::custom_work_share(c.current, p, c.fy())),
    kpi!("security-control-coverage", "Security control coverage", Derived, true, Ratio, Higher, Governance, range(Some(0.80), None),
        "over non-retired control capabilities: eligible services using the control ÷ eligible services, summed over controls",
        reads: [Service, Capability], compute: |c, p| super::on_state(c, p, |k| &k.security_control_coverage)),
    kpi!("exception-rate", "Exception rate", Derived, false, Ratio, Lower, Governance, Target::Trend,
        "exceptions open on the earlier of today and the period's last day ÷ active services",
        reads: [Exception, Service], compute: |c, p| derived::exception_rate(c.current, p, c.fy(), c.today)),
    kpi!("deprecation-progress", "Deprecation progress", Derived, true, Ratio, Higher, Governance, range(Some(0.50), None),
        "over announced or migrating deprecations: sum of migrated ÷ sum of (consumers − exempt)",
        reads: [Deprecation], compute: |c, p| super::on_state(c, p, |k| &k.deprecation_progress)),
    kpi!("platform-nps", "Platform NPS", Derived, false, Score, Higher, Satisfaction, range(Some(20.0), None),
        "100 × (share of 9–10 − share of 0–6) over every nps response in the period, pooled",
        reads: [Survey], compute: |c, p| derived::survey_score(c.current, SurveyKind::Nps, p, c.fy())),
    kpi!("platform-csat", "Platform CSAT", Derived, false, Score, Higher, Satisfaction, range(Some(4.2), None),
        "mean of every csat response in the period",
        reads: [Survey], compute: |c, p| derived::survey_score(c.current, SurveyKind::Csat, p, c.fy())),
    kpi!("stakeholder-alignment", "Stakeholder alignment", Derived, false, Score, Higher, Satisfaction, range(Some(4.0), None),
        "mean of every alignment response in the period",
        reads: [Survey], compute: |c, p| derived::survey_score(c.current, SurveyKind::Alignment, p, c.fy())),
    kpi!(
        "slo-attainment",
        "SLO attainment",
        Observed,
        false,
        Percent,
        Higher,
        Reliability,
        range(Some(99.9), None),
        "percent of time meeting SLOs",
        metrics
    ),
    kpi!(
        "mttr",
        "Mean time to restore",
        Observed,
        false,
        Hours,
        Lower,
        Reliability,
        Target::Trend,
        "mean hours to restore platform incidents",
        metrics
    ),
    kpi!(
        "change-failure-rate",
        "Change failure rate",
        Observed,
        false,
        Ratio,
        Lower,
        Reliability,
        range(None, Some(0.15)),
        "share of releases causing an incident or rollback",
        metrics
    ),
    kpi!(
        "lead-time",
        "Lead time",
        Observed,
        false,
        Days,
        Lower,
        Delivery,
        Target::Trend,
        "commit-to-production days for platform changes",
        metrics
    ),
    kpi!("support-tickets-per-team", "Support tickets per team", Observed, false, Count, Lower, Satisfaction, Target::Trend,
        "tickets in the period ÷ teams that own an active service",
        reads: [Metric, Service], compute: |c, p| observed::tickets_per_team(c.current, p, c.fy())),
    kpi!(
        "ticket-deflection-rate",
        "Ticket deflection rate",
        Observed,
        false,
        Ratio,
        Higher,
        Satisfaction,
        range(Some(0.40), None),
        "issues solved by docs or self-service",
        metrics
    ),
    kpi!(
        "api-integration-success-rate",
        "API integration success rate",
        Observed,
        false,
        Ratio,
        Higher,
        Adoption,
        range(Some(0.90), None),
        "integrations completed without escalation",
        metrics
    ),
    kpi!(
        "breaking-change-rate",
        "Breaking change rate",
        Observed,
        false,
        Count,
        Lower,
        Reliability,
        range(None, Some(0.0)),
        "breaking changes per release window",
        metrics
    ),
    kpi!(
        "cost-per-service",
        "Cost per service",
        Observed,
        false,
        Currency,
        Lower,
        Cost,
        Target::Trend,
        "platform cost ÷ active services",
        metrics
    ),
    kpi!(
        "cloud-waste-reduction",
        "Cloud waste reduction",
        Observed,
        false,
        Ratio,
        Higher,
        Cost,
        range(Some(0.05), None),
        "savings attributed to the platform",
        metrics
    ),
    kpi!(
        "dependency-cycle-time",
        "Dependency cycle time",
        Observed,
        false,
        Days,
        Lower,
        Delivery,
        Target::Trend,
        "days to resolve cross-team dependency blockers",
        metrics
    ),
];

pub use crate::model::BUILTIN_KPIS as IDS;

pub fn find(id: &str) -> Option<&'static KpiDef> {
    KPIS.iter().find(|k| k.id == id)
}

/// A KPI as this catalog measures it: the registry's definition with the
/// target from `platctl.yaml`, or a custom observed KPI declared there.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    pub source: Source,
    pub snapshot: bool,
    pub unit: Unit,
    pub better: Better,
    pub formula: String,
    pub target: Target,
    pub group: Group,
    /// Declared in `platctl.yaml`, not in the registry.
    pub custom: bool,
    /// Where its value comes from.
    pub measure: Measure,
}

/// Where a KPI's value comes from.
#[derive(Clone, Debug)]
pub enum Measure {
    /// A built-in KPI: its registry entry's function.
    Builtin(&'static KpiDef),
    /// A KPI declared in `platctl.yaml`: the mean of its months in `metrics/`.
    Metrics,
    /// A scorecard's target (the scorecard's id): the share of its scored
    /// entities at the target level or above, at the period's end.
    Scorecard(String),
}

impl PartialEq for Measure {
    fn eq(&self, other: &Measure) -> bool {
        match (self, other) {
            (Measure::Builtin(a), Measure::Builtin(b)) => a.id == b.id,
            (Measure::Metrics, Measure::Metrics) => true,
            (Measure::Scorecard(a), Measure::Scorecard(b)) => a == b,
            _ => false,
        }
    }
}

/// A target as data: min and max, or the direction of a trend target.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct TargetView {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// "up" or "down" for a trend target, else null.
    pub trend: Option<&'static str>,
}

impl Kpi {
    pub fn target_view(&self) -> TargetView {
        match self.target {
            Target::Range { min, max } => TargetView {
                min,
                max,
                trend: None,
            },
            Target::Trend => TargetView {
                min: None,
                max: None,
                trend: Some(match self.better {
                    Better::Higher => "up",
                    Better::Lower => "down",
                }),
            },
        }
    }
}

/// The KPIs of a catalog: the registry in its order, targets overridden by
/// `kpis:` entries, then the custom KPIs in the order `platctl.yaml` lists
/// them. A custom entry without `unit` and `better` is left out (lint
/// reports it).
pub fn resolve(config: &Config) -> Vec<Kpi> {
    let mut out: Vec<Kpi> = KPIS
        .iter()
        .map(|k| {
            let target = match config.kpi(k.id) {
                Some(s) if s.min.is_some() || s.max.is_some() => Target::Range {
                    min: s.min,
                    max: s.max,
                },
                _ => k.target,
            };
            let setting = config.kpi(k.id);
            Kpi {
                id: k.id.to_string(),
                name: display_name(
                    setting.and_then(|s| s.name.as_deref()).unwrap_or(k.name),
                    k.unit,
                    setting.and_then(|s| s.currency.as_deref()),
                ),
                source: k.source,
                snapshot: k.snapshot,
                unit: k.unit,
                better: k.better,
                formula: k.formula.to_string(),
                target,
                group: k.group,
                custom: false,
                measure: Measure::Builtin(k),
            }
        })
        .collect();
    for s in &config.kpis {
        let (Some(unit), Some(better)) = (s.unit, s.better) else {
            continue;
        };
        if find(&s.id.value).is_some() || out.iter().any(|k| k.id == s.id.value) {
            continue;
        }
        let target = if s.min.is_some() || s.max.is_some() {
            Target::Range {
                min: s.min,
                max: s.max,
            }
        } else {
            Target::Trend
        };
        out.push(Kpi {
            id: s.id.value.clone(),
            name: display_name(
                s.name.as_deref().unwrap_or(&s.id.value),
                unit,
                s.currency.as_deref(),
            ),
            source: Source::Observed,
            snapshot: false,
            unit,
            better,
            formula: "declared in platctl.yaml; values from metrics/".to_string(),
            target,
            group: Group::Custom,
            custom: true,
            measure: Measure::Metrics,
        });
    }
    out
}

/// Every KPI of a catalog, in the order `kpi` lists them: the registry with
/// `platctl.yaml`'s targets and custom KPIs, and one per scorecard target.
pub fn for_catalog(cat: &crate::catalog::Catalog) -> Vec<Kpi> {
    let mut kpis = resolve(&cat.config);
    add_scorecards(&mut kpis, cat);
    kpis
}

/// The KPI id of a scorecard's target.
pub fn scorecard_kpi_id(scorecard: &str) -> String {
    format!("scorecard-{scorecard}")
}

/// Adds one snapshot KPI per scorecard with a `target` (by id), right after
/// the built-in KPIs: the share of scored entities at the target level or
/// above, with the target share as its minimum.
pub fn add_scorecards(kpis: &mut Vec<Kpi>, cat: &crate::catalog::Catalog) {
    let mut cards: Vec<&crate::model::Scorecard> = cat
        .scorecards
        .iter()
        .filter(|s| s.target.is_some())
        .collect();
    cards.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    cards.dedup_by(|a, b| a.id.value == b.id.value);
    let at = kpis.iter().take_while(|k| !k.custom).count();
    let new: Vec<Kpi> = cards
        .into_iter()
        .filter_map(|sc| {
            let t = sc.target.as_ref()?;
            let id = scorecard_kpi_id(&sc.id.value);
            if kpis.iter().any(|k| k.id == id) {
                return None;
            }
            Some(Kpi {
                id,
                name: format!("{}: share at {} or above", sc.name.value, t.level.value),
                source: Source::Derived,
                snapshot: true,
                unit: Unit::Ratio,
                better: Better::Higher,
                formula: format!(
                    "entities scored by scorecard {} at level {} or above ÷ entities scored, at the period's end",
                    sc.id.value, t.level.value
                ),
                target: Target::Range {
                    min: Some(t.share),
                    max: None,
                },
                group: Group::Governance,
                custom: false,
                measure: Measure::Scorecard(sc.id.value.clone()),
            })
        })
        .collect();
    kpis.splice(at..at, new);
}

/// The name people read: a KPI in currency says which (`Cost per service
/// (EUR)`, or `(currency)` when `platctl.yaml` does not say).
fn display_name(name: &str, unit: Unit, currency: Option<&str>) -> String {
    if unit == Unit::Currency {
        format!("{name} ({})", currency.unwrap_or("currency"))
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_registry() {
        let ids: Vec<&str> = super::KPIS.iter().map(|k| k.id).collect();
        assert_eq!(ids, super::IDS);
        // One entry per id, each id once.
        let mut once = ids.clone();
        once.sort_unstable();
        once.dedup();
        assert_eq!(once.len(), ids.len(), "an id has two registry entries");
        for id in super::IDS {
            assert_eq!(KPIS.iter().filter(|k| k.id == *id).count(), 1, "{id}");
        }
    }

    /// The demo catalog with only the files of some kinds (and `platctl.yaml`).
    fn demo_with(kinds: Option<&[Kind]>) -> crate::catalog::Catalog {
        use crate::catalog::{assemble, load, parse_all};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
        let w = load::walk(&root).expect("the demo catalog");
        let raw = load::read_all(&w)
            .into_iter()
            .filter(|f| match (kinds, f.kind) {
                (Some(ks), Some(k)) if k != Kind::Config => ks.contains(&k),
                _ => true,
            })
            .collect();
        assemble(&root, parse_all(raw), &w.unknown_dirs)
    }

    #[test]
    fn a_kpi_reads_only_the_kinds_it_declares() {
        use crate::kpi::{compute, Ctx, Snapshots};
        use chrono::NaiveDate;
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let full = demo_with(None);
        let fy = full.fy();
        let q = crate::model::Quarter::of(today, fy);
        let periods = [
            Period::Quarter(q),
            Period::Quarter(q.prev()),
            Period::Quarter(q.prev().prev()),
            Period::Month {
                year: 2026,
                month: 10,
            },
        ];
        let none = Snapshots::new();
        let full_ctx = Ctx::new(&full, today, &none);
        let all = resolve(&full.config);
        let mut with_value = 0;
        for def in KPIS {
            let only = demo_with(Some(def.reads));
            let ctx = Ctx::new(&only, today, &none);
            let Some(k) = all.iter().find(|k| k.id == def.id) else {
                panic!("{} is not resolved", def.id);
            };
            for p in periods {
                let (a, b) = (compute(k, &full_ctx, p), compute(k, &ctx, p));
                assert_eq!(a, b, "{} in {p} reads more than {:?}", def.id, def.reads);
                with_value += usize::from(a.value.is_some());
            }
        }
        // The demo catalog gives most KPIs a value: the comparison means something.
        assert!(with_value >= 40, "{with_value} values");
    }

    #[test]
    fn history_reads_what_snapshot_kpis_read() {
        for def in KPIS.iter().filter(|k| k.snapshot) {
            for k in def.reads {
                assert!(
                    crate::kpi::SNAPSHOT_KINDS.contains(k),
                    "{} reads {k:?} at past period ends",
                    def.id
                );
            }
        }
    }

    #[test]
    fn targets_are_overridden_and_custom_kpis_appended() {
        use crate::model::{KpiSetting, Sp};
        let mut c = Config::with_name("t");
        let set = |id: &str, unit, better, min, max| KpiSetting {
            id: Sp::new(id.to_string(), Default::default()),
            unit,
            better,
            min,
            max,
            name: None,
            currency: None,
        };
        c.kpis.push(set(
            "incident-review",
            Some(Unit::Ratio),
            Some(Better::Higher),
            Some(0.9),
            None,
        ));
        c.kpis
            .push(set("adoption-rate", None, None, Some(0.65), None));
        c.kpis.push(set("mttr", None, None, None, Some(4.0)));
        c.kpis.push(set(
            "toil-hours",
            Some(Unit::Hours),
            Some(Better::Lower),
            None,
            None,
        ));
        c.kpis
            .push(set("half-declared", Some(Unit::Hours), None, None, None));
        let ks = super::resolve(&c);
        assert_eq!(ks.len(), 26);
        let get = |id: &str| ks.iter().find(|k| k.id == id).expect("kpi");
        assert_eq!(
            get("adoption-rate").target,
            Target::Range {
                min: Some(0.65),
                max: None
            }
        );
        assert_eq!(
            get("mttr").target,
            Target::Range {
                min: None,
                max: Some(4.0)
            }
        );
        assert_eq!(get("lead-time").target, Target::Trend);
        assert_eq!(ks[24].id, "incident-review");
        assert_eq!(
            ks[24].target,
            Target::Range {
                min: Some(0.9),
                max: None
            }
        );
        assert_eq!(ks[25].id, "toil-hours");
        assert_eq!(ks[25].target, Target::Trend);
        assert_eq!(ks[25].group, Group::Custom);
    }

    #[test]
    fn names_and_currency_units_are_shown() {
        let cfg = "version: 1\nkpis:\n  cloud-spend:\n    name: Cloud spend per engineer\n    unit: currency\n    currency: EUR\n    better: lower\n  tickets:\n    unit: count\n    better: lower\n  cost-per-service:\n    currency: USD\n";
        let cat = crate::report::testcat::catalog_with(cfg, &[]);
        let kpis = resolve(&cat.config);
        let name = |id: &str| kpis.iter().find(|k| k.id == id).map(|k| k.name.clone());
        assert_eq!(
            name("cloud-spend").as_deref(),
            Some("Cloud spend per engineer (EUR)")
        );
        // No name: the id; not in currency: no unit added.
        assert_eq!(name("tickets").as_deref(), Some("tickets"));
        // A built-in currency KPI takes the catalog's currency.
        assert_eq!(
            name("cost-per-service").as_deref(),
            Some("Cost per service (USD)")
        );
        let plain = resolve(&crate::report::testcat::catalog(&[]).config);
        let cps = plain
            .iter()
            .find(|k| k.id == "cost-per-service")
            .map(|k| k.name.clone());
        assert_eq!(cps.as_deref(), Some("Cost per service (currency)"));
    }
}
