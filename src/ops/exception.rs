//! Exceptions: request or record one, and change its status.

use super::{check_id_form, create, fresh_id, unknown, update, Confirm, NewFile};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::draft::ExceptionDraft;
use crate::lifecycle::policy::check_expiry;
use crate::model::{Exception, ExceptionStatus};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, Options, Written};
use crate::store::yaml_text;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use std::path::Path;

/// Looks an exception up by an id given on the command line.
pub fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Exception> {
    check_id_form(Kind::Exception, id)?;
    cat.exception(id)
        .ok_or_else(|| unknown(cat, Kind::Exception, id))
}

/// Writes a new exception under a fresh `EXC-` id once `confirm` has seen it.
pub fn file(
    root: &Path,
    cat: &Catalog,
    opts: &Options,
    draft: &ExceptionDraft,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let title = &draft.title;
    let new = NewFile {
        kind: Kind::Exception,
        id: fresh_id(cat, "EXC"),
        body: &|id| draft.to_yaml(id),
        message: &|id| format!("exception: {id} {title}"),
    };
    create(root, opts, new, confirm)
}

/// The changes to make to an exception, and the commit message.
pub type Plan<'a> = dyn Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + 'a;

/// Edits the top-level mapping of exception `id` with the changes `plan`
/// returns for it (under the lock, on the catalog as it is then).
pub fn edit(root: &Path, opts: &Options, id: &str, plan: &Plan<'_>) -> Result<Written> {
    check_id_form(Kind::Exception, id)?;
    update(root, Kind::Exception, opts, &|cat| {
        let e = find(cat, id)?;
        let (changes, message) = plan(cat, e)?;
        let text = writer::edit_at(
            cat,
            e.meta.file,
            e.meta.span,
            &changes,
            crate::model::Exception::FIELDS,
        )?;
        Ok(Edit {
            id: e.id.value.clone(),
            path: cat.path(e.meta.file).to_string(),
            text,
            message,
        })
    })
}

/// The plan of `exception approve`: approved (or renewed) by `by` from
/// `granted`, until `expires` (default: the expiry it has), refused for a
/// closed exception or dates the policy does not allow.
pub fn approve_plan<'a>(
    by: &'a str,
    granted: NaiveDate,
    expires: Option<NaiveDate>,
) -> impl Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + 'a {
    move |cat, e| {
        match e.status.value {
            ExceptionStatus::Rejected | ExceptionStatus::Revoked => {
                bail!(
                    "{} is {}: it stays closed; file a new one with `platctl exception new`",
                    e.id.value,
                    e.status.value
                )
            }
            _ => {}
        }
        let until = expires.unwrap_or(e.expires.value);
        if let Err(why) = check_expiry(granted, until, &cat.config.policy) {
            let fix = if expires.is_some() {
                ""
            } else {
                " (give --expires to move the expiry)"
            };
            bail!(
                "cannot approve {} granted {granted} until {until}: {why}{fix}",
                e.id.value
            );
        }
        let mut ch = vec![
            Change::Set("status".into(), "approved".into()),
            Change::Set("approved_by".into(), yaml_text::scalar(by)),
            Change::Set("granted".into(), granted.format("%Y-%m-%d").to_string()),
        ];
        if let Some(x) = expires {
            ch.push(Change::Set(
                "expires".into(),
                x.format("%Y-%m-%d").to_string(),
            ));
        }
        let verb = if e.status.value == ExceptionStatus::Approved {
            "renewed"
        } else {
            "approved"
        };
        Ok((
            ch,
            format!("exception: {} {verb} by {by} until {until}", e.id.value),
        ))
    }
}

/// The plan of `exception reject|revoke`: status `to`, from one of the
/// statuses `from`.
pub fn close_plan(
    to: ExceptionStatus,
    from: &[ExceptionStatus],
) -> impl Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + '_ {
    move |_, e| {
        if !from.contains(&e.status.value) {
            let can = from
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" or ");
            bail!(
                "{} is {}; only a {can} exception can be {to}",
                e.id.value,
                e.status.value
            );
        }
        Ok((
            vec![Change::Set("status".into(), to.as_str().into())],
            format!("exception: {} {to}", e.id.value),
        ))
    }
}
