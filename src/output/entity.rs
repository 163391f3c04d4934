//! Text for `show service`, `show team` and `search`.

use crate::output::listing::{row, Cell, Column, Listing, To};
use crate::output::style::Style;
use crate::report::entity::{ServiceView, TeamView};
use crate::report::search::SearchView;
use std::borrow::Cow;
use std::fmt::Write as _;

fn kv(o: &mut String, st: Style, key: &str, value: &str) {
    let _ = writeln!(o, "  {} {value}", st.dim(&format!("{key:<14}")));
}

fn or_none(v: Vec<String>) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

/// A service as `platctl show service ID` prints it.
pub fn service(v: &ServiceView, st: Style) -> String {
    let s = v.service.service;
    let mut o = String::new();
    let name = s
        .name
        .as_deref()
        .map(|n| format!(" — {n}"))
        .unwrap_or_default();
    let _ = writeln!(o, "{}{name}", st.bold(&s.id.value));
    let team = match (&v.team.name, &v.team.contact) {
        (Some(n), Some(c)) => format!("{} — {n} ({c})", v.team.id),
        (Some(n), None) => format!("{} — {n}", v.team.id),
        (None, _) => format!("{} (not a known team)", v.team.id),
    };
    if let Some(d) = &s.description {
        let _ = writeln!(o, "  {d}");
    }
    kv(&mut o, st, "team", &team);
    if let Some(x) = &s.system {
        kv(&mut o, st, "system", &x.value);
    }
    kv(&mut o, st, "tier", &s.tier.to_string());
    kv(&mut o, st, "status", &s.status.to_string());
    kv(&mut o, st, "file", v.service.file);
    let uses = v
        .uses
        .iter()
        .map(|u| {
            let life = u.lifecycle.as_deref().unwrap_or("not in the catalog");
            format!("{} ({life})", u.capability)
        })
        .collect();
    kv(&mut o, st, "uses", &or_none(uses));
    let deps = v
        .deprecations
        .iter()
        .map(|d| format!("{} (sunset {}, {})", d.id, d.sunset, d.status))
        .collect();
    kv(&mut o, st, "deprecations", &or_none(deps));
    let exc = v
        .exceptions
        .iter()
        .map(|e| format!("{} ({}, expires {})", e.id, e.state.as_str(), e.expires))
        .collect();
    kv(&mut o, st, "exceptions", &or_none(exc));
    o
}

/// A team as `platctl show team ID` prints it.
pub fn team(v: &TeamView, st: Style) -> String {
    let t = v.team.team;
    let mut o = String::new();
    let _ = writeln!(o, "{} — {}", st.bold(&t.id.value), t.name.value);
    kv(&mut o, st, "type", &t.kind.to_string());
    if let Some(c) = &t.contact {
        kv(&mut o, st, "contact", c);
    }
    if let Some(p) = &t.parent {
        kv(&mut o, st, "part of", &p.value);
    }
    if !v.teams.is_empty() {
        kv(&mut o, st, "teams", &v.teams.join(", "));
    }
    kv(&mut o, st, "file", v.team.file);
    let owned = |x: &[crate::report::entity::Owned]| {
        or_none(
            x.iter()
                .map(|s| format!("{} ({})", s.id, s.state))
                .collect(),
        )
    };
    kv(&mut o, st, "services", &owned(&v.services));
    kv(&mut o, st, "capabilities", &owned(&v.capabilities));
    let work = |x: &[crate::report::entity::WorkRef]| {
        or_none(
            x.iter()
                .map(|w| match &w.quarter {
                    Some(q) => format!("{} ({q}, {})", w.id, w.status),
                    None => format!("{} ({})", w.id, w.status),
                })
                .collect(),
        )
    };
    kv(&mut o, st, "roadmap items", &work(&v.roadmap_items));
    kv(&mut o, st, "requests", &work(&v.requests));
    let exc = v
        .exceptions
        .iter()
        .map(|e| format!("{} ({}, expires {})", e.id, e.state.as_str(), e.expires))
        .collect();
    kv(&mut o, st, "exceptions", &or_none(exc));
    o
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
        Some(format!("nothing in the catalog matches `{}`", self.query).into())
    }
}
