//! Requests: file one, triage one.

use super::{create, fresh_id, update, Confirm, NewFile};
use crate::catalog::{Catalog, Kind};
use crate::intake::draft::Draft;
use crate::model::{Intake, IntakeStatus, Route};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, Options, Written};
use crate::store::yaml_text;
use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use std::path::Path;

/// Writes a new request under a fresh `INT-` id once `confirm` has seen it.
pub fn file(
    cat: &Catalog,
    opts: &Options,
    draft: &Draft,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let title = &draft.title;
    let new = NewFile {
        kind: Kind::Intake,
        id: fresh_id(cat, "INT"),
        body: &|id| draft.to_yaml(id),
        message: &|id| format!("intake: {id} {title}"),
    };
    create(&cat.root, opts, new, confirm)
}

/// A triage decision about one request.
pub struct Triage<'a> {
    pub route: Route,
    pub status: IntakeStatus,
    /// The request it duplicates.
    pub duplicate_of: Option<&'a str>,
    pub roadmap_item: Option<&'a str>,
    pub today: NaiveDate,
}

/// The fields a triage sets or clears on request `r`: route, status,
/// `triaged`, `resolved` for a final status (cleared when reopened), the
/// original of a duplicate (cleared when no longer one), the roadmap item.
pub fn triage_changes(r: &Intake, t: &Triage) -> Vec<Change> {
    let today = t.today.format("%Y-%m-%d").to_string();
    let status = t.status;
    let mut changes = vec![
        Change::Set("route".into(), t.route.to_string()),
        Change::Set("status".into(), status.to_string()),
        Change::Set("triaged".into(), today.clone()),
    ];
    if status.is_final() {
        changes.push(Change::Set("resolved".into(), today));
    }
    if !status.is_final() && r.resolved.is_some() {
        changes.push(Change::Remove("resolved".into()));
    }
    if let Some(d) = t.duplicate_of {
        changes.push(Change::Set("duplicate_of".into(), yaml_text::scalar(d)));
    } else if status != IntakeStatus::Duplicate && r.duplicate_of.is_some() {
        changes.push(Change::Remove("duplicate_of".into()));
    }
    if let Some(i) = t.roadmap_item {
        changes.push(Change::Set("roadmap_item".into(), yaml_text::scalar(i)));
    }
    changes
}

/// Writes the triage of request `id` (`changes`, from [`triage_changes`]).
pub fn triage(
    root: &Path,
    opts: &Options,
    id: &str,
    t: &Triage,
    changes: &[Change],
) -> Result<Written> {
    update(root, Kind::Intake, opts, &|cat| {
        let r = cat
            .intake_req(id)
            .ok_or_else(|| anyhow!("request {id} is no longer in the catalog"))?;
        let text = writer::edit_at(
            cat,
            r.meta.file,
            r.meta.span,
            changes,
            crate::model::Intake::FIELDS,
        )?;
        Ok(Edit {
            id: id.to_string(),
            path: cat.path(r.meta.file).to_string(),
            text,
            message: format!(
                "intake: {id} {} ({}, route {})",
                r.title.value, t.status, t.route
            ),
        })
    })
}
