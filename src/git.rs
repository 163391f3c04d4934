//! The one place that names git2.

use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

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

// ---------------------------------------------------------------------------
// Committing what a command wrote (`--commit`).
// ---------------------------------------------------------------------------

/// The repository holding `root` and the root's path inside its work tree
/// (`""` when the catalog is the repository's top).
pub fn repo_for(root: &Path) -> Result<(git2::Repository, String)> {
    let repo = git2::Repository::discover(root)
        .map_err(|_| anyhow!("{} is not inside a git repository; --commit needs one (run `git init`, or leave out --commit)", root.display()))?;
    let prefix = prefix_in(&repo, root)?;
    let rel = prefix.trim_end_matches('/').to_string();
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
/// now on disk; a file no longer on disk is removed) on top of HEAD. The index keeps everything else it held:
/// a file staged beforehand stays staged and is not committed.
pub fn commit_paths(root: &Path, files: &[String], message: &str) -> Result<String> {
    let (repo, prefix) = repo_for(root)?;
    let sig = repo
        .signature()
        .context("git has no author configured (user.name, user.email)")?;
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
        let repo_path = if prefix.is_empty() {
            f.clone()
        } else {
            format!("{prefix}/{f}")
        };
        let abs: PathBuf = root.join(f);
        // A file that is gone from disk is removed from the commit's tree.
        if !abs.exists() {
            let _ = scratch.remove_path(Path::new(&repo_path));
            let _ = repo_index.remove_path(Path::new(&repo_path));
            continue;
        }
        let bytes =
            std::fs::read(&abs).with_context(|| format!("cannot read {}", abs.display()))?;
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
// History, read-only: commits, trees and blobs (roadmap scope changes, KPI
// trends, `changelog`). Nothing here touches the working tree or the index.
// ---------------------------------------------------------------------------

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

/// A blob's id: the same content has the same id. Kept as git's raw bytes,
/// not hexadecimal text: a trend looks up tens of thousands of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BlobId(git2::Oid);

impl std::hash::Hash for BlobId {
    /// The id is itself a hash: its first eight bytes are as good a key as all twenty.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let b = self.0.as_bytes();
        let mut w = [0u8; 8];
        for (x, y) in w.iter_mut().zip(b) {
            *x = *y;
        }
        state.write_u64(u64::from_le_bytes(w));
    }
}

impl std::fmt::Display for BlobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl BlobId {
    /// An id from its hexadecimal form (tests, and ids typed by people).
    pub fn parse(hex: &str) -> Result<BlobId> {
        Ok(BlobId(git2::Oid::from_str(hex)?))
    }
}

/// A file in a commit's tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeFile {
    /// Relative to the directory the repository was opened at, `/` separators.
    pub path: String,
    pub blob: BlobId,
    /// A symbolic link (its blob holds the link's target, not a file).
    pub symlink: bool,
}

/// A git repository seen from a directory inside its working tree (the
/// catalog root): paths in and out are relative to that directory.
pub struct CatalogRepo {
    repo: git2::Repository,
    /// The directory within the repository, `""` or ending in `/`.
    prefix: String,
    workdir: PathBuf,
}

/// The git blob id of some bytes (what `git hash-object` prints).
pub fn blob_id(bytes: &[u8]) -> Result<BlobId> {
    Ok(BlobId(git2::Oid::hash_object(
        git2::ObjectType::Blob,
        bytes,
    )?))
}

fn commit_info(c: &git2::Commit<'_>) -> CommitInfo {
    let t = c.committer().when();
    CommitInfo {
        id: c.id().to_string(),
        time: t.seconds(),
        offset_minutes: t.offset_minutes(),
        summary: c.summary().ok().flatten().unwrap_or("").to_string(),
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
        let prefix = prefix_in(&repo, dir)?;
        // libgit2 hashes every object it reads again to check it; reading
        // history for a report, that was a tenth of the work. (`git` itself
        // checks only in `fsck`.)
        git2::opts::strict_hash_verification(false);
        Ok(Some(CatalogRepo {
            repo,
            prefix,
            workdir,
        }))
    }

    /// Where the directory stands within the repository (`""` at its top, else ending in `/`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The repository's working tree.
    pub fn workdir(&self) -> &Path {
        &self.workdir
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

    /// The first-parent chain from a commit back to the root, newest first.
    pub fn first_parent_log(&self, from: &str) -> Result<Vec<CommitInfo>> {
        let mut out = Vec::new();
        let mut oid = Some(git2::Oid::from_str(from)?);
        while let Some(id) = oid {
            let c = match self.repo.find_commit(id) {
                Ok(c) => c,
                // A shallow clone: the chain ends where the clone's history does.
                Err(e) if !out.is_empty() && e.code() == git2::ErrorCode::NotFound => break,
                Err(e) => return Err(anyhow!("cannot read commit {id}: {}", e.message())),
            };
            out.push(commit_info(&c));
            oid = c.parent_id(0).ok();
        }
        Ok(out)
    }

    /// A shallow clone: history stops short of the first commit.
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
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
                blob: BlobId(e.id()),
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
                    blob: BlobId(e.id()),
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
    pub fn read_blob(&self, id: BlobId, max: usize) -> Result<Vec<u8>> {
        let odb = self.repo.odb()?;
        let obj = odb
            .read(id.0)
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
