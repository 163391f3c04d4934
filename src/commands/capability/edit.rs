//! `capability edit`: change a capability's own fields.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::capability::EditArgs;
use crate::ops;
use crate::ops::check_id_form;
use crate::prompt::{date_check, one_line, to_date};
use crate::store::edit::Change;
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub fn edit(env: &Env, a: EditArgs) -> Result<Outcome> {
    check_id_form(Kind::Capability, &a.id)?;
    let changes = changes(&a)?;
    let id = a.id.clone();
    env.update_entity(
        Kind::Capability,
        a.write,
        &|cat| ops::capability::edit_plan(cat, &id, &changes),
        &format!(
            "updated {} of {id}",
            crate::output::fmt::plural(changes.len(), "field", "fields")
        ),
        &format!("platctl capability show {id}"),
    )
}

/// The changes the flags ask for, each checked: required fields cannot be
/// emptied, optional ones are removed by an empty value.
fn changes(a: &EditArgs) -> Result<Vec<Change>> {
    let mut changes: Vec<Change> = Vec::new();
    let mut required = |key: &str, flag: &str, v: &Option<String>| -> Result<()> {
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
    required("name", "--name", &a.name)?;
    required("summary", "--summary", &a.summary)?;
    required("owner", "--owner", &a.owner)?;
    for (key, flag, v) in [
        ("category", "--category", &a.category),
        ("docs", "--docs", &a.docs),
        ("runbook", "--runbook", &a.runbook),
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
    if let Some(d) = &a.security_review {
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
