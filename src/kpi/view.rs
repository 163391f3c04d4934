//! `platctl kpi`'s listing as data: every KPI for one period, or a row per
//! KPI and period, with what it was computed from. Its JSON form is the
//! contract scripts read (one object, `"version": 1`); `output::kpi`
//! renders the other formats.

use super::periods::Span;
use super::registry::TargetView;
use super::sources::{HistoryNote, Sources};
use super::{Ctx, Kpi, Row};
use crate::model::Period;
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// A KPI listing.
pub struct Listing<'k> {
    /// The catalog's name.
    pub name: String,
    pub as_of: NaiveDate,
    /// The one period of a single-period listing; `None` for a trend.
    pub period: Option<Period>,
    /// Every period listed, oldest first.
    pub periods: Vec<Period>,
    /// The revision as asked for (`--rev`), as written.
    pub rev: Option<String>,
    /// The commit it names.
    pub revision: Option<String>,
    pub history: HistoryNote,
    pub rows: Vec<Row<'k>>,
}

/// Computes the listing of `span` for `kpis`: one period's rows, or a
/// trend's (KPI by KPI, then period by period).
pub fn listing<'k>(
    kpis: &'k [Kpi],
    ctx: &Ctx,
    span: Span,
    src: &Sources,
    rev: Option<&str>,
) -> Listing<'k> {
    let rows = match span.period {
        Some(p) => super::evaluate(kpis, ctx, p),
        None => super::trend(kpis, ctx, &span.periods),
    };
    Listing {
        name: src.config.name.clone(),
        as_of: ctx.today,
        period: span.period,
        periods: span.periods,
        rev: rev.map(str::to_string),
        revision: src.rev.clone(),
        history: src.history_note(),
        rows,
    }
}

/// A row as JSON.
#[derive(Serialize)]
pub struct JsonRow<'a> {
    pub id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub name: &'a str,
    pub group: &'static str,
    pub source: &'static str,
    pub snapshot: bool,
    pub unit: &'static str,
    pub better: &'static str,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    pub change: Option<f64>,
    pub target: TargetView,
    pub status: &'static str,
    pub detail: &'a Value,
    pub note: Option<&'a str>,
    pub previous_note: Option<&'a str>,
}

impl<'a> JsonRow<'a> {
    pub fn of(r: &'a Row, with_period: bool) -> JsonRow<'a> {
        JsonRow {
            id: &r.kpi.id,
            period: with_period.then(|| r.period.to_string()),
            name: &r.kpi.name,
            group: r.kpi.group.as_str(),
            source: r.kpi.source.as_str(),
            snapshot: r.kpi.snapshot,
            unit: r.kpi.unit.as_str(),
            better: r.kpi.better.as_str(),
            value: r.value,
            previous: r.previous,
            change: r.change,
            target: r.kpi.target_view(),
            status: r.status.as_str(),
            detail: r.detail(),
            note: r.note.as_deref(),
            previous_note: r.previous_note.as_deref(),
        }
    }
}

/// One period.
#[derive(Serialize)]
struct JsonOne<'a> {
    version: u32,
    as_of: String,
    period: String,
    previous_period: String,
    revision: Option<&'a str>,
    history: &'a HistoryNote,
    kpis: Vec<JsonRow<'a>>,
}

/// A trend: a row per KPI and period.
#[derive(Serialize)]
struct JsonTrend<'a> {
    version: u32,
    as_of: String,
    since: Option<String>,
    until: Option<String>,
    periods: Vec<String>,
    revision: Option<&'a str>,
    history: &'a HistoryNote,
    rows: Vec<JsonRow<'a>>,
}

impl Serialize for Listing<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (as_of, revision) = (self.as_of.to_string(), self.revision.as_deref());
        match self.period {
            Some(p) => JsonOne {
                version: 1,
                as_of,
                period: p.to_string(),
                previous_period: p.prev().to_string(),
                revision,
                history: &self.history,
                kpis: self.rows.iter().map(|r| JsonRow::of(r, false)).collect(),
            }
            .serialize(s),
            None => JsonTrend {
                version: 1,
                as_of,
                since: self.periods.first().map(|p| p.to_string()),
                until: self.periods.last().map(|p| p.to_string()),
                periods: self.periods.iter().map(|p| p.to_string()).collect(),
                revision,
                history: &self.history,
                rows: self.rows.iter().map(|r| JsonRow::of(r, true)).collect(),
            }
            .serialize(s),
        }
    }
}
