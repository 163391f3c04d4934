//! `exception list` as a listing, `exception show` as a record.

use super::fmt::relative_days;
use super::listing::{row, Cell, Column, Listing, To};
use super::record::Record;
use super::style::Style;
use crate::model::ExceptionState;
use crate::report::exception_view::{ExceptionList, ExceptionShow};
use std::borrow::Cow;

/// The state word, red when expired and yellow when expiring (with colour).
fn state(s: ExceptionState, st: Style) -> String {
    match s {
        ExceptionState::Expired => st.red(s.as_str()),
        ExceptionState::Expiring => st.yellow(s.as_str()),
        s => s.to_string(),
    }
}

impl Listing for ExceptionList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("state"),
            Column::new("days_left"),
            Column::new("expires"),
            Column::new("standard"),
            Column::new("team"),
            Column::new("service"),
            Column::new("risk"),
            Column::new("title").free(),
        ]
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.exceptions
            .iter()
            .map(|r| {
                let e = r.exception;
                row([
                    e.id.value.clone(),
                    state(r.state, to.style()),
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
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no exception matches\n".into())
    }
}

pub fn show_text(v: &ExceptionShow, st: Style) -> String {
    let (r, e) = (&v.exception, v.exception.exception);
    let mut o = Record::new(st, 22);
    let left = r
        .days_left
        .map(|d| format!(", expires {}", relative_days(d)))
        .unwrap_or_default();
    o.title(&e.id.value, Some(&e.title.value))
        .field(
            "state",
            format!("{} (status {}{left})", state(r.state, st), e.status.value),
        )
        .field("waives", &v.waives)
        .field("team", &e.team.value)
        .field_opt("service", e.service.as_ref().map(|s| &s.value))
        .field("risk", e.risk.as_str())
        .field("reason", e.reason.trim())
        .field_opt(
            "compensating controls",
            e.compensating_controls.as_ref().map(|c| c.trim()),
        )
        .field("requested", e.requested.value)
        .field_opt("approved by", e.approved_by.as_ref().map(|b| &b.value))
        .field_opt("granted", e.granted.as_ref().map(|g| g.value))
        .field("expires", e.expires.value);
    if !v.exempts.is_empty() {
        o.section("Exempts");
        for x in &v.exempts {
            o.item(format!("{} in deprecation {}", x.service, x.deprecation));
        }
    }
    o.finish()
}
