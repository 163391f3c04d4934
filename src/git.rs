//! The one place that names git2.

use anyhow::{bail, Result};
use std::collections::HashSet;
use std::path::Path;

/// Files (relative to the catalog root) that differ from `rev` in the working tree.
pub fn changed_files(_root: &Path, rev: &str) -> Result<HashSet<String>> {
    bail!("--changed-since {rev}: not available yet")
}

// ---------------------------------------------------------------------------
// History: commits, trees and blobs, read-only (KPI trends, `changelog`).
// Nothing here touches the working tree or the index.
// ---------------------------------------------------------------------------

use anyhow::{anyhow, Context};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// A commit as history needs it. Its date is the committer time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitInfo {
    /// The full hexadecimal id.
    pub id: String,
    /// Committer time, seconds since the epoch.
    pub time: i64,
    /// The committer's offset from UTC, in minutes.
    pub offset_minutes: i32,
    /// The first line of the message.
    pub summary: String,
}

impl CommitInfo {
    /// The committer's calendar date, in the committer's own time zone (so
    /// that the answer never depends on the machine running platctl).
    pub fn date(&self) -> NaiveDate {
        FixedOffset::east_opt(self.offset_minutes * 60)
            .and_then(|tz| {
                DateTime::from_timestamp(self.time, 0).map(|t| t.with_timezone(&tz).date_naive())
            })
            .unwrap_or(NaiveDate::MIN)
    }

    /// The id shortened for people (12 characters).
    pub fn short(&self) -> &str {
        self.id.get(..12).unwrap_or(&self.id)
    }
}

/// A file in a commit's tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeFile {
    /// Relative to the directory the repository was opened at, `/` separators.
    pub path: String,
    /// The blob's id (hexadecimal): the same content has the same id.
    pub blob: String,
    /// A symbolic link (its blob holds the link's target, not a file).
    pub symlink: bool,
}

/// A git repository seen from a directory inside its working tree (the
/// catalog root): paths in and out are relative to that directory.
pub struct CatalogRepo {
    repo: git2::Repository,
    /// The directory within the repository, `""` or ending in `/`.
    prefix: String,
}

/// The git blob id of some bytes (what `git hash-object` prints).
pub fn blob_id(bytes: &[u8]) -> Result<String> {
    Ok(git2::Oid::hash_object(git2::ObjectType::Blob, bytes)?.to_string())
}

fn commit_info(c: &git2::Commit<'_>) -> CommitInfo {
    let t = c.committer().when();
    CommitInfo {
        id: c.id().to_string(),
        time: t.seconds(),
        offset_minutes: t.offset_minutes(),
        summary: String::from_utf8_lossy(c.summary_bytes().unwrap_or_default()).into_owned(),
    }
}

impl CatalogRepo {
    /// The repository that holds `dir` in its working tree; `Ok(None)` when
    /// there is none (or it is bare).
    pub fn open(dir: &Path) -> Result<Option<CatalogRepo>> {
        let repo = match git2::Repository::discover(dir) {
            Ok(r) => r,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => {
                return Err(anyhow!(
                    "cannot open the git repository around {}: {}",
                    dir.display(),
                    e.message()
                ))
            }
        };
        let Some(workdir) = repo.workdir() else {
            return Ok(None);
        };
        let workdir = workdir
            .canonicalize()
            .unwrap_or_else(|_| workdir.to_path_buf());
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let rel = dir.strip_prefix(&workdir).map_err(|_| {
            anyhow!(
                "{} is not inside the working tree of the repository at {}",
                dir.display(),
                workdir.display()
            )
        })?;
        let mut prefix: String = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if !prefix.is_empty() {
            prefix.push('/');
        }
        Ok(Some(CatalogRepo { repo, prefix }))
    }

    /// The commit a revision names (`HEAD`, a tag, a branch, an id, `HEAD~2`...).
    pub fn resolve(&self, rev: &str) -> Result<CommitInfo> {
        let obj = self.repo.revparse_single(rev).map_err(|e| {
            anyhow!(
                "`{rev}` is not a revision of this repository ({})",
                e.message()
            )
        })?;
        let c = obj
            .peel_to_commit()
            .map_err(|_| anyhow!("`{rev}` does not name a commit"))?;
        Ok(commit_info(&c))
    }

    /// The commit HEAD points at; `None` before the first commit.
    pub fn head(&self) -> Result<Option<CommitInfo>> {
        match self.repo.head() {
            Ok(r) => Ok(Some(commit_info(&r.peel_to_commit()?))),
            Err(e)
                if matches!(
                    e.code(),
                    git2::ErrorCode::UnbornBranch | git2::ErrorCode::NotFound
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(anyhow!("cannot read HEAD: {}", e.message())),
        }
    }

    /// A commit's first parent; `None` for a root commit.
    pub fn first_parent(&self, id: &str) -> Result<Option<CommitInfo>> {
        let c = self
            .repo
            .find_commit(git2::Oid::from_str(id)?)
            .with_context(|| format!("cannot read commit {id}"))?;
        match c.parents().next() {
            Some(p) => Ok(Some(commit_info(&p))),
            None => Ok(None),
        }
    }

    /// One file (relative to the opened directory) in a commit's tree.
    pub fn tree_file(&self, commit: &str, path: &str) -> Result<Option<TreeFile>> {
        let c = self
            .repo
            .find_commit(git2::Oid::from_str(commit)?)
            .with_context(|| format!("cannot read commit {commit}"))?;
        match c
            .tree()?
            .get_path(Path::new(&format!("{}{path}", self.prefix)))
        {
            Ok(e) if e.kind() == Some(git2::ObjectType::Blob) => Ok(Some(TreeFile {
                path: path.to_string(),
                blob: e.id().to_string(),
                symlink: e.filemode() == 0o120000,
            })),
            Ok(_) => Ok(None),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Tags and the commits they point at, sorted by tag name. Tags on
    /// other objects than commits are left out.
    pub fn tags(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for name in self.repo.tag_names(None)?.iter().flatten().flatten() {
            if let Ok(obj) = self.repo.revparse_single(&format!("refs/tags/{name}")) {
                if let Ok(c) = obj.peel_to_commit() {
                    out.push((name.to_string(), c.id().to_string()));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Files under `dir` (relative to the opened directory; `""` for all of
    /// it) in a commit's tree, recursively, sorted by path. A `dir` that the
    /// commit does not have gives no files.
    pub fn tree_files(&self, commit: &str, dir: &str) -> Result<Vec<TreeFile>> {
        let c = self
            .repo
            .find_commit(git2::Oid::from_str(commit)?)
            .with_context(|| format!("cannot read commit {commit}"))?;
        let top = c.tree()?;
        let full = format!("{}{}", self.prefix, dir.trim_end_matches('/'));
        let full = full.trim_end_matches('/');
        let tree = if full.is_empty() {
            top
        } else {
            match top.get_path(Path::new(full)) {
                Ok(e) if e.kind() == Some(git2::ObjectType::Tree) => self.repo.find_tree(e.id())?,
                Ok(_) => return Ok(Vec::new()),
                Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(Vec::new()),
                Err(e) => return Err(e.into()),
            }
        };
        let base = if dir.trim_end_matches('/').is_empty() {
            String::new()
        } else {
            format!("{}/", dir.trim_end_matches('/'))
        };
        let mut out = Vec::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |parent, e| {
            if e.kind() == Some(git2::ObjectType::Blob) {
                let name = String::from_utf8_lossy(e.name_bytes());
                out.push(TreeFile {
                    path: format!("{base}{parent}{name}"),
                    blob: e.id().to_string(),
                    symlink: e.filemode() == 0o120000,
                });
            }
            git2::TreeWalkResult::Ok
        })?;
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// A blob's bytes; refuses blobs over `max` bytes. (One read: asking
    /// for the size first costs a second inflate of every loose object.)
    pub fn read_blob(&self, id: &str, max: usize) -> Result<Vec<u8>> {
        let oid = git2::Oid::from_str(id)?;
        let odb = self.repo.odb()?;
        let obj = odb
            .read(oid)
            .with_context(|| format!("cannot read blob {id}"))?;
        if obj.kind() != git2::ObjectType::Blob {
            bail!("object {id} is not a file");
        }
        if obj.len() > max {
            bail!("file is over the {} MiB limit", max / (1024 * 1024));
        }
        Ok(obj.data().to_vec())
    }
}
