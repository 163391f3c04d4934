//! Capabilities: change one's own fields.

use super::unknown;
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::input::{date_check, one_line, to_date};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use anyhow::{anyhow, bail, Result};

/// The edit of capability `id`'s mapping by `changes` (comments, order and
/// quoting kept), named in its commit message.
pub fn edit_plan(cat: &Catalog, id: &str, changes: &[Change]) -> Result<Edit, WriteError> {
    let c = cat
        .capability(id)
        .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Capability, id)))?;
    let text = writer::edit_at(
        cat,
        c.meta.file,
        c.meta.span,
        changes,
        crate::model::Capability::FIELDS,
    )?;
    let keys: Vec<&str> = changes
        .iter()
        .map(|c| match c {
            Change::Set(k, _) | Change::Remove(k) => k.as_str(),
        })
        .collect();
    Ok(Edit {
        id: id.to_string(),
        path: cat.path(c.meta.file).to_string(),
        text,
        message: format!("capability: {id} edited ({})", keys.join(", ")),
    })
}

/// What `capability edit` changes: each field given is set; an empty
/// optional one is removed.
pub struct FieldEdits<'a> {
    pub name: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub category: Option<&'a str>,
    pub docs: Option<&'a str>,
    pub runbook: Option<&'a str>,
    pub security_review: Option<&'a str>,
    pub golden_path: Option<bool>,
}

/// The changes `capability edit` asks for, each checked: required fields cannot be
/// emptied, optional ones are removed by an empty value.
pub fn edit_changes(a: &FieldEdits) -> Result<Vec<Change>> {
    let mut changes: Vec<Change> = Vec::new();
    let mut required = |key: &str, flag: &str, v: Option<&str>| -> Result<()> {
        if let Some(v) = v {
            let v = v.trim();
            if v.is_empty() {
                bail!("{flag} is empty: a capability must have a {key}");
            }
            one_line(v).map_err(|e| anyhow!("{flag}: {e}"))?;
            changes.push(Change::Set(key.into(), yaml_text::scalar(v)));
        }
        Ok(())
    };
    required("name", "--name", a.name)?;
    required("summary", "--summary", a.summary)?;
    required("owner", "--owner", a.owner)?;
    for (key, flag, v) in [
        ("category", "--category", a.category),
        ("docs", "--docs", a.docs),
        ("runbook", "--runbook", a.runbook),
    ] {
        if let Some(v) = v {
            let v = v.trim();
            one_line(v).map_err(|e| anyhow!("{flag}: {e}"))?;
            changes.push(if v.is_empty() {
                Change::Remove(key.into())
            } else {
                Change::Set(key.into(), yaml_text::scalar(v))
            });
        }
    }
    if let Some(d) = a.security_review {
        changes.push(if d.trim().is_empty() {
            Change::Remove("security_review".into())
        } else {
            date_check(d).map_err(|e| anyhow!("--security-review `{d}`: {e}"))?;
            let d = to_date("--security-review", d)?;
            Change::Set("security_review".into(), d.format("%Y-%m-%d").to_string())
        });
    }
    if let Some(g) = a.golden_path {
        changes.push(Change::Set("golden_path".into(), g.to_string()));
    }
    if changes.is_empty() {
        bail!("nothing to change: give at least one of --name, --summary, --owner, --category, --docs, --runbook, --security-review, --golden-path");
    }
    Ok(changes)
}

/// The edit of `capability set-lifecycle`: capability `id` moves to stage
/// `to`, refused when it is there already.
pub fn set_lifecycle_plan(cat: &Catalog, id: &str, to: &str) -> Result<Edit, WriteError> {
    let c = cat
        .capability(id)
        .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Capability, id)))?;
    if c.lifecycle.value.as_str() == to {
        return Err(WriteError::Plan(anyhow!(
            "{id} is already {to}; nothing to change"
        )));
    }
    let text = writer::edit_at(
        cat,
        c.meta.file,
        c.meta.span,
        &[Change::Set("lifecycle".into(), to.to_string())],
        crate::model::Capability::FIELDS,
    )?;
    Ok(Edit {
        id: id.to_string(),
        path: cat.path(c.meta.file).to_string(),
        text,
        message: format!("capability: {id} {} -> {to}", c.lifecycle.value),
    })
}

/// Looks a capability up by an id given on the command line.
pub fn find<'c>(cat: &'c Catalog, id: &str) -> anyhow::Result<&'c crate::model::Capability> {
    super::check_id_form(Kind::Capability, id)?;
    cat.capability(id)
        .ok_or_else(|| unknown(cat, Kind::Capability, id))
}

/// The capabilities `capability readiness` checks: every GA one with
/// `--all`, else the ids given (each once, sorted).
pub fn readiness_targets<'c>(
    cat: &'c Catalog,
    all: bool,
    ids: &[String],
) -> anyhow::Result<Vec<&'c crate::model::Capability>> {
    let mut caps: Vec<&crate::model::Capability> = if all {
        cat.capabilities
            .iter()
            .filter(|c| c.lifecycle.value == crate::model::Lifecycle::Ga)
            .collect()
    } else {
        ids.iter()
            .map(|id| find(cat, id))
            .collect::<anyhow::Result<_>>()?
    };
    caps.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    caps.dedup_by(|x, y| x.id.value == y.id.value);
    Ok(caps)
}
