//! `platctl status` as a table, a Markdown post or JSON.

use super::fmt::plural;
use super::md_text::escape;
use super::style::Style;
use super::table;
use crate::status::{Attention, Kind, Severity, StatusView};
use comfy_table::{Cell, Color};

/// The sentence of an item, with a KPI's value and target said as the KPI
/// table says them.
pub fn message(a: &Attention) -> String {
    match &a.kpi {
        Some(k) => format!(
            "{} {}, target {}",
            super::kpi::value(k.unit, k.value),
            a.message,
            super::kpi::target_text(k.unit, k.target)
        ),
        None => a.message.clone(),
    }
}

/// What the view covers, in one line: "Northwind Platform, 2026-11-27 (2026-Q4), team team-b".
pub fn scope_line(v: &StatusView) -> String {
    let team = v
        .team
        .as_deref()
        .map(|t| format!(", team {t} (KPIs are platform-wide: left out)"))
        .unwrap_or_default();
    format!("{}, {} ({}){team}", v.catalog, v.as_of, v.quarter)
}

fn summary(v: &StatusView) -> String {
    if v.counts.total == 0 {
        return "nothing needs attention today".into();
    }
    format!(
        "{} need{} attention: {} late, {} coming due or off course",
        plural(v.counts.total, "item", "items"),
        if v.counts.total == 1 { "s" } else { "" },
        v.counts.high,
        v.counts.medium
    )
}

/// The ranked list as a table, a header line saying what it covers first.
pub fn table(v: &StatusView, style: Style, width: Option<u16>) -> String {
    let mut out = format!(
        "{}\n{}\n",
        style.bold(&format!("What needs attention — {}", scope_line(v))),
        summary(v)
    );
    if v.items.is_empty() {
        return out;
    }
    let rows: Vec<Vec<Cell>> = v
        .items
        .iter()
        .map(|a| {
            let sev = Cell::new(a.severity.as_str());
            let sev = if style.color {
                sev.fg(match a.severity {
                    Severity::High => Color::Red,
                    Severity::Medium => Color::Yellow,
                })
            } else {
                sev
            };
            vec![
                Cell::new(a.rank),
                sev,
                Cell::new(a.kind.as_str()),
                Cell::new(&a.id),
                Cell::new(message(a)),
            ]
        })
        .collect();
    out.push('\n');
    out.push_str(&table::table_cells_fit(
        &["#", "SEVERITY", "KIND", "ID", "WHAT"],
        rows,
        width,
        style.color,
        &[4],
    ));
    out
}

/// A weekly post: a heading, then one section per kind, most pressing first.
pub fn markdown(v: &StatusView) -> String {
    let mut out = format!(
        "# What needs attention — {}\n\n{}.\n",
        escape(&scope_line(v)),
        summary(v)
    );
    for kind in Kind::ALL {
        let mine: Vec<&Attention> = v.items.iter().filter(|a| a.kind == *kind).collect();
        if mine.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {} ({})\n\n", kind.heading(), mine.len()));
        for a in mine {
            let team = a
                .team
                .as_deref()
                .map(|t| format!(" — {}", escape(t)))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **`{}`** {}: {}{team}\n",
                a.id.replace('`', "'"),
                escape(&a.title),
                escape(&message(a))
            ));
        }
    }
    out
}

pub fn json(v: &StatusView) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
