//! `platctl status` as a table, a Markdown post or JSON.

use super::fmt::plural;
use super::listing::{Cell, Column, Listing, Paint, To};
use super::md_text::escape;
use crate::status::{Attention, Kind, Severity, StatusView};
use comfy_table::Color;
use std::borrow::Cow;

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
    // One line, whatever the catalog's name holds.
    let name = super::safe::term_line(&v.catalog);
    format!("{name}, {} ({}){team}", v.as_of, v.quarter)
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

/// The ranked list as a table, a header line saying what it covers first
/// (with no item, that line and the summary alone). Its Markdown is not a
/// table but a weekly post by kind ([`markdown`]).
impl Listing for StatusView {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("rank").header("#"),
            Column::new("severity"),
            Column::new("kind"),
            Column::new("id"),
            Column::new("what").free(),
        ]
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.items
            .iter()
            .map(|a| {
                let paint = Paint::Fg(match a.severity {
                    Severity::High => Color::Red,
                    Severity::Medium => Color::Yellow,
                });
                vec![
                    Cell::from(a.rank.to_string()),
                    Cell::painted(a.severity.as_str(), to.style().color.then_some(paint)),
                    Cell::from(a.kind.as_str()),
                    Cell::from(a.id.as_str()),
                    Cell::from(message(a)),
                ]
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("".into())
    }

    fn head(&self, to: To) -> String {
        let mut out = format!(
            "{}\n{}\n",
            to.style()
                .bold(&format!("What needs attention — {}", scope_line(self))),
            summary(self)
        );
        if !self.items.is_empty() {
            out.push('\n');
        }
        out
    }
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
