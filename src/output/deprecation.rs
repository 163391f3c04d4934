//! `deprecation list` as a listing, `deprecation show` as text.

use super::fmt::{bar, relative_days};
use super::listing::{row, Cell, Column, Listing, To};
use super::record::Record;
use super::style::Style;
use crate::model::{Deprecation, DeprecationStatus};
use crate::report::deprecation_status::{DeprecationState, Migration};
use crate::report::deprecation_view::{ConsumerView, DeprecationList, DeprecationShow};
use std::borrow::Cow;

fn by_team(m: &Migration) -> String {
    m.remaining_by_team
        .iter()
        .map(|t| format!("{} {}", t.team, t.services.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// CSV has every number on its own; a table reads them together
/// ("capability interface", a progress bar, "left/of").
impl Listing for DeprecationList<'_> {
    fn columns(&self, to: To) -> Vec<Column> {
        if to.is_csv() {
            [
                "id",
                "capability",
                "interface",
                "state",
                "progress",
                "migrated",
                "remaining",
                "exempt",
                "sunset",
                "days_to_sunset",
                "remaining_by_team",
            ]
            .into_iter()
            .map(Column::new)
            .collect()
        } else {
            vec![
                Column::new("id"),
                Column::new("capability"),
                Column::new("state"),
                Column::new("progress"),
                Column::new("left"),
                Column::new("sunset"),
                Column::new("days"),
                Column::new("remaining_by_team").free(),
            ]
        }
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        let st = to.style();
        self.deprecations
            .iter()
            .map(|r| {
                let (d, m) = (r.deprecation, &r.migration);
                if to.is_csv() {
                    return row([
                        d.id.value.clone(),
                        d.capability.value.clone(),
                        d.interface
                            .as_ref()
                            .map(|i| i.value.clone())
                            .unwrap_or_default(),
                        m.state.to_string(),
                        m.progress.to_string(),
                        m.migrated.to_string(),
                        m.remaining.to_string(),
                        m.exempt.to_string(),
                        d.sunset.value.to_string(),
                        m.days_to_sunset.to_string(),
                        by_team(m),
                    ]);
                }
                let what = match &d.interface {
                    Some(i) => format!("{} {}", d.capability.value, i.value),
                    None => d.capability.value.clone(),
                };
                let state = match m.state {
                    DeprecationState::Overdue => st.red(m.state.as_str()),
                    _ => m.state.to_string(),
                };
                row([
                    d.id.value.clone(),
                    what,
                    state,
                    bar(m.progress, 10),
                    format!("{}/{}", m.remaining, m.consumer_count - m.exempt),
                    d.sunset.value.to_string(),
                    m.days_to_sunset.to_string(),
                    by_team(m),
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no deprecation matches\n".into())
    }
}

/// The whole of one deprecation, then its consumers, exceptions and burn-down.
pub fn show_text(v: &DeprecationShow, st: Style, width: Option<u16>) -> String {
    let (d, m) = (v.deprecation.deprecation, &v.deprecation.migration);
    let mut o = Record::new(st, 0);
    let what = match &d.interface {
        Some(i) => format!("{} {} goes away", d.capability.value, i.value),
        None => format!("{} goes away", d.capability.value),
    };
    let to = d
        .replacement
        .as_ref()
        .map(|r| format!(" → {}", r.value))
        .unwrap_or_default();
    o.title(&d.id.value, Some(&format!("{what}{to}")));
    o.item(format!(
        "announced {}, sunset {} ({})",
        d.announced.value,
        d.sunset.value,
        relative_days(m.days_to_sunset)
    ));
    let state = if m.state == DeprecationState::Overdue {
        st.red(m.state.as_str())
    } else {
        m.state.to_string()
    };
    o.item(format!("status {} (state today: {state})", d.status.value));
    if let Some(g) = &d.migration_guide {
        o.item(format!("migration guide {g}"));
    }
    o.item(format!(
        "progress {}  {} of {} migrated, {} remaining ({} pending, {} in progress), {} exempt",
        bar(m.progress, 20),
        m.migrated,
        m.consumer_count - m.exempt,
        m.remaining,
        m.pending,
        m.in_progress,
        m.exempt
    ));
    consumers(&mut o, v, width);
    exceptions(&mut o, v);
    burn_down(&mut o, v);
    o.finish()
}

/// The consumers of one deprecation, as the table in its `show`.
#[derive(serde::Serialize)]
struct Consumers<'c>(&'c [ConsumerView]);

impl Listing for Consumers<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("service"),
            Column::new("team"),
            Column::new("status"),
            Column::new("exception"),
        ]
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        self.0
            .iter()
            .map(|c| {
                let exc = match (&c.exception, c.exception_state) {
                    (Some(e), Some(s)) => format!("{e} ({s})"),
                    (Some(e), None) => format!("{e} (unknown)"),
                    _ => String::new(),
                };
                row([
                    c.service.clone(),
                    c.team.clone().unwrap_or_else(|| "?".into()),
                    c.status.clone(),
                    exc,
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("  none\n".into())
    }
}

fn consumers(o: &mut Record, v: &DeprecationShow, width: Option<u16>) {
    o.section("Consumers").text(&super::listing::table_text(
        &Consumers(&v.consumers),
        Style::default(),
        width,
    ));
    let m = &v.deprecation.migration;
    if !m.remaining_by_team.is_empty() {
        o.section("Remaining by team");
        for t in &m.remaining_by_team {
            o.item(format!("{:<20} {}", t.team, t.services.join(", ")));
        }
    }
}

fn exceptions(o: &mut Record, v: &DeprecationShow) {
    o.section("Exceptions");
    if v.exceptions.is_empty() {
        o.item("none");
    }
    for e in &v.exceptions {
        let left = e
            .days_left
            .map(|l| format!(" ({})", relative_days(l)))
            .unwrap_or_default();
        let svc = e.service.as_deref().unwrap_or("-");
        o.item(format!(
            "{}  {:<9} {svc}  expires {}{left}  {}",
            e.id,
            e.state.as_str(),
            e.expires,
            e.title
        ));
    }
}

fn burn_down(o: &mut Record, v: &DeprecationShow) {
    let st = o.style();
    o.section("Burn-down");
    if v.history == "none" {
        o.item(
            st.dim("no git history (the catalog is not in a git repository): only today's numbers")
                .to_string(),
        );
    } else if v.burn_down.iter().all(|p| p.commit.is_none()) {
        o.item(
            st.dim("the file has no committed history yet: only today's numbers")
                .to_string(),
        );
    }
    for p in &v.burn_down {
        let denom = p.consumers - p.exempt;
        let ratio = if denom == 0 {
            1.0
        } else {
            p.migrated as f64 / denom as f64
        };
        let from = p.commit.as_deref().map_or_else(
            || "working tree".to_string(),
            |c| c.chars().take(10).collect(),
        );
        o.item(format!(
            "{}  {}  {:>3} migrated, {:>3} remaining  {}",
            p.date,
            bar(ratio, 20),
            p.migrated,
            p.remaining,
            st.dim(&from)
        ));
    }
}

/// What to say after a migration: the progress, and the deprecation's own
/// status when it no longer fits (everyone moved, or migrations started).
pub fn after_migration(d: &Deprecation, m: &Migration) -> Vec<String> {
    let id = &d.id.value;
    let mut out = vec![format!(
        "progress {:.0}%: {} migrated, {} remaining",
        m.progress * 100.0,
        m.migrated,
        m.remaining
    )];
    if d.is_open() && m.remaining == 0 {
        out.push(format!("every consumer has moved or is exempt: when the sunset is done, platctl deprecation update {id} --status completed"));
    } else if d.status.value == DeprecationStatus::Announced
        && (m.migrated > 0 || m.in_progress > 0)
    {
        out.push(format!(
            "migrations have started: platctl deprecation update {id} --status migrating"
        ));
    }
    out
}
