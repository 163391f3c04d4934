//! `changelog`'s comparison: the two ends (revisions, or the working tree)
//! resolved in the catalog's history, each read as a catalog, and the
//! changes between them.

use crate::catalog::Catalog;
use crate::history::changelog::{self, Change, End};
use crate::history::{CacheStats, CommitInfo, History};
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::Arc;

/// The `--to` value that names the working tree.
pub const WORKTREE: &str = "worktree";

/// What `changelog` prints: the catalog's name, both ends, the changes.
pub struct Compared {
    pub name: String,
    pub from: End,
    pub to: End,
    pub changes: Vec<Change>,
    /// How the history's blob cache did (for `-v`).
    pub stats: CacheStats,
}

/// Compares the catalog at `from` (default: the last tag before `to`, else
/// the first commit) with the one at `to` (default HEAD; `worktree` for the
/// files as they are). `note` receives remarks for the user.
pub fn compare(
    root: &Path,
    from: Option<&str>,
    to: Option<&str>,
    today: NaiveDate,
    note: &dyn Fn(&str),
) -> Result<Compared> {
    let mut h = match History::open(root, None)? {
        Ok(h) => h,
        Err(why) => bail!("changelog compares revisions, but {why}\n  help: keep the catalog in git (git init && git add -A && git commit)"),
    };
    let to_worktree = to.is_some_and(|t| t.eq_ignore_ascii_case(WORKTREE));
    // The newer end: a commit, or the working tree.
    let to_commit = if to_worktree {
        None
    } else {
        Some(h.resolve(to.unwrap_or("HEAD"))?)
    };
    let (from_commit, from_label) = match from {
        Some(r) => (h.resolve(r)?, r.to_string()),
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
            note(&format!(
                "{from_label}: commit {} has no catalog yet; everything counts as added",
                from_commit.short()
            ));
            Arc::new(Catalog::default())
        }
    };
    let (new, to_end, new_day) = newer_end(&mut h, to_commit.as_ref(), to, today)?;
    let from_end = End {
        commit: Some(from_commit.id.clone()),
        label: from_label,
        date: from_commit.date().to_string(),
    };
    Ok(Compared {
        name: new.config.name.clone(),
        changes: changelog::diff(&old, &new, from_commit.date(), new_day),
        from: from_end,
        to: to_end,
        stats: h.stats(),
    })
}

/// The newer end: the catalog at `to_commit` (labelled as `to` named it),
/// or the working tree on `today`; with its day.
fn newer_end(
    h: &mut History,
    to_commit: Option<&CommitInfo>,
    to: Option<&str>,
    today: NaiveDate,
) -> Result<(Arc<Catalog>, End, NaiveDate)> {
    Ok(match to_commit {
        Some(c) => {
            let label = to.unwrap_or("HEAD").to_string();
            let cat = h.catalog_at(c)?.ok_or_else(|| {
                anyhow!(
                    "{label}: commit {} has no platctl.yaml where the catalog is",
                    c.short()
                )
            })?;
            let end = End {
                commit: Some(c.id.clone()),
                label,
                date: c.date().to_string(),
            };
            (cat, end, c.date())
        }
        None => {
            let end = End {
                commit: None,
                label: "working tree".into(),
                date: today.to_string(),
            };
            (Arc::new(h.working_catalog()?), end, today)
        }
    })
}
