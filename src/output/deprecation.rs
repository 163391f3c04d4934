//! `deprecation list` as a table or CSV, `deprecation show` as text.

use super::fmt::{bar, relative_days};
use super::style::Style;
use super::table;
use crate::model::{Deprecation, DeprecationStatus};
use crate::report::deprecation_status::{DeprecationState, Migration};
use crate::report::deprecation_view::{DeprecationList, DeprecationShow};
use std::fmt::Write as _;

fn by_team(m: &Migration) -> String {
    m.remaining_by_team
        .iter()
        .map(|t| format!("{} {}", t.team, t.services.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn list_csv(v: &DeprecationList) -> String {
    let header = [
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
    ];
    let cells: Vec<Vec<String>> = v
        .deprecations
        .iter()
        .map(|r| {
            let (d, m) = (r.deprecation, &r.migration);
            vec![
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
            ]
        })
        .collect();
    table::csv(&header, &cells)
}

pub fn list_table(v: &DeprecationList, st: Style, width: Option<u16>) -> String {
    if v.deprecations.is_empty() {
        return "no deprecation matches\n".to_string();
    }
    let header = [
        "ID",
        "CAPABILITY",
        "STATE",
        "PROGRESS",
        "LEFT",
        "SUNSET",
        "DAYS",
        "REMAINING BY TEAM",
    ];
    let cells: Vec<Vec<String>> = v
        .deprecations
        .iter()
        .map(|r| {
            let (d, m) = (r.deprecation, &r.migration);
            let what = match &d.interface {
                Some(i) => format!("{} {}", d.capability.value, i.value),
                None => d.capability.value.clone(),
            };
            let state = match m.state {
                DeprecationState::Overdue => st.red(m.state.as_str()),
                _ => m.state.to_string(),
            };
            vec![
                d.id.value.clone(),
                what,
                state,
                bar(m.progress, 10),
                format!("{}/{}", m.remaining, m.consumer_count - m.exempt),
                d.sunset.value.to_string(),
                m.days_to_sunset.to_string(),
                by_team(m),
            ]
        })
        .collect();
    table::table(&header, cells, width)
}

/// The whole of one deprecation, then its consumers, exceptions and burn-down.
pub fn show_text(v: &DeprecationShow, st: Style, width: Option<u16>) -> String {
    let (d, m) = (v.deprecation.deprecation, &v.deprecation.migration);
    let mut o = String::new();
    let what = match &d.interface {
        Some(i) => format!("{} {} goes away", d.capability.value, i.value),
        None => format!("{} goes away", d.capability.value),
    };
    let to = d
        .replacement
        .as_ref()
        .map(|r| format!(" → {}", r.value))
        .unwrap_or_default();
    let _ = writeln!(o, "{} — {what}{to}", st.bold(&d.id.value));
    let _ = writeln!(
        o,
        "  announced {}, sunset {} ({})",
        d.announced.value,
        d.sunset.value,
        relative_days(m.days_to_sunset)
    );
    let state = if m.state == DeprecationState::Overdue {
        st.red(m.state.as_str())
    } else {
        m.state.to_string()
    };
    let _ = writeln!(o, "  status {} (state today: {state})", d.status.value);
    if let Some(g) = &d.migration_guide {
        let _ = writeln!(o, "  migration guide {g}");
    }
    let _ = writeln!(
        o,
        "  progress {}  {} of {} migrated, {} remaining ({} pending, {} in progress), {} exempt",
        bar(m.progress, 20),
        m.migrated,
        m.consumer_count - m.exempt,
        m.remaining,
        m.pending,
        m.in_progress,
        m.exempt
    );
    consumers(&mut o, v, st, width);
    exceptions(&mut o, v, st);
    burn_down(&mut o, v, st);
    o
}

fn consumers(o: &mut String, v: &DeprecationShow, st: Style, width: Option<u16>) {
    let _ = writeln!(o, "\n{}", st.bold("Consumers"));
    if v.consumers.is_empty() {
        let _ = writeln!(o, "  none");
    } else {
        let cells = v
            .consumers
            .iter()
            .map(|c| {
                let exc = match (&c.exception, c.exception_state) {
                    (Some(e), Some(s)) => format!("{e} ({s})"),
                    (Some(e), None) => format!("{e} (unknown)"),
                    _ => String::new(),
                };
                vec![
                    c.service.clone(),
                    c.team.clone().unwrap_or_else(|| "?".into()),
                    c.status.clone(),
                    exc,
                ]
            })
            .collect();
        o.push_str(&table::table(
            &["SERVICE", "TEAM", "STATUS", "EXCEPTION"],
            cells,
            width,
        ));
    }
    let m = &v.deprecation.migration;
    if !m.remaining_by_team.is_empty() {
        let _ = writeln!(o, "\n{}", st.bold("Remaining by team"));
        for t in &m.remaining_by_team {
            let _ = writeln!(o, "  {:<20} {}", t.team, t.services.join(", "));
        }
    }
}

fn exceptions(o: &mut String, v: &DeprecationShow, st: Style) {
    let _ = writeln!(o, "\n{}", st.bold("Exceptions"));
    if v.exceptions.is_empty() {
        let _ = writeln!(o, "  none");
    }
    for e in &v.exceptions {
        let left = e
            .days_left
            .map(|l| format!(" ({})", relative_days(l)))
            .unwrap_or_default();
        let svc = e.service.as_deref().unwrap_or("-");
        let _ = writeln!(
            o,
            "  {}  {:<9} {svc}  expires {}{left}  {}",
            e.id,
            e.state.as_str(),
            e.expires,
            e.title
        );
    }
}

fn burn_down(o: &mut String, v: &DeprecationShow, st: Style) {
    let _ = writeln!(o, "\n{}", st.bold("Burn-down"));
    if v.history == "none" {
        let _ = writeln!(
            o,
            "  {}",
            st.dim("no git history (the catalog is not in a git repository): only today's numbers")
        );
    } else if v.burn_down.iter().all(|p| p.commit.is_none()) {
        let _ = writeln!(
            o,
            "  {}",
            st.dim("the file has no committed history yet: only today's numbers")
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
        let _ = writeln!(
            o,
            "  {}  {}  {:>3} migrated, {:>3} remaining  {}",
            p.date,
            bar(ratio, 20),
            p.migrated,
            p.remaining,
            st.dim(&from)
        );
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
