//! Observed KPIs: series in `metrics/` that only outside systems know.

use super::Computed;
use crate::catalog::Catalog;
use crate::model::{Metric, Period};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// How a period's value is read from a series' points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Months {
    /// A quarter without its own point is the mean of its months.
    Mean,
    /// ... or their sum (a count, as raw tickets).
    Sum,
}

/// A series' value for a period: its own point, or for a quarter without
/// one, its months combined; with the points used.
fn value_of(points: &[(Period, f64)], p: Period, fy: u32, months: Months) -> Option<(f64, Value)> {
    if let Some((_, v)) = points.iter().find(|(q, _)| *q == p) {
        return Some((
            *v,
            json!({"from": "period", "points": [{"period": p.to_string(), "value": v}]}),
        ));
    }
    let Period::Quarter(q) = p else { return None };
    let mut used: BTreeMap<Period, f64> = BTreeMap::new();
    for (m, v) in points {
        if !m.is_quarter() && m.quarter(fy) == q {
            used.entry(*m).or_insert(*v);
        }
    }
    if used.is_empty() {
        return None;
    }
    let sum: f64 = used.values().sum();
    let v = match months {
        Months::Sum => sum,
        Months::Mean => sum / used.len() as f64,
    };
    let pts: Vec<Value> = used
        .iter()
        .map(|(m, v)| json!({"period": m.to_string(), "value": v}))
        .collect();
    let how = match months {
        Months::Sum => "sum of months",
        Months::Mean => "mean of months",
    };
    Some((v, json!({"from": how, "points": pts})))
}

/// Points of the series for `kpi` with a given scope, in file order (a
/// repeated period keeps its first value; lint reports the repeat).
fn points<'a>(metrics: impl Iterator<Item = &'a Metric>) -> Vec<(Period, f64)> {
    metrics
        .flat_map(|m| m.points.iter().map(|p| (p.period.value, p.value)))
        .collect()
}

/// The KPI's value for the period from the unscoped series; series scoped to
/// a capability are listed in the detail, one value each; series scoped to a
/// service feed scorecards and never the KPI.
pub fn observed(cat: &Catalog, kpi: &str, p: Period, fy: u32, months: Months) -> Computed {
    let of_kpi = || cat.metrics.iter().filter(move |m| m.kpi.value == kpi);
    let main = points(of_kpi().filter(|m| m.is_unscoped()));
    let mut scoped: BTreeMap<String, Vec<(Period, f64)>> = BTreeMap::new();
    for m in of_kpi() {
        if let Some(c) = &m.capability {
            scoped
                .entry(c.value.clone())
                .or_default()
                .extend(m.points.iter().map(|x| (x.period.value, x.value)));
        }
    }
    let by_cap: Vec<Value> = scoped
        .iter()
        .map(|(c, pts)| json!({"capability": c, "value": value_of(pts, p, fy, months).map(|(v, _)| v)}))
        .collect();
    let mut files: Vec<&str> = of_kpi()
        .filter(|m| m.is_unscoped())
        .map(|m| cat.path(m.meta.file))
        .collect();
    files.sort_unstable();
    files.dedup();
    let (value, mut detail) = match value_of(&main, p, fy, months) {
        Some((v, d)) => (Some(v), d),
        None => (None, json!({"from": null, "points": []})),
    };
    if let Value::Object(m) = &mut detail {
        m.insert("series".into(), json!(files));
        m.insert("by_capability".into(), json!(by_cap));
    }
    Computed::new(value, detail)
}

/// `support-tickets-per-team`: raw tickets (months summed into a quarter) ÷
/// teams that own an active service.
pub fn tickets_per_team(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let mut c = observed(cat, "support-tickets-per-team", p, fy, Months::Sum);
    // Counted in a set: a history export counts them at every period end,
    // and sorting ten thousand names to count a hundred took the longest.
    let teams: std::collections::HashSet<&str, crate::hash::State> = cat
        .services
        .iter()
        .filter(|s| s.is_active())
        .map(|s| s.team.value.as_str())
        .collect();
    let tickets = c.value;
    c.value = tickets
        .filter(|_| !teams.is_empty())
        .map(|t| t / teams.len() as f64);
    if let Value::Object(m) = &mut c.detail {
        m.insert("tickets".into(), json!(tickets));
        m.insert("teams_with_active_service".into(), json!(teams.len()));
    }
    c
}

/// A scoped series' value for a quarter, computed as an observed KPI's is
/// (its own point, else its months: summed for ticket counts, else their
/// mean); `None` without data. Scorecards read service and capability
/// series through it.
pub fn scoped_quarter_value<'a>(
    kpi: &str,
    series: impl Iterator<Item = &'a Metric>,
    q: crate::model::Quarter,
    fy: u32,
) -> Option<f64> {
    let months = if kpi == "support-tickets-per-team" {
        Months::Sum
    } else {
        Months::Mean
    };
    value_of(&points(series), Period::Quarter(q), fy, months).map(|(v, _)| v)
}
