//! Requests: file one, triage one.

use super::{create, fresh_id, update, Confirm, NewFile};
use crate::catalog::{Catalog, Kind};
use crate::intake::draft::Draft;
use crate::model::ids::{is_allocated, is_safe_file_stem};
use crate::model::{Intake, IntakeStatus, Route};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, Options, Written};
use crate::store::yaml_text;
use anyhow::{anyhow, bail, Result};
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

/// The request named `id` (any case), or a clear refusal.
pub fn find<'a>(cat: &'a Catalog, id: &str) -> Result<&'a Intake> {
    let up = id.trim().to_ascii_uppercase();
    if !is_safe_file_stem(&up) {
        bail!("`{id}` is not a request id: write `INT-` and six characters, e.g. INT-7K3F9Q");
    }
    if let Some(r) = cat.intake_req(&up) {
        return Ok(r);
    }
    let ids = cat.ids_of(Kind::Intake);
    let hint = crate::suggest::did_you_mean(&up, ids.iter().copied())
        .unwrap_or_else(|| "`platctl intake list` shows them".into());
    if is_allocated(&up, "INT") {
        bail!("no request `{up}` in the catalog ({hint})");
    }
    bail!("`{id}` is not a request id (INT- and six characters, e.g. INT-7K3F9Q; {hint})")
}

/// What `intake triage` was asked: a status, the original of a duplicate,
/// whether a closed request may reopen, the roadmap item it goes to.
pub struct StatusAsk<'a> {
    pub status: Option<&'a str>,
    pub duplicate_of: Option<&'a str>,
    pub reopen: bool,
    pub roadmap_item: Option<&'a str>,
}

/// The status `intake triage` moves request `r` to, refused when it does
/// not fit the request (closed without --reopen, a duplicate of nothing) or
/// the flags.
pub fn triage_status(cat: &Catalog, r: &Intake, a: &StatusAsk) -> Result<IntakeStatus> {
    let dup = a.duplicate_of;
    let status = match (a.status, dup) {
        (Some(s), _) => {
            IntakeStatus::parse(s).ok_or_else(|| anyhow!("--status `{s}` is not a status"))?
        }
        (None, Some(_)) => IntakeStatus::Duplicate,
        (None, None) => IntakeStatus::Triaged,
    };
    if status == IntakeStatus::New {
        bail!("triage moves a request out of `new`: give --status triaged, accepted, declined, duplicate or done");
    }
    if r.status.value.is_final() && !a.reopen {
        bail!(
            "{} is {} (closed on {}): give --reopen to change it; reopening clears `resolved` and `duplicate_of`",
            r.id.value,
            r.status.value,
            r.resolved
                .as_ref()
                .map_or_else(|| "an unknown date".to_string(), |d| d.value.to_string())
        );
    }
    if dup.is_some() && status != IntakeStatus::Duplicate {
        bail!("--duplicate-of goes with --status duplicate (the status given is {status})");
    }
    if status == IntakeStatus::Duplicate && dup.is_none() && r.duplicate_of.is_none() {
        bail!("--status duplicate needs --duplicate-of ID: the request this one duplicates");
    }
    if let Some(i) = a.roadmap_item {
        if cat.item(i).is_none() {
            let items: Vec<&str> = cat.items().map(|(_, it)| it.id.value.as_str()).collect();
            let hint = crate::suggest::did_you_mean(i, items.iter().copied())
                .unwrap_or_else(|| "`platctl roadmap list` shows the items".into());
            bail!("--roadmap-item `{i}`: no such roadmap item ({hint})");
        }
    }
    Ok(status)
}
