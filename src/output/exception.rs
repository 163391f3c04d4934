//! `exception list` as a table or CSV, `exception show` as text.

use super::fmt::relative_days;
use super::style::Style;
use super::table;
use crate::model::ExceptionState;
use crate::report::exception_view::{ExceptionList, ExceptionShow};
use std::fmt::Write as _;

const HEADER: [&str; 9] = [
    "id",
    "state",
    "days_left",
    "expires",
    "standard",
    "team",
    "service",
    "risk",
    "title",
];

/// The cells of each row; in colour for a table (`style`), plain for CSV.
fn cells(v: &ExceptionList, style: Option<Style>) -> Vec<Vec<String>> {
    v.exceptions
        .iter()
        .map(|r| {
            let e = r.exception;
            let state = match (r.state, style) {
                (ExceptionState::Expired, Some(st)) => st.red(r.state.as_str()),
                (ExceptionState::Expiring, Some(st)) => st.yellow(r.state.as_str()),
                (s, _) => s.to_string(),
            };
            vec![
                e.id.value.clone(),
                state,
                r.days_left.map(|d| d.to_string()).unwrap_or_default(),
                e.expires.value.to_string(),
                e.waived().to_string(),
                e.team.value.clone(),
                e.service
                    .as_ref()
                    .map(|s| s.value.clone())
                    .unwrap_or_default(),
                e.risk.to_string(),
                e.title.value.clone(),
            ]
        })
        .collect()
}

pub fn list_csv(v: &ExceptionList) -> String {
    table::csv(&HEADER, &cells(v, None))
}

pub fn list_table(v: &ExceptionList, st: Style, width: Option<u16>) -> String {
    if v.exceptions.is_empty() {
        return "no exception matches\n".to_string();
    }
    let header = HEADER.map(|h| h.replace('_', " ").to_uppercase());
    table::table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        cells(v, Some(st)),
        width,
    )
}

pub fn show_text(v: &ExceptionShow, st: Style) -> String {
    let (r, e) = (&v.exception, v.exception.exception);
    let mut o = String::new();
    let kv = |o: &mut String, k: &str, v: &str| {
        let _ = writeln!(o, "  {} {v}", st.dim(&format!("{k:<22}")));
    };
    let _ = writeln!(o, "{} — {}", st.bold(&e.id.value), e.title.value);
    let state = match r.state {
        ExceptionState::Expired => st.red(r.state.as_str()),
        ExceptionState::Expiring => st.yellow(r.state.as_str()),
        s => s.to_string(),
    };
    let left = r
        .days_left
        .map(|d| format!(", expires {}", relative_days(d)))
        .unwrap_or_default();
    kv(
        &mut o,
        "state",
        &format!("{state} (status {}{left})", e.status.value),
    );
    kv(&mut o, "waives", &v.waives);
    kv(&mut o, "team", &e.team.value);
    if let Some(s) = &e.service {
        kv(&mut o, "service", &s.value);
    }
    kv(&mut o, "risk", e.risk.as_str());
    kv(&mut o, "reason", e.reason.trim());
    if let Some(c) = &e.compensating_controls {
        kv(&mut o, "compensating controls", c.trim());
    }
    kv(&mut o, "requested", &e.requested.value.to_string());
    if let Some(b) = &e.approved_by {
        kv(&mut o, "approved by", &b.value);
    }
    if let Some(g) = &e.granted {
        kv(&mut o, "granted", &g.value.to_string());
    }
    kv(&mut o, "expires", &e.expires.value.to_string());
    if !v.exempts.is_empty() {
        let _ = writeln!(o, "\n{}", st.bold("Exempts"));
        for x in &v.exempts {
            let _ = writeln!(o, "  {} in deprecation {}", x.service, x.deprecation);
        }
    }
    o
}
