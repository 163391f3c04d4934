//! The one place that names git2.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod links;
use links::{Leads, Trees, LINK_MODE};

/// Why reading a git repository failed: each case a sentence users read,
/// with libgit2's error as its source where one caused it.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// libgit2 failed; its message says why.
    #[error(transparent)]
    Git(#[from] git2::Error),
    #[error("cannot open the git repository around {}: {message}", dir.display())]
    Open { dir: PathBuf, message: String },
    #[error("the repository at {} has no working tree (bare)", .0.display())]
    Bare(PathBuf),
    #[error("the catalog {} is not inside the working tree {}", root.display(), workdir.display())]
    OutsideWorkdir { root: PathBuf, workdir: PathBuf },
    #[error("cannot read HEAD: {0}")]
    Head(String),
    /// A commit of a first-parent chain could not be read.
    #[error("cannot read commit {id}: {message}")]
    Log { id: String, message: String },
    #[error("cannot read commit {id}")]
    Commit {
        id: String,
        #[source]
        source: git2::Error,
    },
    #[error("`{rev}` is not a revision of this repository ({message})")]
    NotARevision { rev: String, message: String },
    #[error("`{rev}` does not name a commit")]
    NotACommit { rev: String },
    #[error("cannot read blob {id}")]
    Blob {
        id: BlobId,
        #[source]
        source: git2::Error,
    },
    #[error("object {0} is not a file")]
    NotAFile(BlobId),
    #[error("file is over the {0} MiB limit")]
    TooLarge(usize),
    /// `--changed-since` outside a repository.
    #[error("--changed-since needs a git repository, and {} is not in one", .0.display())]
    ChangedSinceNoRepo(PathBuf),
    /// `--changed-since REV` names no tree of the repository.
    #[error("--changed-since {rev}: not a revision of {} ({message})\n  help: in CI, fetch it first (actions/checkout with `fetch-depth: 0`, or `git fetch origin main`) and name it as `origin/main`", workdir.display())]
    ChangedSinceRev {
        rev: String,
        workdir: PathBuf,
        message: String,
    },
    #[error("cannot compare the working tree with {rev}")]
    Compare {
        rev: String,
        #[source]
        source: git2::Error,
    },
    #[error("cannot read a past version of the file")]
    PastVersion(#[source] git2::Error),
    #[error("cannot make {} a git repository", dir.display())]
    Init {
        dir: PathBuf,
        #[source]
        source: git2::Error,
    },
}

/// Why `--commit` cannot go ahead, or why the commit was not made: each case
/// a sentence users read, with the hint that gets them out of it. None has a
/// cause of its own: what git said is part of the sentence.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// libgit2 failed while building the commit; its message says why.
    #[error(transparent)]
    Git(#[from] git2::Error),
    /// The repository around the catalog cannot be used (bare, or the
    /// catalog is outside its working tree).
    #[error(transparent)]
    Repo(#[from] GitError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("{} is not inside a git repository; --commit needs one (run `git init`, or leave out --commit)", .0.display())]
    NoRepo(PathBuf),
    #[error("the repository has no working tree (bare); leave out --commit")]
    Bare,
    #[error("git has no author configured; set user.name and user.email (git config user.name \"…\"), or leave out --commit")]
    NoAuthor,
    /// A merge, rebase, revert, cherry-pick or bisect is under way.
    #[error("the repository is in the middle of {0}; finish it first (`git status` says how), or leave out --commit")]
    Busy(&'static str),
    #[error("cannot read HEAD: {0}")]
    Head(String),
    #[error("HEAD names a branch that is not UTF-8")]
    HeadNotUtf8,
    #[error("HEAD ({0}) does not point at a commit")]
    HeadNotACommit(String),
    #[error("cannot read {name}: {message}")]
    Ref { name: String, message: String },
    #[error("cannot read git's index {}: {message}\n  help: platctl cannot update an index kept in split or sparse form (`git update-index --no-split-index`, `git sparse-checkout disable`); commit by hand, or leave out --commit", path.display())]
    IndexUnreadable { path: PathBuf, message: String },
    #[error("git's branch is locked: {lock} exists. Another git process is moving the branch, or one was killed and left the lock behind\n  help: if no git process is running (check with `ps -ef | grep -w git`), remove the lock with `rm '{lock}'` and run this again", lock = .0.display())]
    BranchLocked(PathBuf),
    #[error("git's index is locked: {lock} exists. Another git process (a git command, an editor's git view, another platctl) is using this repository, or one was killed and left the lock behind\n  help: if no git process is running (check with `ps -ef | grep -w git`), remove the lock with `rm '{lock}'` and run this again", lock = .0.display())]
    IndexLocked(PathBuf),
    #[error("cannot create the lock {}: {error}", path.display())]
    LockCreate {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("the commit message would be empty")]
    EmptyMessage,
    #[error("cannot make a scratch directory in {}: {error}", dir.display())]
    Scratch { dir: PathBuf, error: std::io::Error },
    #[error("cannot read {}: {error}", path.display())]
    IndexCopy {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("git's index has unresolved conflicts; resolve them first, or leave out --commit")]
    Conflicts,
    #[error("{0} is ignored by git (.gitignore), so it cannot be committed; leave out --commit")]
    Ignored(String),
    #[error("cannot tell whether {path} has uncommitted changes: {message}")]
    Status { path: String, message: String },
    /// The target file differs from HEAD (`changes` names how, e.g. "staged changes").
    #[error("{path} has changes that are not committed ({}); --commit would put them in platctl's commit\n  help: commit or stash them first (`git diff HEAD -- {path}` shows them), or leave out --commit", changes.join(", "))]
    Uncommitted {
        path: String,
        changes: Vec<&'static str>,
    },
    #[error("cannot read {path}: {error}")]
    ReadFile { path: String, error: std::io::Error },
    #[error("{0} is not a regular file")]
    NotAFile(String),
    #[error("cannot store {path} in git: {message}")]
    Store { path: String, message: String },
    #[error("cannot update git's index: {0}")]
    IndexUpdate(String),
    #[error("cannot write git's index: {0}")]
    IndexWrite(String),
    #[error("git's index lock was already used")]
    LockUsed,
    #[error("cannot move {name}: {message}")]
    Move { name: String, message: String },
    #[error("HEAD kept moving (or its ref stayed locked) while platctl tried to commit")]
    HeadKeptMoving,
}

/// A result of reading a repository.
pub type GitResult<T> = std::result::Result<T, GitError>;

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
pub fn changed_files(root: &Path, rev: &str) -> GitResult<HashSet<String>> {
    Ok(changes_since(root, rev)?.files)
}

/// Where the catalog root stands inside its repository's working tree:
/// `""` when it is the top, `"catalog/"` for a subdirectory; None outside git.
pub fn workdir_prefix(root: &Path) -> Option<String> {
    let repo = git2::Repository::discover(root).ok()?;
    prefix_in(&repo, root).ok()
}

fn prefix_in(repo: &git2::Repository, root: &Path) -> GitResult<String> {
    let workdir = repo
        .workdir()
        .ok_or_else(|| GitError::Bare(repo.path().to_path_buf()))?;
    let workdir = workdir
        .canonicalize()
        .unwrap_or_else(|_| workdir.to_path_buf());
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let rel = root
        .strip_prefix(&workdir)
        .map_err(|_| GitError::OutsideWorkdir {
            root: root.clone(),
            workdir: workdir.clone(),
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
pub fn changes_since(root: &Path, rev: &str) -> GitResult<Changes> {
    let repo = git2::Repository::discover(root)
        .map_err(|_| GitError::ChangedSinceNoRepo(root.to_path_buf()))?;
    let prefix = prefix_in(&repo, root)?;
    let tree = repo
        .revparse_single(rev)
        .and_then(|o| o.peel_to_tree())
        .map_err(|e| GitError::ChangedSinceRev {
            rev: rev.to_string(),
            workdir: repo.workdir().unwrap_or(repo.path()).to_path_buf(),
            message: e.message().to_string(),
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
        .map_err(|source| GitError::Compare {
            rev: rev.to_string(),
            source,
        })?;
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
pub fn repo_for(root: &Path) -> Result<(git2::Repository, String), CommitError> {
    let repo =
        git2::Repository::discover(root).map_err(|_| CommitError::NoRepo(root.to_path_buf()))?;
    let prefix = prefix_in(&repo, root)?;
    let rel = prefix.trim_end_matches('/').to_string();
    Ok((repo, rel))
}

/// Makes `dir` a git repository when it is in none; true when it did.
/// (`platctl init`: history is what trends, the changelog and scope changes read.)
pub fn init_if_outside(dir: &Path) -> GitResult<bool> {
    if git2::Repository::discover(dir).is_ok() {
        return Ok(false);
    }
    git2::Repository::init(dir).map_err(|source| GitError::Init {
        dir: dir.to_path_buf(),
        source,
    })?;
    Ok(true)
}

/// How long `--commit` waits for git's index lock that another process holds
/// (a `git status` run by an editor, another platctl committing) before it
/// gives up without writing anything.
pub const INDEX_LOCK_WAIT: Duration = Duration::from_secs(10);

/// An index lock untouched for this long was most likely left by a killed
/// process: it is reported at once rather than waited for (never removed).
const LOCK_LOOKS_STALE: Duration = Duration::from_secs(30);

/// The subject of a commit made from catalog text: one line, runs of white
/// space (newlines included) folded to one space, control characters and
/// invisible direction marks removed. A one-line message has no trailer
/// block (git never reads a subject as trailers), so a title cannot forge
/// `Signed-off-by:` or `Co-authored-by:`.
pub fn commit_subject(text: &str) -> String {
    let invisible = |c: char| {
        matches!(c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
    };
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if c.is_control() || invisible(c) {
            continue;
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// What `--commit` returns.
pub type CommitResult<T> = std::result::Result<T, CommitError>;

fn author(repo: &git2::Repository) -> CommitResult<git2::Signature<'static>> {
    repo.signature().map_err(|_| CommitError::NoAuthor)
}

fn check_state(repo: &git2::Repository) -> CommitResult<()> {
    let busy = match repo.state() {
        git2::RepositoryState::Clean => return Ok(()),
        git2::RepositoryState::Merge => "a merge",
        git2::RepositoryState::Revert | git2::RepositoryState::RevertSequence => "a revert",
        git2::RepositoryState::CherryPick | git2::RepositoryState::CherryPickSequence => {
            "a cherry-pick"
        }
        git2::RepositoryState::Bisect => "a bisect",
        _ => "a rebase or an am",
    };
    Err(CommitError::Busy(busy))
}

/// The ref a commit moves: the branch HEAD points at (born or not), or
/// `HEAD` itself when it is detached; with the commit it points at now.
fn head_ref(repo: &git2::Repository) -> CommitResult<(String, Option<git2::Oid>)> {
    let head = repo
        .find_reference("HEAD")
        .map_err(|e| CommitError::Head(e.message().to_string()))?;
    let name = match head.symbolic_target() {
        Ok(Some(t)) => t.to_string(),
        Ok(None) => "HEAD".to_string(),
        Err(_) => return Err(CommitError::HeadNotUtf8),
    };
    match repo.find_reference(&name) {
        Ok(r) => {
            let id = r
                .resolve()
                .ok()
                .and_then(|r| r.target())
                .ok_or_else(|| CommitError::HeadNotACommit(name.clone()))?;
            repo.find_commit(id)
                .map_err(|_| CommitError::HeadNotACommit(name.clone()))?;
            Ok((name, Some(id)))
        }
        Err(e) if e.code() == git2::ErrorCode::NotFound => Ok((name, None)),
        Err(e) => Err(CommitError::Ref {
            message: e.message().to_string(),
            name,
        }),
    }
}

/// Checks, before anything is written or asked, that `--commit` will be
/// able to commit: a repository with a work tree, an author, no merge or
/// rebase under way, a readable HEAD and index.
pub fn ensure_can_commit(root: &Path) -> CommitResult<()> {
    let (repo, _) = repo_for(root)?;
    author(&repo)?;
    check_state(&repo)?;
    head_ref(&repo)?;
    repo.index().map_err(|e| index_unreadable(&repo, &e))?;
    Ok(())
}

fn index_unreadable(repo: &git2::Repository, e: &git2::Error) -> CommitError {
    CommitError::IndexUnreadable {
        path: repo.path().join("index"),
        message: e.message().to_string(),
    }
}

/// Waits (up to `wait`) while the branch's ref lock (`refs/heads/x.lock`,
/// or `HEAD.lock`) exists, and stops, before any file is written, when it
/// stays or is old: a run killed while moving the branch leaves it behind,
/// and the commit would then fail after the write. It is never removed here.
#[allow(clippy::disallowed_methods)] // a stale lock is judged by its age on the clock
fn wait_for_ref_lock(repo: &git2::Repository, name: &str, wait: Duration) -> CommitResult<()> {
    let start = std::time::Instant::now();
    for path in [
        repo.path().join(format!("{name}.lock")),
        repo.path().join("HEAD.lock"),
    ] {
        while path.exists() {
            let old = std::fs::symlink_metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > LOCK_LOOKS_STALE);
            if old || start.elapsed() >= wait {
                return Err(CommitError::BranchLocked(path));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    Ok(())
}

/// `.git/index.lock`, taken the way git takes it (exclusive creation) and
/// held for the whole read-modify-write of the index. Dropped unused, the
/// lock is removed, and only when it is still the file this process made.
struct IndexLock {
    path: PathBuf,
    file: Option<std::fs::File>,
    #[cfg(unix)]
    id: (u64, u64),
}

impl IndexLock {
    #[allow(clippy::disallowed_methods)] // git's index.lock protocol: created here, and judged stale by its age
    fn acquire(path: PathBuf, wait: Duration) -> CommitResult<IndexLock> {
        let start = std::time::Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    #[cfg(unix)]
                    let id = {
                        use std::os::unix::fs::MetadataExt;
                        let m = file.metadata()?;
                        (m.dev(), m.ino())
                    };
                    return Ok(IndexLock {
                        path,
                        file: Some(file),
                        #[cfg(unix)]
                        id,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let old = std::fs::symlink_metadata(&path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                        .is_some_and(|age| age > LOCK_LOOKS_STALE);
                    if old || start.elapsed() >= wait {
                        return Err(CommitError::IndexLocked(path));
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(error) => return Err(CommitError::LockCreate { path, error }),
            }
        }
    }

    /// Writes `bytes` into the lock, then renames the lock over `target`:
    /// the index changes in one step and the lock is gone.
    fn commit_to(mut self, bytes: &[u8], target: &Path) -> std::io::Result<()> {
        use std::io::Write;
        let mut f = self
            .file
            .take()
            .ok_or_else(|| std::io::Error::other("lock already used"))?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&self.path, target)?;
        self.path = PathBuf::new();
        Ok(())
    }

    #[cfg(unix)]
    fn still_ours(&self) -> bool {
        use std::os::unix::fs::MetadataExt;
        std::fs::symlink_metadata(&self.path).is_ok_and(|m| (m.dev(), m.ino()) == self.id)
    }

    #[cfg(not(unix))]
    fn still_ours(&self) -> bool {
        self.file.is_some()
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() && self.still_ours() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A commit made ready before any file is written: every check that could
/// make it fail has passed, and git's index is locked until [`commit`]
/// (or until this is dropped, which leaves git exactly as it was).
///
/// [`commit`]: PendingCommit::commit
pub struct PendingCommit {
    repo: git2::Repository,
    workdir: PathBuf,
    /// Paths relative to the repository's work tree.
    files: Vec<String>,
    message: String,
    sig: git2::Signature<'static>,
    /// A copy of git's index, read under the lock (libgit2 writes an index
    /// only to its own path, so it works on a copy kept beside it).
    index: git2::Index,
    index_copy: PathBuf,
    _scratch: tempfile::TempDir,
    /// Held until the new index is renamed into place.
    lock: Option<IndexLock>,
}

/// A commit that was made.
#[derive(Debug)]
pub struct Committed {
    /// The commit's full id.
    pub id: String,
}

/// A commit that was not made, after the files were written.
#[derive(Debug)]
pub struct NotCommitted {
    /// Whether git's index holds the written files (HEAD did not move).
    pub staged: bool,
    pub reason: CommitError,
}

/// Prepares committing `files` (relative to the catalog root) with
/// `message`, before they are written. Refuses, naming the reason, when
/// the commit could not be made: no repository or author, a merge under
/// way, an index libgit2 cannot write, a lock another process holds (or
/// a killed one left), or a target file with changes that are not
/// committed (they would be swept into a mislabelled commit).
pub fn prepare_commit(
    root: &Path,
    files: &[String],
    message: &str,
    wait: Duration,
) -> CommitResult<PendingCommit> {
    let (repo, prefix) = repo_for(root)?;
    let workdir = repo.workdir().ok_or(CommitError::Bare)?.to_path_buf();
    let sig = author(&repo)?;
    check_state(&repo)?;
    let (branch, _) = head_ref(&repo)?;
    wait_for_ref_lock(&repo, &branch, wait)?;
    let message = commit_subject(message);
    if message.is_empty() {
        return Err(CommitError::EmptyMessage);
    }
    let files: Vec<String> = files
        .iter()
        .map(|f| {
            if prefix.is_empty() {
                f.clone()
            } else {
                format!("{prefix}/{f}")
            }
        })
        .collect();
    let index_path = repo.path().join("index");
    let lock = IndexLock::acquire(repo.path().join("index.lock"), wait)?;
    sweep_scratch(repo.path());
    let scratch = tempfile::Builder::new()
        .prefix(SCRATCH_PREFIX)
        .tempdir_in(repo.path())
        .map_err(|error| CommitError::Scratch {
            dir: repo.path().to_path_buf(),
            error,
        })?;
    let index_copy = scratch.path().join("index");
    if index_path.exists() {
        std::fs::copy(&index_path, &index_copy).map_err(|error| CommitError::IndexCopy {
            path: index_path.clone(),
            error,
        })?;
    }
    let index = git2::Index::open(&index_copy).map_err(|e| index_unreadable(&repo, &e))?;
    if index.has_conflicts() {
        return Err(CommitError::Conflicts);
    }
    for f in &files {
        check_clean(&repo, f)?;
    }
    Ok(PendingCommit {
        repo,
        workdir,
        files,
        message,
        sig,
        index,
        index_copy,
        _scratch: scratch,
        lock: Some(lock),
    })
}

const SCRATCH_PREFIX: &str = "platctl-";

/// Removes index copies that killed runs left in the git directory. Called
/// under the index lock; a copy lives a moment past the lock (while HEAD
/// moves), so only old ones go.
#[allow(clippy::disallowed_methods)] // scratch files are swept by their age on the clock
fn sweep_scratch(git_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(git_dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let old = e
            .metadata()
            .ok()
            .filter(|m| m.is_dir())
            .and_then(|m| m.modified().ok())
            .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > Duration::from_secs(60));
        if old && name.to_string_lossy().starts_with(SCRATCH_PREFIX) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Refuses a target file whose working copy or index entry differs from
/// HEAD: committing it would commit someone's edit under platctl's message.
fn check_clean(repo: &git2::Repository, path: &str) -> CommitResult<()> {
    let status = match repo.status_file(Path::new(path)) {
        Ok(s) => s,
        Err(e) if e.code() == git2::ErrorCode::NotFound => {
            if repo.is_path_ignored(path).unwrap_or(false) {
                return Err(CommitError::Ignored(path.to_string()));
            }
            return Ok(());
        }
        Err(e) => {
            return Err(CommitError::Status {
                path: path.to_string(),
                message: e.message().to_string(),
            })
        }
    };
    use git2::Status as S;
    if status.contains(S::IGNORED) {
        return Err(CommitError::Ignored(path.to_string()));
    }
    let names = [
        (S::CONFLICTED, "a merge conflict"),
        (S::INDEX_NEW, "staged as a new file"),
        (S::INDEX_MODIFIED, "staged changes"),
        (S::INDEX_DELETED, "a staged deletion"),
        (S::INDEX_RENAMED, "a staged rename"),
        (S::INDEX_TYPECHANGE, "a staged type change"),
        (S::WT_NEW, "untracked: never committed"),
        (S::WT_MODIFIED, "changes not staged"),
        (S::WT_DELETED, "deleted in the working tree"),
        (S::WT_TYPECHANGE, "a type change not staged"),
        (S::WT_RENAMED, "renamed in the working tree"),
    ];
    let changes: Vec<&'static str> = names
        .iter()
        .filter(|(flag, _)| status.intersects(*flag))
        .map(|(_, n)| *n)
        .collect();
    if changes.is_empty() {
        return Ok(());
    }
    Err(CommitError::Uncommitted {
        path: path.to_string(),
        changes,
    })
}

impl PendingCommit {
    /// Commits the files as they are now on disk: their blobs go through
    /// git's filters (`core.autocrlf`, `.gitattributes`) as `git add` would;
    /// the index (with everything else it held) is written and renamed into
    /// place under the lock; then HEAD's ref is moved from the commit it
    /// was read at to the new one, and built again on top if something else
    /// moved it meanwhile.
    pub fn commit(mut self) -> std::result::Result<Committed, NotCommitted> {
        let unstaged = |reason: CommitError| NotCommitted {
            staged: false,
            reason,
        };
        let mut entries = Vec::new();
        let mut removed: Vec<String> = Vec::new();
        for path in &self.files {
            let abs = self.workdir.join(path);
            // A file that is gone from disk is removed from the commit.
            let meta = match std::fs::symlink_metadata(&abs) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    removed.push(path.clone());
                    continue;
                }
                m => m.map_err(|error| {
                    unstaged(CommitError::ReadFile {
                        path: path.clone(),
                        error,
                    })
                })?,
            };
            if !meta.is_file() {
                return Err(unstaged(CommitError::NotAFile(path.clone())));
            }
            let id = self.repo.blob_path(&abs).map_err(|e| {
                unstaged(CommitError::Store {
                    path: path.clone(),
                    message: e.message().to_string(),
                })
            })?;
            let existing = self.index.get_path(Path::new(path), 0).map(|e| e.mode);
            entries.push(entry_for(
                path,
                id,
                &meta,
                mode_for(&self.repo, &meta, existing),
            ));
        }
        for e in &entries {
            self.index
                .add(e)
                .map_err(|err| unstaged(CommitError::IndexUpdate(err.message().to_string())))?;
        }
        for p in &removed {
            self.index
                .remove_path(Path::new(p))
                .map_err(|err| unstaged(CommitError::IndexUpdate(err.message().to_string())))?;
        }
        self.index
            .write()
            .map_err(|e| unstaged(CommitError::IndexWrite(e.message().to_string())))?;
        let bytes = std::fs::read(&self.index_copy)
            .map_err(|e| unstaged(CommitError::IndexWrite(e.to_string())))?;
        let index_path = self.repo.path().join("index");
        self.lock
            .take()
            .ok_or_else(|| unstaged(CommitError::LockUsed))?
            .commit_to(&bytes, &index_path)
            .map_err(|e| unstaged(CommitError::IndexWrite(e.to_string())))?;
        self.move_head(&entries, &removed)
            .map_err(|reason| NotCommitted {
                staged: true,
                reason,
            })
    }

    /// Builds the commit's tree from HEAD's tree with only platctl's own
    /// changes applied (`entries` added or replaced, `removed` taken out),
    /// so that whatever else the index holds stays out of the commit.
    fn move_head(
        &self,
        entries: &[git2::IndexEntry],
        removed: &[String],
    ) -> CommitResult<Committed> {
        let repo = &self.repo;
        for attempt in 0..50u64 {
            let (name, old) = head_ref(repo)?;
            let parent = match old {
                Some(id) => Some(repo.find_commit(id)?),
                None => None,
            };
            let mut tree_index = git2::Index::new()?;
            if let Some(p) = &parent {
                tree_index.read_tree(&p.tree()?)?;
            }
            for e in entries {
                tree_index.add(e)?;
            }
            for p in removed {
                if tree_index.get_path(Path::new(p), 0).is_some() {
                    tree_index.remove_path(Path::new(p))?;
                }
            }
            let tree_id = tree_index.write_tree_to(repo)?;
            if let Some(p) = parent.as_ref().filter(|p| p.tree_id() == tree_id) {
                // Someone committed these very files meanwhile: nothing left to do.
                return Ok(Committed {
                    id: p.id().to_string(),
                });
            }
            let tree = repo.find_tree(tree_id)?;
            let parents: Vec<&git2::Commit> = parent.iter().collect();
            // As git writes it: the message ends with a newline.
            let text = format!("{}\n", self.message);
            let id = repo.commit(None, &self.sig, &self.sig, &text, &tree, &parents)?;
            let moved = match old {
                Some(old) => repo.reference_matching(
                    &name,
                    id,
                    true,
                    old,
                    &format!("commit: {}", self.message),
                ),
                None => repo.reference(
                    &name,
                    id,
                    false,
                    &format!("commit (initial): {}", self.message),
                ),
            };
            match moved {
                Ok(_) => return Ok(Committed { id: id.to_string() }),
                Err(e)
                    if matches!(
                        e.code(),
                        git2::ErrorCode::Modified
                            | git2::ErrorCode::Exists
                            | git2::ErrorCode::Locked
                    ) =>
                {
                    std::thread::sleep(Duration::from_millis(5 + 5 * attempt.min(20)));
                }
                Err(e) => {
                    return Err(CommitError::Move {
                        message: e.message().to_string(),
                        name,
                    })
                }
            }
        }
        Err(CommitError::HeadKeptMoving)
    }
}

/// The mode `git add` would record: the executable bit when git tracks it
/// (`core.filemode`), else what the index had.
fn mode_for(repo: &git2::Repository, meta: &std::fs::Metadata, existing: Option<u32>) -> u32 {
    let filemode = repo
        .config()
        .and_then(|c| c.get_bool("core.filemode"))
        .unwrap_or(true);
    #[cfg(unix)]
    let exec = {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o100 != 0
    };
    #[cfg(not(unix))]
    let exec = {
        let _ = meta;
        false
    };
    if filemode {
        if exec {
            0o100755
        } else {
            0o100644
        }
    } else {
        existing.filter(|m| *m == 0o100755).unwrap_or(0o100644)
    }
}

/// An index entry with the file's stat data, as `git add` records it, so
/// that `git status` sees the file as clean without hashing it again.
fn entry_for(path: &str, id: git2::Oid, meta: &std::fs::Metadata, mode: u32) -> git2::IndexEntry {
    #[cfg(unix)]
    let (ctime, mtime, dev, ino, uid, gid) = {
        use std::os::unix::fs::MetadataExt;
        (
            git2::IndexTime::new(meta.ctime() as i32, meta.ctime_nsec() as u32),
            git2::IndexTime::new(meta.mtime() as i32, meta.mtime_nsec() as u32),
            meta.dev() as u32,
            meta.ino() as u32,
            meta.uid(),
            meta.gid(),
        )
    };
    #[cfg(not(unix))]
    let (ctime, mtime, dev, ino, uid, gid) = (
        git2::IndexTime::new(0, 0),
        git2::IndexTime::new(0, 0),
        0,
        0,
        0,
        0,
    );
    git2::IndexEntry {
        ctime,
        mtime,
        dev,
        ino,
        mode,
        uid,
        gid,
        file_size: u32::try_from(meta.len()).unwrap_or(u32::MAX),
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
    pub fn parse(hex: &str) -> GitResult<BlobId> {
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
pub fn blob_id(bytes: &[u8]) -> GitResult<BlobId> {
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
    pub fn open(dir: &Path) -> GitResult<Option<CatalogRepo>> {
        let repo = match git2::Repository::discover(dir) {
            Ok(r) => r,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => {
                return Err(GitError::Open {
                    dir: dir.to_path_buf(),
                    message: e.message().to_string(),
                })
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
    pub fn head(&self) -> GitResult<Option<CommitInfo>> {
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
            Err(e) => Err(GitError::Head(e.message().to_string())),
        }
    }

    /// The first-parent chain from a commit back to the root, newest first.
    pub fn first_parent_log(&self, from: &str) -> GitResult<Vec<CommitInfo>> {
        let mut out = Vec::new();
        let mut oid = Some(git2::Oid::from_str(from)?);
        while let Some(id) = oid {
            let c = match self.repo.find_commit(id) {
                Ok(c) => c,
                // A shallow clone: the chain ends where the clone's history does.
                Err(e) if !out.is_empty() && e.code() == git2::ErrorCode::NotFound => break,
                Err(e) => {
                    return Err(GitError::Log {
                        id: id.to_string(),
                        message: e.message().to_string(),
                    })
                }
            };
            out.push(commit_info(&c));
            oid = c.parent_id(0).ok();
        }
        Ok(out)
    }

    /// A commit by its id.
    fn commit(&self, id: &str) -> GitResult<git2::Commit<'_>> {
        self.repo
            .find_commit(git2::Oid::from_str(id)?)
            .map_err(|source| GitError::Commit {
                id: id.to_string(),
                source,
            })
    }

    /// A shallow clone: history stops short of the first commit.
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
    }

    /// The commit a revision names (`HEAD`, a tag, a branch, an id, `HEAD~2`...).
    pub fn resolve(&self, rev: &str) -> GitResult<CommitInfo> {
        let obj = self
            .repo
            .revparse_single(rev)
            .map_err(|e| GitError::NotARevision {
                rev: rev.to_string(),
                message: e.message().to_string(),
            })?;
        let c = obj.peel_to_commit().map_err(|_| GitError::NotACommit {
            rev: rev.to_string(),
        })?;
        Ok(commit_info(&c))
    }

    /// A commit's first parent; `None` for a root commit.
    pub fn first_parent(&self, id: &str) -> GitResult<Option<CommitInfo>> {
        let c = self.commit(id)?;
        match c.parents().next() {
            Some(p) => Ok(Some(commit_info(&p))),
            None => Ok(None),
        }
    }

    /// One file (relative to the opened directory) in a commit's tree, a
    /// link followed to the file it leads to inside the directory.
    pub fn tree_file(&self, commit: &str, path: &str) -> GitResult<Option<TreeFile>> {
        let c = self.commit(commit)?;
        Ok(match self.leads_to(&mut Trees::new(c.tree()?), path)? {
            Some(Leads::File(blob)) => Some(TreeFile {
                path: path.to_string(),
                blob,
                symlink: false,
            }),
            _ => None,
        })
    }

    /// Tags and the commits they point at, sorted by tag name. Tags on
    /// other objects than commits are left out.
    pub fn tags(&self) -> GitResult<Vec<(String, String)>> {
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
    /// commit does not have gives no files. Links are followed as on disk
    /// ([`CatalogRepo::leads_to`]): `dir` itself, and a link to a file
    /// inside the opened directory, which then reads as that file.
    pub fn tree_files(&self, commit: &str, dir: &str) -> GitResult<Vec<TreeFile>> {
        let c = self.commit(commit)?;
        let mut trees = Trees::new(c.tree()?);
        let dir = dir.trim_end_matches('/');
        // A directory that is a link is listed where it leads, its files
        // named under `dir`, as on disk.
        let real = match self.leads_to(&mut trees, dir)? {
            Some(Leads::Dir(real)) => real,
            _ => return Ok(Vec::new()),
        };
        let full = format!("{}{real}", self.prefix);
        let full = full.trim_end_matches('/');
        let tree = if full.is_empty() {
            trees.top().clone()
        } else {
            let id = trees.top().get_path(Path::new(full))?.id();
            trees.get(&self.repo, id)?
        };
        let under = |base: &str| {
            if base.is_empty() {
                String::new()
            } else {
                format!("{base}/")
            }
        };
        let (base, real) = (under(dir), under(&real));
        let mut out = Vec::new();
        let mut links = Vec::new();
        tree.walk(git2::TreeWalkMode::PreOrder, |parent, e| {
            if e.kind() == Some(git2::ObjectType::Blob) {
                let name = String::from_utf8_lossy(e.name_bytes());
                if e.filemode() == LINK_MODE {
                    links.push((out.len(), format!("{real}{parent}{name}")));
                }
                out.push(TreeFile {
                    path: format!("{base}{parent}{name}"),
                    blob: BlobId(e.id()),
                    symlink: e.filemode() == LINK_MODE,
                });
            }
            git2::TreeWalkResult::Ok
        })?;
        // A link to a file reads as that file; any other stays a link,
        // which the catalog does not read.
        for (i, at) in links {
            if let (Some(Leads::File(blob)), Some(f)) =
                (self.leads_to(&mut trees, &at)?, out.get_mut(i))
            {
                f.blob = blob;
                f.symlink = false;
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// A blob's bytes; refuses blobs over `max` bytes. (One read: asking
    /// for the size first costs a second inflate of every loose object.)
    pub fn read_blob(&self, id: BlobId, max: usize) -> GitResult<Vec<u8>> {
        let odb = self.repo.odb()?;
        let obj = odb
            .read(id.0)
            .map_err(|source| GitError::Blob { id, source })?;
        if obj.kind() != git2::ObjectType::Blob {
            return Err(GitError::NotAFile(id));
        }
        if obj.len() > max {
            return Err(GitError::TooLarge(max / (1024 * 1024)));
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
pub fn file_versions(root: &Path, file: &str, limit: usize) -> GitResult<Option<Vec<FileVersion>>> {
    let Ok(Some(cr)) = CatalogRepo::open(root) else {
        return Ok(None);
    };
    let repo = &cr.repo;
    let Ok(head) = repo.head().and_then(|h| h.peel_to_commit()) else {
        return Ok(None);
    };
    // The file as a checkout of the commit shows it: a link followed.
    let blob_at = |c: &git2::Commit| -> Option<git2::Oid> {
        match cr.leads_to(&mut Trees::new(c.tree().ok()?), file) {
            Ok(Some(Leads::File(b))) => Some(b.0),
            _ => None,
        }
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
                        .map_err(GitError::PastVersion)?
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_subjects_are_one_clean_line() {
        assert_eq!(
            commit_subject(
                "intake: INT-1 Fix\n\nSigned-off-by: Mallory <m@x>\r\nCo-authored-by: Eve <e@x>"
            ),
            "intake: INT-1 Fix Signed-off-by: Mallory <m@x> Co-authored-by: Eve <e@x>"
        );
        assert_eq!(
            commit_subject("  a\u{1b}[31mred\u{7}\u{0}\tb \u{202e}cba\u{2028}z  "),
            "a[31mred b cba z"
        );
        assert_eq!(commit_subject("\n\t\u{0}"), "");
        assert_eq!(commit_subject("plain: text"), "plain: text");
    }

    #[test]
    fn reading_errors_are_typed_and_say_the_same() {
        let (d, repo) = repo();
        let cr = CatalogRepo::open(d.path())
            .expect("open")
            .expect("a repository");
        assert!(cr.head().expect("head").is_none(), "no commit yet");
        let sig = repo.signature().expect("signature");
        let blob = repo.blob(b"id: a\n").expect("blob");
        let mut tb = repo.treebuilder(None).expect("treebuilder");
        tb.insert("a.yaml", blob, 0o100644).expect("insert");
        let tree = repo
            .find_tree(tb.write().expect("tree"))
            .expect("find tree");
        let c = repo
            .commit(Some("HEAD"), &sig, &sig, "one", &tree, &[])
            .expect("commit");
        assert_eq!(cr.head().expect("head").map(|h| h.id), Some(c.to_string()));
        let e = cr.resolve("no-such-rev").expect_err("not a revision");
        assert!(matches!(e, GitError::NotARevision { .. }), "{e:?}");
        assert!(e
            .to_string()
            .starts_with("`no-such-rev` is not a revision of this repository ("));
        let e = cr.resolve(&blob.to_string()).expect_err("a blob");
        assert_eq!(e.to_string(), format!("`{blob}` does not name a commit"));
        let missing = BlobId::parse(&"1".repeat(40)).expect("an id");
        let e = cr.read_blob(missing, 1024).expect_err("no such blob");
        assert!(matches!(e, GitError::Blob { .. }), "{e:?}");
        // As anyhow shows it: the sentence, then libgit2's reason.
        let shown = format!("{:#}", anyhow::Error::from(e));
        assert!(
            shown.starts_with(&format!("cannot read blob {missing}: ")),
            "{shown}"
        );
        let e = cr.read_blob(BlobId(blob), 2).expect_err("too large");
        assert_eq!(e.to_string(), "file is over the 0 MiB limit");
        let e = cr.read_blob(BlobId(tree.id()), 1024).expect_err("a tree");
        assert_eq!(e.to_string(), format!("object {} is not a file", tree.id()));
        let e = cr
            .first_parent(&"2".repeat(40))
            .expect_err("no such commit");
        assert_eq!(
            e.to_string(),
            format!("cannot read commit {}", "2".repeat(40))
        );
    }

    /// Each `--commit` refusal reads as the sentence users read before it
    /// had a type (written out by hand here).
    #[test]
    fn commit_errors_say_the_same() {
        let io = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied");
        let cases: Vec<(CommitError, &str)> = vec![
            (CommitError::NoRepo("/c".into()), "/c is not inside a git repository; --commit needs one (run `git init`, or leave out --commit)"),
            (CommitError::Bare, "the repository has no working tree (bare); leave out --commit"),
            (CommitError::NoAuthor, "git has no author configured; set user.name and user.email (git config user.name \"…\"), or leave out --commit"),
            (CommitError::Busy("a merge"), "the repository is in the middle of a merge; finish it first (`git status` says how), or leave out --commit"),
            (CommitError::Head("corrupt".into()), "cannot read HEAD: corrupt"),
            (CommitError::HeadNotUtf8, "HEAD names a branch that is not UTF-8"),
            (CommitError::HeadNotACommit("refs/heads/main".into()), "HEAD (refs/heads/main) does not point at a commit"),
            (CommitError::Ref { name: "refs/heads/main".into(), message: "corrupt".into() }, "cannot read refs/heads/main: corrupt"),
            (CommitError::IndexUnreadable { path: "/c/.git/index".into(), message: "unsupported extension".into() }, "cannot read git's index /c/.git/index: unsupported extension\n  help: platctl cannot update an index kept in split or sparse form (`git update-index --no-split-index`, `git sparse-checkout disable`); commit by hand, or leave out --commit"),
            (CommitError::BranchLocked("/c/.git/refs/heads/main.lock".into()), "git's branch is locked: /c/.git/refs/heads/main.lock exists. Another git process is moving the branch, or one was killed and left the lock behind\n  help: if no git process is running (check with `ps -ef | grep -w git`), remove the lock with `rm '/c/.git/refs/heads/main.lock'` and run this again"),
            (CommitError::IndexLocked("/c/.git/index.lock".into()), "git's index is locked: /c/.git/index.lock exists. Another git process (a git command, an editor's git view, another platctl) is using this repository, or one was killed and left the lock behind\n  help: if no git process is running (check with `ps -ef | grep -w git`), remove the lock with `rm '/c/.git/index.lock'` and run this again"),
            (CommitError::LockCreate { path: "/c/.git/index.lock".into(), error: io() }, "cannot create the lock /c/.git/index.lock: Permission denied"),
            (CommitError::EmptyMessage, "the commit message would be empty"),
            (CommitError::Scratch { dir: "/c/.git".into(), error: io() }, "cannot make a scratch directory in /c/.git: Permission denied"),
            (CommitError::IndexCopy { path: "/c/.git/index".into(), error: io() }, "cannot read /c/.git/index: Permission denied"),
            (CommitError::Conflicts, "git's index has unresolved conflicts; resolve them first, or leave out --commit"),
            (CommitError::Ignored("intake/a.yaml".into()), "intake/a.yaml is ignored by git (.gitignore), so it cannot be committed; leave out --commit"),
            (CommitError::Status { path: "a.yaml".into(), message: "ambiguous".into() }, "cannot tell whether a.yaml has uncommitted changes: ambiguous"),
            (CommitError::Uncommitted { path: "a.yaml".into(), changes: vec!["staged changes", "changes not staged"] }, "a.yaml has changes that are not committed (staged changes, changes not staged); --commit would put them in platctl's commit\n  help: commit or stash them first (`git diff HEAD -- a.yaml` shows them), or leave out --commit"),
            (CommitError::ReadFile { path: "a.yaml".into(), error: io() }, "cannot read a.yaml: Permission denied"),
            (CommitError::NotAFile("a.yaml".into()), "a.yaml is not a regular file"),
            (CommitError::Store { path: "a.yaml".into(), message: "odb".into() }, "cannot store a.yaml in git: odb"),
            (CommitError::IndexUpdate("full".into()), "cannot update git's index: full"),
            (CommitError::IndexWrite("disk full".into()), "cannot write git's index: disk full"),
            (CommitError::LockUsed, "git's index lock was already used"),
            (CommitError::Move { name: "refs/heads/main".into(), message: "locked".into() }, "cannot move refs/heads/main: locked"),
            (CommitError::HeadKeptMoving, "HEAD kept moving (or its ref stayed locked) while platctl tried to commit"),
            (CommitError::Io(io()), "Permission denied"),
            (CommitError::Repo(GitError::Bare("/c/.git".into())), "the repository at /c/.git has no working tree (bare)"),
        ];
        for (e, want) in cases {
            assert_eq!(e.to_string(), want, "{e:?}");
        }
    }

    /// The read side's newer cases: lint's `--changed-since`, `init`, a
    /// past version of a file; a cause shows as anyhow shows it.
    #[test]
    fn changed_since_init_and_past_versions_say_the_same() {
        assert_eq!(
            GitError::ChangedSinceNoRepo("/c".into()).to_string(),
            "--changed-since needs a git repository, and /c is not in one"
        );
        assert_eq!(
            GitError::ChangedSinceRev { rev: "origin/main".into(), workdir: "/c/".into(), message: "not found".into() }.to_string(),
            "--changed-since origin/main: not a revision of /c/ (not found)\n  help: in CI, fetch it first (actions/checkout with `fetch-depth: 0`, or `git fetch origin main`) and name it as `origin/main`"
        );
        let cause = || git2::Error::from_str("boom");
        let shown = |e: GitError| format!("{:#}", anyhow::Error::from(e));
        assert_eq!(
            shown(GitError::Compare {
                rev: "HEAD~1".into(),
                source: cause()
            }),
            "cannot compare the working tree with HEAD~1: boom"
        );
        assert_eq!(
            shown(GitError::PastVersion(cause())),
            "cannot read a past version of the file: boom"
        );
        assert_eq!(
            shown(GitError::Init {
                dir: "/c".into(),
                source: cause()
            }),
            "cannot make /c a git repository: boom"
        );
        let d = tempfile::tempdir().expect("tempdir");
        let e = changes_since(d.path(), "HEAD").expect_err("not in git");
        assert!(matches!(e, GitError::ChangedSinceNoRepo(_)), "{e:?}");
        let e = ensure_can_commit(d.path()).expect_err("not in git");
        assert!(matches!(e, CommitError::NoRepo(_)), "{e:?}");
    }

    fn repo() -> (tempfile::TempDir, git2::Repository) {
        let d = tempfile::tempdir().expect("tempdir");
        let repo = git2::Repository::init(d.path()).expect("init");
        let mut cfg = repo.config().expect("config");
        cfg.set_str("user.name", "T").expect("name");
        cfg.set_str("user.email", "t@example.com").expect("email");
        (d, repo)
    }

    /// As the writer does it: prepare, write the file, commit.
    fn write_and_commit(root: &Path, file: &str, text: &str) -> Committed {
        let p = prepare_commit(root, &[file.into()], file, Duration::ZERO).expect("prepared");
        std::fs::write(root.join(file), text).expect("write");
        p.commit().expect("committed")
    }

    fn tree_paths(repo: &git2::Repository, id: &str) -> Vec<String> {
        let c = repo
            .find_commit(git2::Oid::from_str(id).expect("oid"))
            .expect("commit");
        let mut out = Vec::new();
        c.tree()
            .expect("tree")
            .walk(git2::TreeWalkMode::PreOrder, |_, e| {
                out.push(e.name().unwrap_or("").to_string());
                git2::TreeWalkResult::Ok
            })
            .expect("walk");
        out.sort();
        out
    }

    #[test]
    fn the_first_commit_of_an_unborn_branch() {
        let (d, repo) = repo();
        let root = d.path().canonicalize().expect("canon");
        let c = write_and_commit(&root, "a.yaml", "a\n");
        assert_eq!(tree_paths(&repo, &c.id), vec!["a.yaml"]);
        assert!(!root.join(".git/index.lock").exists());
        let idx = git2::Index::open(&root.join(".git/index")).expect("index");
        assert!(idx.get_path(Path::new("a.yaml"), 0).is_some());
    }

    #[test]
    fn head_moved_meanwhile_is_built_upon_not_overwritten() {
        let (d, repo) = repo();
        let root = d.path().canonicalize().expect("canon");
        let first = write_and_commit(&root, "a.yaml", "a\n");
        let pending =
            prepare_commit(&root, &["b.yaml".into()], "second", Duration::ZERO).expect("prepared");
        std::fs::write(root.join("b.yaml"), "b\n").expect("write");
        // While platctl holds the index lock, something else commits (no index needed).
        let sig = repo.signature().expect("sig");
        let parent = repo
            .find_commit(git2::Oid::from_str(&first.id).expect("oid"))
            .expect("commit");
        let mut tb = repo
            .treebuilder(Some(&parent.tree().expect("tree")))
            .expect("builder");
        tb.insert("c.txt", repo.blob(b"c\n").expect("blob"), 0o100644)
            .expect("insert");
        let tree = repo.find_tree(tb.write().expect("tree")).expect("tree");
        let other = repo
            .commit(Some("HEAD"), &sig, &sig, "other\n", &tree, &[&parent])
            .expect("other commit");
        let c = pending.commit().expect("committed");
        let mine = repo
            .find_commit(git2::Oid::from_str(&c.id).expect("oid"))
            .expect("commit");
        assert_eq!(mine.parent_id(0).expect("parent"), other);
        assert_eq!(tree_paths(&repo, &c.id), vec!["a.yaml", "b.yaml", "c.txt"]);
        assert_eq!(
            repo.head().expect("head").target().expect("target"),
            mine.id()
        );
    }

    #[test]
    fn a_dropped_pending_commit_leaves_git_as_it_was() {
        let (d, _repo) = repo();
        let root = d.path().canonicalize().expect("canon");
        let p =
            prepare_commit(&root, &["a.yaml".into()], "first", Duration::ZERO).expect("prepared");
        assert!(root.join(".git/index.lock").exists());
        assert!(
            prepare_commit(&root, &["a.yaml".into()], "again", Duration::ZERO).is_err(),
            "the lock is held"
        );
        drop(p);
        assert!(!root.join(".git/index.lock").exists());
        let leftovers: Vec<_> = std::fs::read_dir(root.join(".git"))
            .expect("dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(SCRATCH_PREFIX))
            .collect();
        assert!(leftovers.is_empty(), "scratch copies are removed");
        // One a killed run left long ago is swept by the next commit.
        let left = root.join(".git/platctl-killed");
        std::fs::create_dir_all(&left).expect("mkdir");
        std::fs::File::open(&left)
            .and_then(|f| f.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)))
            .expect("age");
        drop(prepare_commit(&root, &["a.yaml".into()], "x", Duration::ZERO).expect("prepared"));
        assert!(!left.exists());
    }
}
