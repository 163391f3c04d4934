//! KPI rows as a table, CSV, Markdown or JSON (KPI.md's contract).

use super::style::Style;
use super::table;
use crate::kpi::registry::TargetView;
use crate::kpi::view::Listing;
use crate::kpi::{Kpi, Row, Status};
use crate::model::{Better, Period, Unit};
use chrono::NaiveDate;
use comfy_table::{Attribute, Cell, Color};

/// At most two decimals, trailing zeros dropped.
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

fn unit_suffix(unit: Unit, v: f64) -> &'static str {
    match unit {
        Unit::Percent => "%",
        Unit::Days if v.abs() == 1.0 => " day",
        Unit::Days => " days",
        Unit::Hours => " h",
        Unit::Ratio | Unit::Count | Unit::Score | Unit::Currency => "",
    }
}

/// A value as people read it: ratios as percentages with one decimal,
/// other values with at most two decimals.
pub fn value(unit: Unit, v: Option<f64>) -> String {
    match v {
        None => "—".into(),
        Some(v) if unit == Unit::Ratio => format!("{:.1}%", v * 100.0),
        Some(v) => format!("{}{}", num(v), unit_suffix(unit, v)),
    }
}

/// A change, signed: ratios and percents in percentage points.
pub fn change(unit: Unit, c: Option<f64>) -> String {
    match c {
        None => "—".into(),
        Some(c) => {
            let sign = if c > 0.0 { "+" } else { "" };
            if unit == Unit::Ratio {
                let s = format!("{:.1}", c * 100.0);
                if s == "0.0" || s == "-0.0" {
                    "0.0 pp".into()
                } else {
                    format!("{sign}{s} pp")
                }
            } else {
                let s = num(c);
                let suffix = if unit == Unit::Percent {
                    " pp"
                } else {
                    unit_suffix(unit, c)
                };
                format!("{}{s}{suffix}", if s == "0" { "" } else { sign })
            }
        }
    }
}

/// The target as people read it.
pub fn target(k: &Kpi) -> String {
    target_text(k.unit, k.target_view())
}

pub fn target_text(unit: Unit, t: TargetView) -> String {
    match (t.trend, t.min, t.max) {
        (Some("down"), _, _) => "downward trend".into(),
        (Some(_), _, _) => "upward trend".into(),
        (None, Some(a), Some(b)) => format!("{} – {}", value(unit, Some(a)), value(unit, Some(b))),
        (None, Some(a), None) => format!("≥ {}", value(unit, Some(a))),
        (None, None, Some(b)) => format!("≤ {}", value(unit, Some(b))),
        (None, None, None) => "—".into(),
    }
}

/// The status word, coloured when colour is on.
fn status_cell(st: Style, s: Status) -> Cell {
    let c = Cell::new(s.as_str());
    if !st.color {
        return c;
    }
    match s {
        Status::OnTarget => c.fg(Color::Green),
        Status::OffTarget => c.fg(Color::Red),
        Status::NoData => c.add_attribute(Attribute::Dim),
        Status::NoTarget => c.fg(Color::Yellow),
    }
}

/// An arrow for a change's direction.
pub fn arrow(c: f64) -> &'static str {
    if c > 0.0 {
        "▲"
    } else if c < 0.0 {
        "▼"
    } else {
        "="
    }
}

/// Whether a change went the better way (or stayed).
pub fn is_good(better: Better, c: f64) -> bool {
    match better {
        Better::Higher => c >= 0.0,
        Better::Lower => c <= 0.0,
    }
}

/// The change with an arrow for its direction, green when it went the
/// better way, red when the worse (only with colour: a terminal).
fn change_cell(st: Style, r: &Row) -> Cell {
    let text = change(r.kpi.unit, r.change);
    let Some(c) = r.change.filter(|_| st.color) else {
        return Cell::new(text);
    };
    let good = is_good(r.kpi.better, c);
    let arrow = arrow(c);
    let cell = Cell::new(format!("{arrow} {text}"));
    if c == 0.0 {
        cell
    } else if good {
        cell.fg(Color::Green)
    } else {
        cell.fg(Color::Red)
    }
}

/// Why some values are null, grouped by reason: (reason, "kpi (period)" list).
pub fn notes(rows: &[Row], trend: bool) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |why: &str, what: String| match out.iter_mut().find(|(w, _)| w == why) {
        Some((_, v)) => {
            if !v.contains(&what) {
                v.push(what)
            }
        }
        None => out.push((why.to_string(), vec![what])),
    };
    for r in rows {
        if let Some(n) = &r.note {
            add(
                n,
                if trend {
                    format!("{} {}", r.kpi.id, r.period)
                } else {
                    r.kpi.id.clone()
                },
            );
        }
        if let Some(n) = &r.previous_note {
            if !trend {
                add(n, format!("{} (previous)", r.kpi.id));
            }
        }
    }
    out
}

fn notes_text(rows: &[Row], trend: bool, bullet: &str) -> String {
    let mut s = String::new();
    for (why, what) in notes(rows, trend) {
        s.push_str(&format!("{bullet}{}: {why}\n", what.join(", ")));
    }
    s
}

/// The heading line of a single-period listing.
fn heading(name: &str, period: Period, as_of: NaiveDate, rev: Option<&str>) -> String {
    let at = rev.map(|r| format!(", catalog at {r}")).unwrap_or_default();
    format!(
        "KPIs of {name} for {period} (as of {as_of}{at}); previous = {}",
        period.prev()
    )
}

/// The title of a listing: one period (`Some`) or a trend.
fn title(
    rows: &[Row],
    name: &str,
    period: Option<Period>,
    as_of: NaiveDate,
    rev: Option<&str>,
) -> String {
    match period {
        Some(p) => heading(name, p, as_of, rev),
        None => format!("KPI trend of {name}{} (as of {as_of})", span_text(rows)),
    }
}

/// One period (`Some`), or a trend with a row per period per KPI, as a
/// table with colour and arrows on a terminal; then why values are missing.
pub fn table(
    rows: &[Row],
    name: &str,
    period: Option<Period>,
    as_of: NaiveDate,
    rev: Option<&str>,
    st: Style,
    width: Option<u16>,
) -> String {
    let trend = period.is_none();
    let body: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            // Named as the KPI report names it: "Adoption rate (adoption-rate)".
            let mut cells = vec![Cell::new(super::table::term(&format!(
                "{} ({})",
                r.kpi.name, r.kpi.id
            )))];
            if trend {
                cells.push(Cell::new(r.period));
            }
            cells.extend([
                Cell::new(value(r.kpi.unit, r.value)),
                Cell::new(target(r.kpi)),
                status_cell(st, r.status),
            ]);
            if !trend {
                cells.push(Cell::new(value(r.kpi.unit, r.previous)));
            }
            cells.push(change_cell(st, r));
            if !trend {
                cells.push(Cell::new(r.kpi.source.as_str()));
            }
            cells
        })
        .collect();
    let header: &[&str] = if trend {
        &["KPI", "PERIOD", "VALUE", "TARGET", "STATUS", "CHANGE"]
    } else {
        &[
            "KPI", "VALUE", "TARGET", "STATUS", "PREVIOUS", "CHANGE", "SOURCE",
        ]
    };
    let mut out = format!("{}\n", st.bold(&title(rows, name, period, as_of, rev)));
    out.push_str(&table::table_cells(header, body, width, st.color));
    let n = notes_text(rows, trend, "  ");
    if !n.is_empty() {
        out.push_str("Notes:\n");
        out.push_str(&n);
    }
    out
}

fn span_text(rows: &[Row]) -> String {
    match (
        rows.iter().map(|r| r.period).min(),
        rows.iter().map(|r| r.period).max(),
    ) {
        (Some(a), Some(b)) => format!(", {a} to {b}"),
        _ => String::new(),
    }
}

fn md_cell(s: &str) -> String {
    super::md_text::escape(s)
}

/// A KPI as the KPI report names it: `Mean time to restore (`mttr`)`.
fn kpi_md(r: &Row) -> String {
    format!(
        "{} (`{}`)",
        md_cell(&r.kpi.name.replace('`', "'")),
        r.kpi.id.replace('`', "'")
    )
}

/// One period, or a trend, as a Markdown table.
pub fn markdown(
    rows: &[Row],
    name: &str,
    period: Option<Period>,
    as_of: NaiveDate,
    rev: Option<&str>,
) -> String {
    let trend = period.is_none();
    let mut out = format!("## {}\n\n", md_cell(&title(rows, name, period, as_of, rev)));
    if trend {
        out.push_str(
            "| KPI | Period | Value | Target | Status | Change |\n|---|---|---:|---|---|---:|\n",
        );
    } else {
        out.push_str("| KPI | Value | Target | Status | Previous | Change | Source |\n|---|---:|---|---|---:|---:|---|\n");
    }
    for r in rows {
        let cells = if trend {
            vec![
                kpi_md(r),
                r.period.to_string(),
                value(r.kpi.unit, r.value),
                target(r.kpi),
                r.status.as_str().into(),
                change(r.kpi.unit, r.change),
            ]
        } else {
            vec![
                kpi_md(r),
                value(r.kpi.unit, r.value),
                target(r.kpi),
                r.status.as_str().into(),
                value(r.kpi.unit, r.previous),
                change(r.kpi.unit, r.change),
                r.kpi.source.as_str().into(),
            ]
        };
        out.push_str(&format!(
            "| {} |\n",
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.clone() } else { md_cell(c) })
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    let n = notes_text(rows, trend, "- ");
    if !n.is_empty() {
        out.push_str("\nNotes:\n\n");
        out.push_str(
            &n.lines()
                .map(|l| format!("{}\n", md_cell(l)))
                .collect::<String>(),
        );
    }
    out
}

fn raw(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// CSV: raw numbers at full precision, one row per KPI and period.
pub fn csv(rows: &[Row]) -> String {
    let header = [
        "id",
        "name",
        "period",
        "source",
        "unit",
        "value",
        "target_min",
        "target_max",
        "target_trend",
        "status",
        "previous",
        "change",
    ];
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let t = r.kpi.target_view();
            vec![
                r.kpi.id.clone(),
                r.kpi.name.clone(),
                r.period.to_string(),
                r.kpi.source.as_str().into(),
                r.kpi.unit.as_str().into(),
                raw(r.value),
                raw(t.min),
                raw(t.max),
                t.trend.unwrap_or("").into(),
                r.status.as_str().into(),
                raw(r.previous),
                raw(r.change),
            ]
        })
        .collect();
    table::csv(&header, &body)
}

/// A KPI listing as JSON, one document.
pub fn json(l: &Listing) -> String {
    let mut s = serde_json::to_string_pretty(l).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_people_read_them() {
        assert_eq!(value(Unit::Ratio, Some(0.7521)), "75.2%");
        assert_eq!(value(Unit::Ratio, None), "—");
        assert_eq!(value(Unit::Percent, Some(99.95)), "99.95%");
        assert_eq!(value(Unit::Days, Some(3.5)), "3.5 days");
        assert_eq!(value(Unit::Score, Some(27.0)), "27");
        assert_eq!(value(Unit::Score, Some(4.2)), "4.2");
        assert_eq!(value(Unit::Currency, Some(1610.456)), "1610.46");
        assert_eq!(change(Unit::Ratio, Some(0.021)), "+2.1 pp");
        assert_eq!(change(Unit::Ratio, Some(-0.00001)), "0.0 pp");
        assert_eq!(change(Unit::Hours, Some(-0.6)), "-0.6 h");
        assert_eq!(change(Unit::Count, Some(0.0)), "0");
        assert_eq!(change(Unit::Percent, Some(0.02)), "+0.02 pp");
        assert_eq!(change(Unit::Days, Some(-1.0)), "-1 day");
        assert_eq!(value(Unit::Days, Some(1.0)), "1 day");
    }
}
