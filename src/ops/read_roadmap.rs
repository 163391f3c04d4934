//! A quarter's scope changes from git history: the roadmap files in every
//! first-parent commit from the baseline candidate to HEAD, then the working
//! tree, each blob parsed once.

use crate::catalog::{parse::MAX_FILE_BYTES, Catalog, Kind};
use crate::git::{BlobId, CatalogRepo};
use crate::model::Quarter;
use crate::report::scope::{self, quarters_in, state_of, Scope, Version};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::collections::HashMap;

fn is_catalog_yaml(path: &str) -> bool {
    (path.ends_with(".yaml") || path.ends_with(".yml"))
        && !path.split('/').any(|c| c.starts_with('.'))
}

/// The quarter in every first-parent commit from the baseline candidate to
/// HEAD, then in the working tree; `None` outside git (or before the first
/// commit). Each roadmap blob is parsed once.
pub fn scope_from_history(cat: &Catalog, q: Quarter, today: NaiveDate) -> Result<Option<Scope>> {
    let Some(repo) = CatalogRepo::open(&cat.root)? else {
        return Ok(None);
    };
    let Some(head) = repo.head()? else {
        return Ok(None);
    };
    let start = q.start(cat.fy());
    let versions = versions_of(cat, q, &repo, &head.id, start, today)?;
    let mut scope = scope::changes(&versions, start);
    scope.shallow = repo.is_shallow();
    Ok(Some(scope))
}

/// The quarter's state in each commit from the baseline candidate to HEAD,
/// then in the working tree.
fn versions_of(
    cat: &Catalog,
    q: Quarter,
    repo: &CatalogRepo,
    head: &str,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Version>> {
    let log = repo
        .first_parent_log(head)
        .context("cannot read the git history of the catalog")?;
    // Newest first: nothing older than the last commit on or before the first day matters.
    let keep = log
        .iter()
        .position(|c| c.date() <= start)
        .map_or(log.len(), |i| i + 1);
    let mut cache = HashMap::new();
    let mut per_commit = Vec::with_capacity(keep);
    for c in log.iter().take(keep).rev() {
        let blobs: Vec<BlobId> = repo
            .tree_files(&c.id, Kind::Roadmap.dir())?
            .into_iter()
            .filter(|f| !f.symlink && is_catalog_yaml(&f.path))
            .map(|f| f.blob)
            .collect();
        for &b in &blobs {
            cache.entry(b).or_insert_with(|| {
                repo.read_blob(b, MAX_FILE_BYTES)
                    .ok()
                    .and_then(|bytes| quarters_in(&bytes))
            });
        }
        per_commit.push((c, blobs));
    }
    let mut versions: Vec<Version> = per_commit
        .iter()
        .map(|(c, blobs)| Version {
            commit: Some(c.id.clone()),
            date: c.date(),
            state: state_of(blobs.iter().filter_map(|b| cache.get(b)), q),
        })
        .collect();
    let worktree: Vec<_> = cat
        .files
        .iter()
        .filter(|f| f.kind == Some(Kind::Roadmap) && f.read)
        .map(|f| quarters_in(f.text.as_bytes()))
        .collect();
    versions.push(Version {
        commit: None,
        date: today,
        state: state_of(&worktree, q),
    });
    Ok(versions)
}
