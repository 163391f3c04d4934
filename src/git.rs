//! The one place that names git2.

use anyhow::{anyhow, Context, Result};
use std::collections::HashSet;
use std::path::Path;

// ---------------------------------------------------------------------------
// lint in CI: `--changed-since`, and paths relative to the repository root
// (SARIF, GitHub annotations). Owned by the CI work; keep other helpers out.
// ---------------------------------------------------------------------------

/// What differs between a revision and the working tree, inside the catalog.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files (relative to the catalog root, `/` separators) that differ from
    /// the revision: committed since, staged, unstaged, untracked and not
    /// ignored, or deleted.
    pub files: HashSet<String>,
    /// The revision's text of the files that were deleted or modified, so that
    /// the ids they declared there can be told apart from the ones they
    /// declare now (a deleted file's dangling references).
    pub before: Vec<(String, Vec<u8>)>,
}

/// Files (relative to the catalog root) that differ from `rev` in the working tree.
pub fn changed_files(root: &Path, rev: &str) -> Result<HashSet<String>> {
    Ok(changes_since(root, rev)?.files)
}

/// Where the catalog root stands inside its repository's working tree:
/// `""` when it is the top, `"catalog/"` for a subdirectory; None outside git.
pub fn workdir_prefix(root: &Path) -> Option<String> {
    let repo = git2::Repository::discover(root).ok()?;
    prefix_in(&repo, root).ok()
}

fn prefix_in(repo: &git2::Repository, root: &Path) -> Result<String> {
    let workdir = repo.workdir().ok_or_else(|| {
        anyhow!(
            "the repository at {} has no working tree (bare)",
            repo.path().display()
        )
    })?;
    let workdir = workdir
        .canonicalize()
        .unwrap_or_else(|_| workdir.to_path_buf());
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let rel = root.strip_prefix(&workdir).map_err(|_| {
        anyhow!(
            "the catalog {} is not inside the working tree {}",
            root.display(),
            workdir.display()
        )
    })?;
    let mut p: String = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if !p.is_empty() {
        p.push('/');
    }
    Ok(p)
}

/// The catalog's changes since `rev` (see [`Changes`]).
pub fn changes_since(root: &Path, rev: &str) -> Result<Changes> {
    let repo = git2::Repository::discover(root).map_err(|_| {
        anyhow!(
            "--changed-since needs a git repository, and {} is not in one",
            root.display()
        )
    })?;
    let prefix = prefix_in(&repo, root)?;
    let tree = repo
        .revparse_single(rev)
        .and_then(|o| o.peel_to_tree())
        .map_err(|e| {
            anyhow!(
                "--changed-since {rev}: not a revision of {} ({})\n  help: in CI, fetch it first (actions/checkout with `fetch-depth: 0`, or `git fetch origin main`) and name it as `origin/main`",
                repo.workdir().unwrap_or(repo.path()).display(),
                e.message()
            )
        })?;
    let mut opts = git2::DiffOptions::new();
    opts.include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_typechange(true);
    if !prefix.is_empty() {
        opts.pathspec(prefix.trim_end_matches('/'));
    }
    let diff = repo
        .diff_tree_to_workdir_with_index(Some(&tree), Some(&mut opts))
        .with_context(|| format!("cannot compare the working tree with {rev}"))?;
    let mut out = Changes::default();
    for delta in diff.deltas() {
        for side in [delta.old_file(), delta.new_file()] {
            if let Some(rel) = side
                .path()
                .and_then(|p| p.to_str())
                .and_then(|p| p.strip_prefix(prefix.as_str()))
            {
                out.files.insert(rel.to_string());
            }
        }
        let old = delta.old_file();
        let was_there = matches!(
            delta.status(),
            git2::Delta::Deleted
                | git2::Delta::Modified
                | git2::Delta::Typechange
                | git2::Delta::Renamed
        );
        if was_there && !old.id().is_zero() {
            let rel = old
                .path()
                .and_then(|p| p.to_str())
                .and_then(|p| p.strip_prefix(prefix.as_str()));
            if let (Some(rel), Ok(blob)) = (rel, repo.find_blob(old.id())) {
                out.before.push((rel.to_string(), blob.content().to_vec()));
            }
        }
    }
    out.before.sort();
    Ok(out)
}

// ------------------------------ end of the CI section ------------------------------
