//! Roadmap items: add one to a quarter, change its status.

use super::{check_id_form, create, update, Confirm, NewFile};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::fields::Fields;
use crate::model::{Item, Quarter, RoadmapQuarter};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, IdChoice, Options, WriteError, Written};
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;
use std::path::Path;

/// The changes to make to an item, and the commit message.
pub type Plan<'a> = dyn Fn(&Catalog, &RoadmapQuarter, &Item) -> Result<(Vec<Change>, String)> + 'a;

/// Finds item `id` under the lock, applies the plan's changes to its
/// mapping (comments kept), validates and writes.
pub fn edit(root: &Path, opts: &Options, id: &str, plan: &Plan<'_>) -> Result<Written> {
    update(root, Kind::Roadmap, opts, &|cat| {
        let (q, it) = cat.item(id).ok_or_else(|| {
            let ids: Vec<&str> = cat.items().map(|(_, i)| i.id.value.as_str()).collect();
            let hint = crate::suggest::did_you_mean(id, ids)
                .unwrap_or_else(|| "`platctl roadmap list --quarter Q` shows them".into());
            WriteError::Plan(anyhow!("no roadmap item `{id}` in the catalog ({hint})"))
        })?;
        let (changes, message) = plan(cat, q, it)?;
        let text = writer::edit_at(
            cat,
            it.meta.file,
            it.meta.span,
            &changes,
            crate::model::Item::FIELDS,
        )?;
        Ok(Edit {
            id: it.id.value.clone(),
            path: cat.path(it.meta.file).to_string(),
            text,
            message,
        })
    })
}

/// A new item `id` of `quarter`, its fields, and its commit message.
pub struct NewItem<'a> {
    pub quarter: Quarter,
    pub id: &'a str,
    pub fields: &'a Fields,
    pub message: &'a str,
}

/// Adds the item to its quarter's file (made when the quarter has none)
/// once `confirm` has seen it; `None` when declined. The result names the item.
pub fn add(
    cat: &Catalog,
    opts: &Options,
    new: &NewItem,
    confirm: Confirm,
) -> Result<Option<Written>> {
    check_id_form(Kind::Roadmap, new.id)?;
    let w = match cat.quarter(new.quarter) {
        Some(_) => append(cat, opts, new, confirm)?,
        None => new_quarter(cat, opts, new, confirm)?,
    };
    Ok(w.map(|w| Written {
        id: new.id.to_string(),
        ..w
    }))
}

/// The item as an entry of a quarter's `items` list.
fn entry_text(fields: &Fields) -> String {
    fields.to_yaml().trim_end().replace('\n', "\n    ")
}

fn append(
    cat: &Catalog,
    opts: &Options,
    new: &NewItem,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let quarter = new.quarter;
    let preview = format!("  - {}", entry_text(new.fields));
    if !confirm(&format!("roadmap/{quarter}.yaml (items)"), &preview)? {
        return Ok(None);
    }
    let w = update(&cat.root, Kind::Roadmap, opts, &|cat| {
        let rq = cat.quarter(quarter).ok_or_else(|| {
            WriteError::Plan(anyhow!("the roadmap of {quarter} went away meanwhile"))
        })?;
        if cat.item(new.id).is_some() {
            return Err(WriteError::Exists(format!("roadmap item `{}`", new.id)));
        }
        let text = writer::append_at(
            cat,
            rq.meta.file,
            rq.meta.span,
            "items",
            &new.fields.entry(),
            crate::model::RoadmapQuarter::FIELDS,
        )?;
        Ok(Edit {
            id: new.id.to_string(),
            path: cat.path(rq.meta.file).to_string(),
            text,
            message: new.message.to_string(),
        })
    })?;
    Ok(Some(w))
}

fn new_quarter(
    cat: &Catalog,
    opts: &Options,
    new: &NewItem,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let quarter = new.quarter;
    let body = format!(
        "quarter: {quarter}\nitems:\n  - {}\n",
        entry_text(new.fields)
    );
    let file = NewFile {
        kind: Kind::Roadmap,
        id: IdChoice::Given(quarter.to_string()),
        body: &|_| body.clone(),
        message: &|_| new.message.to_string(),
    };
    create(&cat.root, opts, file, confirm)
}

/// The plan of `roadmap item set-status`: planned, in-progress, at-risk
/// or dropped (a delivery date or a later quarter no longer holds).
pub fn set_status_plan(
    status: &str,
) -> impl Fn(&Catalog, &RoadmapQuarter, &Item) -> Result<(Vec<Change>, String)> + '_ {
    move |_, q, it| {
        if it.status.value.to_string() == status {
            bail!("{} is already {status}; nothing to change", it.id.value);
        }
        Ok((
            vec![
                Change::Set("status".into(), status.to_string()),
                Change::Remove("delivered".into()),
                Change::Remove("slipped_to".into()),
            ],
            format!("roadmap: {} {status} ({})", it.id.value, q.quarter.value),
        ))
    }
}

/// The plan of `roadmap item deliver`: delivered on `on`.
pub fn deliver_plan(
    on: NaiveDate,
) -> impl Fn(&Catalog, &RoadmapQuarter, &Item) -> Result<(Vec<Change>, String)> {
    move |_, _, it| {
        Ok((
            vec![
                Change::Set("status".into(), "delivered".into()),
                Change::Set("delivered".into(), on.format("%Y-%m-%d").to_string()),
                Change::Remove("slipped_to".into()),
            ],
            format!("roadmap: {} delivered on {on}", it.id.value),
        ))
    }
}

/// The plan of `roadmap item slip`: slipped to `to`, a later quarter than
/// the one that plans it.
pub fn slip_plan(
    to: Quarter,
) -> impl Fn(&Catalog, &RoadmapQuarter, &Item) -> Result<(Vec<Change>, String)> {
    move |_, q, it| {
        if to <= q.quarter.value {
            bail!(
                "{} is planned in {}: it can only slip to a later quarter, not {to}",
                it.id.value,
                q.quarter.value
            );
        }
        Ok((
            vec![
                Change::Set("status".into(), "slipped".into()),
                Change::Set("slipped_to".into(), to.to_string()),
                Change::Remove("delivered".into()),
            ],
            format!("roadmap: {} slipped to {to}", it.id.value),
        ))
    }
}

/// The quarters the catalog plans, for messages: "2026-Q3, 2026-Q4".
pub fn planned_quarters(cat: &Catalog) -> String {
    let mut qs: Vec<String> = cat
        .roadmap
        .iter()
        .map(|r| r.quarter.value.to_string())
        .collect();
    qs.sort();
    qs.dedup();
    if qs.is_empty() {
        "none yet (add roadmap/<quarter>.yaml)".into()
    } else {
        qs.join(", ")
    }
}
