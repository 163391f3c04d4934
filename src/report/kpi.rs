//! The KPI dashboard as data: a card per KPI (value, target, status, change,
//! the last periods for a sparkline), grouped as adoption, delivery,
//! reliability, satisfaction, governance, cost (and the catalog's own KPIs).

use crate::kpi::registry::TargetView;
use crate::kpi::{self, Ctx, Group, Kpi, Row};
use crate::model::{Better, Period, Unit};
use serde::Serialize;

/// How many periods a sparkline shows, the dashboard's period included.
pub const SPARK_PERIODS: usize = 8;

#[derive(Serialize)]
pub struct Dashboard {
    pub version: u32,
    pub name: String,
    pub as_of: String,
    pub period: String,
    pub previous_period: String,
    /// The periods of every sparkline, oldest first.
    pub periods: Vec<String>,
    pub history: HistoryNote,
    pub groups: Vec<CardGroup>,
}

pub use crate::kpi::HistoryNote;

#[derive(Serialize)]
pub struct CardGroup {
    pub id: &'static str,
    pub title: &'static str,
    pub kpis: Vec<Card>,
}

#[derive(Serialize)]
pub struct Card {
    pub id: String,
    pub name: String,
    pub source: &'static str,
    pub unit: Unit,
    pub better: Better,
    pub formula: String,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    pub change: Option<f64>,
    pub target: TargetView,
    pub status: &'static str,
    pub note: Option<String>,
    /// One value per period of `Dashboard::periods` (null where none).
    pub sparkline: Vec<Option<f64>>,
}

pub fn group_title(g: Group) -> &'static str {
    match g {
        Group::Adoption => "Adoption",
        Group::Delivery => "Delivery",
        Group::Reliability => "Reliability",
        Group::Satisfaction => "Satisfaction",
        Group::Governance => "Governance",
        Group::Cost => "Cost",
        Group::Custom => "Our own KPIs",
    }
}

/// The periods a dashboard for `period` reads: the last [`SPARK_PERIODS`]
/// ending with it.
pub fn spark_periods(period: Period) -> Vec<Period> {
    let first = (1..SPARK_PERIODS).fold(period, |p, _| p.prev());
    kpi::periods_between(first, period)
}

/// Builds the dashboard; `ctx` must hold the snapshots the spark periods need.
pub fn build(
    kpis: &[Kpi],
    ctx: &Ctx,
    name: &str,
    period: Period,
    history: HistoryNote,
) -> Dashboard {
    let periods = spark_periods(period);
    let rows = kpi::trend(kpis, ctx, &periods);
    let card = |k: &Kpi| {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.kpi.id == k.id).collect();
        let now = mine.iter().find(|r| r.period == period);
        Card {
            id: k.id.clone(),
            name: k.name.clone(),
            source: k.source.as_str(),
            unit: k.unit,
            better: k.better,
            formula: k.formula.clone(),
            value: now.and_then(|r| r.value),
            previous: now.and_then(|r| r.previous),
            change: now.and_then(|r| r.change),
            target: k.target_view(),
            status: now.map_or("no-data", |r| r.status.as_str()),
            note: now.and_then(|r| r.note.clone().or_else(|| r.previous_note.clone())),
            sparkline: mine.iter().map(|r| r.value).collect(),
        }
    };
    let groups = Group::ALL
        .iter()
        .filter_map(|g| {
            let cards: Vec<Card> = kpis.iter().filter(|k| k.group == *g).map(card).collect();
            (!cards.is_empty()).then(|| CardGroup {
                id: g.as_str(),
                title: group_title(*g),
                kpis: cards,
            })
        })
        .collect();
    Dashboard {
        version: 1,
        name: name.to_string(),
        as_of: ctx.today.to_string(),
        period: period.to_string(),
        previous_period: period.prev().to_string(),
        periods: periods.iter().map(|p| p.to_string()).collect(),
        history,
        groups,
    }
}
