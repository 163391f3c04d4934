//! `show service` and `show team` as records, `search` as a listing.

use crate::output::listing::{row, Cell, Column, Listing, To};
use crate::output::record::{list_or_none, Record};
use crate::output::style::Style;
use crate::report::entity::{ServiceView, TeamView};
use crate::report::search::SearchView;
use std::borrow::Cow;

/// A service as `platctl show service ID` prints it.
pub fn service(v: &ServiceView, st: Style) -> String {
    let s = v.service.service;
    let mut o = Record::new(st, 14);
    o.title(&s.id.value, s.name.as_deref());
    let team = match (&v.team.name, &v.team.contact) {
        (Some(n), Some(c)) => format!("{} — {n} ({c})", v.team.id),
        (Some(n), None) => format!("{} — {n}", v.team.id),
        (None, _) => format!("{} (not a known team)", v.team.id),
    };
    if let Some(d) = &s.description {
        o.item(d);
    }
    o.field("team", &team);
    o.field_opt("system", s.system.as_ref().map(|x| &x.value));
    o.field("tier", s.tier.to_string());
    o.field("status", s.status.to_string());
    o.field("file", crate::output::safe::term_line(v.service.file));
    let uses = v
        .uses
        .iter()
        .map(|u| {
            let life = u.lifecycle.as_deref().unwrap_or("not in the catalog");
            format!("{} ({life})", u.capability)
        })
        .collect();
    o.field("uses", list_or_none(uses));
    let deps = v
        .deprecations
        .iter()
        .map(|d| format!("{} (sunset {}, {})", d.id, d.sunset, d.status))
        .collect();
    o.field("deprecations", list_or_none(deps));
    let exc = v
        .exceptions
        .iter()
        .map(|e| format!("{} ({}, expires {})", e.id, e.state.as_str(), e.expires))
        .collect();
    o.field("exceptions", list_or_none(exc));
    o.finish()
}

/// A team as `platctl show team ID` prints it.
pub fn team(v: &TeamView, st: Style) -> String {
    let t = v.team.team;
    let mut o = Record::new(st, 14);
    o.title(&t.id.value, Some(&t.name.value));
    o.field("type", t.kind.to_string());
    o.field_opt("contact", t.contact.as_ref())
        .field_opt("part of", t.parent.as_ref().map(|p| &p.value));
    if !v.teams.is_empty() {
        o.field("teams", v.teams.join(", "));
    }
    o.field("file", crate::output::safe::term_line(v.team.file));
    let owned = |x: &[crate::report::entity::Owned]| {
        list_or_none(
            x.iter()
                .map(|s| format!("{} ({})", s.id, s.state))
                .collect(),
        )
    };
    o.field("services", owned(&v.services));
    o.field("capabilities", owned(&v.capabilities));
    let work = |x: &[crate::report::entity::WorkRef]| {
        list_or_none(
            x.iter()
                .map(|w| match &w.quarter {
                    Some(q) => format!("{} ({q}, {})", w.id, w.status),
                    None => format!("{} ({})", w.id, w.status),
                })
                .collect(),
        )
    };
    o.field("roadmap items", work(&v.roadmap_items));
    o.field("requests", work(&v.requests));
    let exc = v
        .exceptions
        .iter()
        .map(|e| format!("{} ({}, expires {})", e.id, e.state.as_str(), e.expires))
        .collect();
    o.field("exceptions", list_or_none(exc));
    o.finish()
}

/// Search results; a table with none says so.
impl Listing for SearchView {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("kind"),
            Column::new("id"),
            Column::new("name").free(),
            Column::new("team"),
            Column::new("matched"),
        ]
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        self.results
            .iter()
            .map(|h| {
                row([
                    h.kind.to_string(),
                    h.id.clone(),
                    h.name.clone().unwrap_or_default(),
                    h.team.clone().unwrap_or_default(),
                    h.matched.join(", "),
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some(format!("nothing in the catalog matches `{}`\n", self.query).into())
    }
}
