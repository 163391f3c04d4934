//! `service list` and `team list` as listings.

use super::listing::{row, Cell, Column, Listing, To};
use crate::report::service_view::{ServiceList, TeamList};
use std::borrow::Cow;

impl Listing for ServiceList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("name").free(),
            Column::new("team"),
            Column::new("tier"),
            Column::new("status"),
            Column::new("system"),
            Column::new("uses"),
        ]
    }

    /// `uses` is the number of capabilities a service adopted (the JSON
    /// holds the list).
    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        self.services
            .iter()
            .map(|s| {
                row([
                    s.id.value.clone(),
                    s.name.clone().unwrap_or_default(),
                    s.team.value.clone(),
                    s.tier.to_string(),
                    s.status.to_string(),
                    s.system
                        .as_ref()
                        .map(|x| x.value.clone())
                        .unwrap_or_default(),
                    s.uses.len().to_string(),
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no service matches\n".into())
    }
}

impl Listing for TeamList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("name").free(),
            Column::new("type"),
            Column::new("parent"),
            Column::new("contact").free(),
            Column::new("services"),
            Column::new("capabilities"),
        ]
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        self.teams
            .iter()
            .map(|r| {
                let t = r.team;
                row([
                    t.id.value.clone(),
                    t.name.value.clone(),
                    t.kind.to_string(),
                    t.parent
                        .as_ref()
                        .map(|p| p.value.clone())
                        .unwrap_or_default(),
                    t.contact.clone().unwrap_or_default(),
                    r.services.to_string(),
                    r.capabilities.to_string(),
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no team matches\n".into())
    }
}
