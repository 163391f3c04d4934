//! `platctl changelog`: what changed in the catalog between two revisions.

use super::Env;
use crate::history::{changelog, History};
use crate::output::changelog::{self as out, End};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use clap::ValueEnum;

/// The `--to` value that names the working tree.
const WORKTREE: &str = "worktree";

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # since the last tag (or the first commit) up to HEAD
  platctl changelog
  # release notes since a tag
  platctl changelog --from v2026-q3
  platctl changelog --from HEAD~5 --to worktree --format json

Changes: capabilities added or removed, lifecycle moves, interface versions, owners, deprecations
announced, sunsets moved (brought forward = breaking), deprecations completed or cancelled,
exceptions granted, expired or revoked, roadmap items added, delivered, slipped or dropped.
A capability removed or retired and an interface version removed are breaking too.")]
pub struct Args {
    /// The older revision (default: the last tag before --to, else the first commit)
    #[arg(long, value_name = "REV")]
    pub from: Option<String>,
    /// The newer revision, or `worktree` for the files as they are now (default: HEAD)
    #[arg(long, value_name = "REV")]
    pub to: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let root = env.root()?;
    let mut h = match History::open(&root, None)? {
        Ok(h) => h,
        Err(why) => bail!("changelog compares revisions, but {why}\n  help: keep the catalog in git (git init && git add -A && git commit)"),
    };
    let to_worktree =
        a.to.as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case(WORKTREE));
    // The newer end: a commit, or the working tree.
    let to_commit = if to_worktree {
        None
    } else {
        Some(h.resolve(a.to.as_deref().unwrap_or("HEAD"))?)
    };
    let (from_commit, from_label) = match &a.from {
        Some(r) => (h.resolve(r)?, r.clone()),
        None => {
            let tip = match &to_commit {
                Some(c) => c.clone(),
                None => h.tip().clone(),
            };
            let (c, tag) = h.default_base(&tip, to_worktree)?;
            let label = tag.unwrap_or_else(|| format!("first commit {}", c.short()));
            (c, label)
        }
    };
    // A revision from before the catalog existed compares as an empty
    // catalog: everything in the newer one was added since.
    let old = match h.catalog_at(&from_commit)? {
        Some(c) => c,
        None => {
            env.note(&format!(
                "{from_label}: commit {} has no catalog yet; everything counts as added",
                from_commit.short()
            ));
            std::sync::Arc::new(crate::catalog::Catalog::default())
        }
    };
    let (new, to_end) = match &to_commit {
        Some(c) => {
            let label = a.to.clone().unwrap_or_else(|| "HEAD".into());
            let cat = h.catalog_at(c)?.ok_or_else(|| {
                anyhow!(
                    "{label}: commit {} has no platctl.yaml where the catalog is",
                    c.short()
                )
            })?;
            (
                cat,
                End {
                    commit: Some(c.id.clone()),
                    label,
                    date: c.date().to_string(),
                },
            )
        }
        None => (
            std::sync::Arc::new(h.working_catalog()?),
            End {
                commit: None,
                label: "working tree".into(),
                date: env.today.to_string(),
            },
        ),
    };
    let from_end = End {
        commit: Some(from_commit.id.clone()),
        label: from_label,
        date: from_commit.date().to_string(),
    };
    let new_day = match &to_commit {
        Some(c) => c.date(),
        None => env.today,
    };
    let changes = changelog::diff(&old, &new, from_commit.date(), new_day);
    if env.verbose {
        let s = h.stats();
        env.note(&format!(
            "changelog: {} file lookups, {} cache hits, {} parsed",
            s.hits + s.misses,
            s.hits,
            s.misses
        ));
    }
    let format = a.format.unwrap_or(Format::Md);
    let text = match format {
        Format::Md => out::markdown(&new.config.name, &from_end, &to_end, &changes),
        Format::Json => out::json(&from_end, &to_end, &changes),
    };
    env.print_as(&text, format == Format::Md)?;
    Ok(Outcome::Ok)
}
