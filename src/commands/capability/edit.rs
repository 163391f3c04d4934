//! `capability edit`: change a capability's own fields.

use crate::catalog::Kind;
use crate::commands::prompt::{date_check, to_date};
use crate::commands::writing::{check_id_form, one_line, update_entity, WriteFlags};
use crate::commands::Env;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub const EDIT_HELP: &str =
    "Sets the fields given; every other byte of the file (comments, order, quoting)
is kept. An empty value removes an optional field.

Examples:
  platctl capability edit managed-postgres \\
      --docs https://docs.example.com/postgres \\
      --runbook https://runbooks.example.com/pg
  platctl capability edit feature-flags --owner team-devex --commit
  platctl capability edit cost-insights --security-review 2026-11-20 --dry-run";

#[derive(clap::Args, Debug)]
pub struct EditArgs {
    /// The capability's id
    pub id: String,
    /// The name
    #[arg(long)]
    pub name: Option<String>,
    /// One line: what it gives its users
    #[arg(long)]
    pub summary: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// A category slug (empty: remove)
    #[arg(long)]
    pub category: Option<String>,
    /// Documentation URL (empty: remove)
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL (empty: remove)
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
    /// Date of the last security review, YYYY-MM-DD (empty: remove)
    #[arg(long, value_name = "DATE")]
    pub security_review: Option<String>,
    /// Part of the paved road
    #[arg(long, value_name = "BOOL")]
    pub golden_path: Option<bool>,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn edit(env: &Env, a: EditArgs) -> Result<Outcome> {
    check_id_form(Kind::Capability, &a.id)?;
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
    let id = a.id.clone();
    let n = changes.len();
    update_entity(
        env,
        Kind::Capability,
        a.write,
        &|cat| {
            let c = cat.capability(&id).ok_or_else(|| {
                WriteError::Plan(crate::commands::writing::unknown(
                    cat,
                    Kind::Capability,
                    &id,
                ))
            })?;
            let text = writer::edit_at(
                cat,
                c.meta.file,
                c.meta.span,
                &changes,
                crate::model::Capability::FIELDS,
            )?;
            let keys: Vec<&str> = changes
                .iter()
                .map(|c| match c {
                    Change::Set(k, _) | Change::Remove(k) => k.as_str(),
                })
                .collect();
            Ok(Edit {
                id: id.clone(),
                path: cat.path(c.meta.file).to_string(),
                text,
                message: format!("capability: {id} edited ({})", keys.join(", ")),
            })
        },
        &format!(
            "updated {} of {id}",
            crate::output::fmt::plural(n, "field", "fields")
        ),
        &format!("platctl capability show {id}"),
    )
}
