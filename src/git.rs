//! The one place that names git2.

use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Files (relative to the catalog root) that differ from `rev` in the working tree.
pub fn changed_files(_root: &Path, rev: &str) -> Result<HashSet<String>> {
    bail!("--changed-since {rev}: not available yet")
}

// ---------------------------------------------------------------------------
// Committing what a command wrote (`--commit`).
// ---------------------------------------------------------------------------

/// The repository holding `root` and the root's path inside its work tree
/// (`""` when the catalog is the repository's top).
pub fn repo_for(root: &Path) -> Result<(git2::Repository, String)> {
    let repo = git2::Repository::discover(root)
        .map_err(|_| anyhow!("{} is not inside a git repository; --commit needs one (run `git init`, or leave out --commit)", root.display()))?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| anyhow!("the repository at {} is bare; --commit needs a work tree", repo.path().display()))?
        .canonicalize()
        .context("cannot resolve the repository's work tree")?;
    let root = root.canonicalize().context("cannot resolve the catalog root")?;
    let rel = root
        .strip_prefix(&workdir)
        .map_err(|_| anyhow!("the catalog {} is outside the repository's work tree {}", root.display(), workdir.display()))?;
    let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    Ok((repo, rel))
}

/// Checks, before anything is written, that `--commit` will be able to commit.
pub fn ensure_can_commit(root: &Path) -> Result<()> {
    let (repo, _) = repo_for(root)?;
    repo.signature()
        .map_err(|_| anyhow!("git has no author configured; set user.name and user.email (git config user.name \"…\"), or leave out --commit"))?;
    Ok(())
}

/// Commits exactly `files` (paths relative to the catalog root, as they are
/// now on disk) on top of HEAD. The index keeps everything else it held:
/// a file staged beforehand stays staged and is not committed.
pub fn commit_paths(root: &Path, files: &[String], message: &str) -> Result<String> {
    let (repo, prefix) = repo_for(root)?;
    let sig = repo.signature().context("git has no author configured (user.name, user.email)")?;
    let parent = match repo.head() {
        Ok(h) => Some(h.peel_to_commit().context("HEAD is not a commit")?),
        Err(_) => None,
    };
    // Build the new tree in a scratch index: HEAD's tree plus our files.
    let mut scratch = git2::Index::new()?;
    if let Some(p) = &parent {
        scratch.read_tree(&p.tree()?)?;
    }
    let mut repo_index = repo.index()?;
    let mut blobs = Vec::new();
    for f in files {
        let repo_path = if prefix.is_empty() { f.clone() } else { format!("{prefix}/{f}") };
        let abs: PathBuf = root.join(f);
        let bytes = std::fs::read(&abs).with_context(|| format!("cannot read {}", abs.display()))?;
        let oid = repo.blob(&bytes)?;
        let entry = index_entry(&repo_path, oid, bytes.len());
        scratch.add(&entry)?;
        blobs.push(entry);
    }
    let tree_id = scratch.write_tree_to(&repo)?;
    let tree = repo.find_tree(tree_id)?;
    let parents: Vec<&git2::Commit> = parent.iter().collect();
    let oid = repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)?;
    // The real index learns only our files, so they do not show as changed.
    for e in &blobs {
        repo_index.add(e)?;
    }
    repo_index.write()?;
    Ok(oid.to_string())
}

fn index_entry(path: &str, id: git2::Oid, size: usize) -> git2::IndexEntry {
    git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: u32::try_from(size).unwrap_or(u32::MAX),
        id,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

// ---------------------------------------------------------------------------
// Versions of one file over history (the deprecation burn-down).
// Added by the lifecycle commands; minimal on purpose: a history module with
// its own revision walk may absorb it.
// ---------------------------------------------------------------------------

/// One committed version of a file.
pub struct FileVersion {
    /// Full commit id.
    pub commit: String,
    /// The committer's date, in the committer's own time zone.
    pub date: chrono::NaiveDate,
    /// The file's bytes at that commit; none when the commit deleted it.
    pub bytes: Option<Vec<u8>>,
}

/// The commits of HEAD's first-parent history that changed `file` (relative
/// to the catalog root), newest first, at most `limit`. None when the catalog
/// is not in a git repository or the repository has no commit yet.
pub fn file_versions(root: &Path, file: &str, limit: usize) -> Result<Option<Vec<FileVersion>>> {
    let Ok((repo, prefix)) = repo_for(root) else {
        return Ok(None);
    };
    let Ok(head) = repo.head().and_then(|h| h.peel_to_commit()) else {
        return Ok(None);
    };
    let repo_path = if prefix.is_empty() {
        file.to_string()
    } else {
        format!("{prefix}/{file}")
    };
    let path = Path::new(&repo_path);
    let blob_at = |c: &git2::Commit| -> Option<git2::Oid> {
        c.tree().ok()?.get_path(path).ok().map(|e| e.id())
    };
    let mut out = Vec::new();
    let mut commit = Some(head);
    while let Some(c) = commit {
        if out.len() >= limit {
            break;
        }
        let parent = c.parent(0).ok();
        let now = blob_at(&c);
        let before = parent.as_ref().and_then(blob_at);
        if now != before {
            let t = c.committer().when();
            let secs = t.seconds() + i64::from(t.offset_minutes()) * 60;
            let date = chrono::DateTime::from_timestamp(secs, 0)
                .map(|d| d.date_naive())
                .unwrap_or_default();
            let bytes = match now {
                Some(id) => Some(
                    repo.find_blob(id)
                        .context("cannot read a past version of the file")?
                        .content()
                        .to_vec(),
                ),
                None => None,
            };
            out.push(FileVersion {
                commit: c.id().to_string(),
                date,
                bytes,
            });
        }
        commit = parent;
    }
    Ok(Some(out))
}
