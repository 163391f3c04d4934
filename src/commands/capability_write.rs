//! `capability new|set-lifecycle|edit`: catalog changes from the CLI,
//! through the one shared writer (comment-keeping, validated, atomic,
//! `--dry-run`, `--commit`).

use crate::catalog::{kinds, Kind};
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{
    check_id_form, create_entity, new_slug, one_line, update_entity, WriteFlags,
};
use crate::commands::Env;
use crate::lifecycle::fields::{slug_of, Fields};
use crate::model::Lifecycle;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub const NEW_HELP: &str =
    "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --summary, --owner). The id defaults to the name made a slug; the
lifecycle to proposed.

Examples:
  platctl capability new
  platctl capability new --yes --name \"Object storage\" \\
      --summary \"S3-compatible buckets with lifecycle rules\" \\
      --owner team-runtime --category runtime --lifecycle experimental
  platctl capability new --yes --id queues --name Queues \\
      --summary \"Managed queues\" --owner team-data-platform --dry-run";

pub const SET_LIFECYCLE_HELP: &str =
    "The file is checked as lint would check it: moving to ga is refused while the
readiness checklist (policy.ga_requires) is incomplete. Moving to deprecated
says how to announce the deprecation with a sunset.

Examples:
  platctl capability set-lifecycle preview-environments beta
  platctl capability set-lifecycle managed-postgres ga --commit
  platctl capability set-lifecycle legacy-ci retired --dry-run";

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
pub struct NewArgs {
    /// The capability's name
    #[arg(long)]
    pub name: Option<String>,
    /// One line: what it gives its users
    #[arg(long)]
    pub summary: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// The id [default: the name as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// Where it starts [default: proposed]
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Option<String>,
    /// A category slug: delivery, runtime, identity, data, observability, security, ...
    #[arg(long)]
    pub category: Option<String>,
    /// Documentation URL
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct SetLifecycleArgs {
    /// The capability's id
    pub id: String,
    /// The new lifecycle
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

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

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[
        ("--name", a.name.is_some()),
        ("--summary", a.summary.is_some()),
        ("--owner", a.owner.is_some()),
    ])?;
    if let Some(id) = &a.id {
        check_id_form(Kind::Capability, id)?;
    }
    a.write.ensure_can_commit(&cat.root)?;
    p.intro(env, "capability");
    let name = p.text(
        a.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let summary = p.text(
        a.summary.clone(),
        &Question::new("--summary", "Summary:")
            .help("one line: what it gives its users")
            .check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = known_id("team", &teams);
    let owner = p.text(
        a.owner.clone(),
        &Question::new("--owner", "Owning team:")
            .help("a team id; type to filter, Tab completes")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let lifecycle = p.select(
        a.lifecycle.clone(),
        &Question::new("--lifecycle", "Lifecycle:").default("proposed"),
        Lifecycle::NAMES,
    )?;
    let category = p.optional(
        a.category.clone(),
        &Question::new("--category", "Category (optional):")
            .help("delivery, runtime, identity, data, observability, security, ...; Enter skips")
            .check(&one_line),
    )?;
    let taken: Vec<String> = cat
        .ids_of(Kind::Capability)
        .into_iter()
        .map(str::to_string)
        .collect();
    let id_ok = new_slug("capability", &taken);
    let proposed = slug_of(&name);
    let id = p.text(
        a.id.clone(),
        &Question::new("--id", "Id:")
            .default_opt((!proposed.is_empty()).then_some(proposed.as_str()))
            .check(&id_ok),
    )?;
    if let Err(why) = id_ok(&id) {
        bail!("--id `{id}`: {why}");
    }
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .text("summary", &summary)
        .text("owner", &owner)
        .raw("lifecycle", &lifecycle)
        .opt_text("category", category.as_deref())
        .opt_text("docs", a.docs.as_deref())
        .opt_text("runbook", a.runbook.as_deref());
    create_entity(
        env,
        &cat.root,
        &p,
        Kind::Capability,
        &id,
        &fields,
        a.write,
        &format!("capability: {id} {name} ({lifecycle})"),
        &format!("added capability {id} ({lifecycle}), owned by {owner}"),
        &format!("platctl capability show {id}"),
    )
}

pub fn set_lifecycle(env: &Env, a: SetLifecycleArgs) -> Result<Outcome> {
    check_id_form(Kind::Capability, &a.id)?;
    let id = a.id.clone();
    let to = a.lifecycle.clone();
    let next = if to == Lifecycle::Deprecated.as_str() {
        format!("announce it with a sunset: platctl deprecation new --capability {id}")
    } else {
        format!("platctl capability show {id}")
    };
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
            if c.lifecycle.value.as_str() == to {
                return Err(WriteError::Plan(anyhow!(
                    "{id} is already {to}; nothing to change"
                )));
            }
            let text = writer::edit_at(
                cat,
                c.meta.file,
                c.meta.span,
                &[Change::Set("lifecycle".into(), to.clone())],
                kinds::CAPABILITY,
            )?;
            Ok(Edit {
                id: id.clone(),
                path: cat.path(c.meta.file).to_string(),
                text,
                message: format!("capability: {id} {} -> {to}", c.lifecycle.value),
            })
        },
        &format!("{id} is now {to}"),
        &next,
    )
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
            let text = writer::edit_at(cat, c.meta.file, c.meta.span, &changes, kinds::CAPABILITY)?;
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
