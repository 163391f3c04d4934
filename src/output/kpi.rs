//! KPI rows as a listing: a table, CSV, Markdown or JSON.

use super::listing::{self, Cell, Column, Listing, Paint, To};
use super::style::Style;
use crate::kpi::registry::TargetView;
use crate::kpi::view::Listing as KpiListing;
use crate::kpi::{Kpi, Row, Status};
use crate::model::{Better, Period, Unit};
use chrono::NaiveDate;
use comfy_table::Color;

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

/// The status word, painted when colour is on.
fn status_cell(st: Style, s: Status) -> Cell {
    let paint = st.color.then_some(match s {
        Status::OnTarget => Paint::Fg(Color::Green),
        Status::OffTarget => Paint::Fg(Color::Red),
        Status::NoData => Paint::Dim,
        Status::NoTarget => Paint::Fg(Color::Yellow),
    });
    Cell::painted(s.as_str(), paint)
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
        return Cell::from(text);
    };
    let paint = if c == 0.0 {
        None
    } else if is_good(r.kpi.better, c) {
        Some(Paint::Fg(Color::Green))
    } else {
        Some(Paint::Fg(Color::Red))
    };
    Cell::painted(format!("{} {text}", arrow(c)), paint)
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
    // One line, whatever the catalog's name holds.
    let name = super::safe::term_line(name);
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
        None => format!(
            "KPI trend of {}{} (as of {as_of})",
            super::safe::term_line(name),
            span_text(rows)
        ),
    }
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

fn raw(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// One period, or a trend with a row per period per KPI. A table has colour
/// and arrows on a terminal; CSV has raw numbers at full precision, one row
/// per KPI and period; the table and Markdown open with a title and close
/// with why values are missing.
impl Listing for KpiListing<'_> {
    fn columns(&self, to: To) -> Vec<Column> {
        if to.is_csv() {
            return [
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
            ]
            .into_iter()
            .map(Column::new)
            .collect();
        }
        let trend = self.period.is_none();
        // Markdown titles its columns as the KPI report does; a table in capitals.
        let col = |name: &'static str, title: &'static str| {
            Column::new(name).header(if to.is_table() {
                title.to_uppercase()
            } else {
                title.to_string()
            })
        };
        let mut c = vec![col("kpi", "KPI").free()];
        if trend {
            c.push(col("period", "Period"));
        }
        c.extend([
            col("value", "Value").right(),
            col("target", "Target"),
            col("status", "Status"),
        ]);
        if !trend {
            c.push(col("previous", "Previous").right());
        }
        c.push(col("change", "Change").right());
        if !trend {
            c.push(col("source", "Source"));
        }
        c
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        let trend = self.period.is_none();
        let st = to.style();
        self.rows
            .iter()
            .map(|r| {
                if to.is_csv() {
                    let t = r.kpi.target_view();
                    return listing::row([
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
                    ]);
                }
                // Named as the KPI report names it: "Adoption rate (adoption-rate)".
                let mut cells = vec![if to.is_table() {
                    Cell::from(format!("{} ({})", r.kpi.name, r.kpi.id))
                } else {
                    Cell::markdown(kpi_md(r))
                }];
                if trend {
                    cells.push(Cell::from(r.period.to_string()));
                }
                cells.extend([
                    Cell::from(value(r.kpi.unit, r.value)),
                    Cell::from(target(r.kpi)),
                    status_cell(st, r.status),
                ]);
                if !trend {
                    cells.push(Cell::from(value(r.kpi.unit, r.previous)));
                }
                cells.push(change_cell(st, r));
                if !trend {
                    cells.push(Cell::from(r.kpi.source.as_str()));
                }
                cells
            })
            .collect()
    }

    fn head(&self, to: To) -> String {
        let t = title(
            &self.rows,
            &self.name,
            self.period,
            self.as_of,
            self.rev.as_deref(),
        );
        match to {
            To::Table(st) => format!("{}\n", st.bold(&t)),
            To::Markdown => format!("## {}\n\n", md_cell(&t)),
            To::Csv => String::new(),
        }
    }

    fn foot(&self, to: To) -> String {
        let trend = self.period.is_none();
        match to {
            To::Table(_) => {
                let n = notes_text(&self.rows, trend, "  ");
                if n.is_empty() {
                    n
                } else {
                    format!("Notes:\n{n}")
                }
            }
            To::Markdown => {
                let n = notes_text(&self.rows, trend, "- ");
                if n.is_empty() {
                    return n;
                }
                let lines: String = n.lines().map(|l| format!("{}\n", md_cell(l))).collect();
                format!("\nNotes:\n\n{lines}")
            }
            To::Csv => String::new(),
        }
    }
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
