//! Writing entity files the one safe way, for every command that writes
//! (`intake new`, `intake triage`, `deprecation new`, `exception approve`, …):
//!
//! 1. `--commit` is checked before anything is written (a repository, an author);
//! 2. the catalog-wide lock is taken and the catalog is read again under it,
//!    so the id and the validation see what concurrent writers left;
//! 3. the new text is parsed and linted in the context of the whole catalog:
//!    an error finding located in the file refuses the write (other files'
//!    findings do not block it);
//! 4. with `--commit`, git's index lock is taken and everything the commit
//!    needs is checked (the file has no uncommitted changes, the index can be
//!    written): a refusal here writes nothing;
//! 5. the file is written atomically — exclusive creation for a new file —
//!    at a path checked to be inside the catalog root;
//! 6. with `--commit`, exactly that file is committed on top of HEAD (see
//!    `git::PendingCommit`), or the error says what git holds.

use super::atomic::write_file;
use super::edit::{edit_mapping, Change, EditError};
use super::lock::{CatalogLock, LockError};
use crate::catalog::yaml::{parse_documents, Node, Value};
use crate::catalog::{self, Catalog, Kind, Parsed};
use crate::model::ids::{is_allocated, is_safe_file_stem};
use crate::model::{FileId, Level, Span};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// How a write is done.
#[derive(Clone, Debug)]
pub struct Options {
    /// The date lint rules use when validating.
    pub today: NaiveDate,
    /// Commit the written file (and only it) on top of HEAD.
    pub commit: bool,
    /// Do everything but write and commit: allocate, validate, return the text.
    pub dry_run: bool,
    /// How long to wait for another platctl writing the same catalog.
    pub lock_timeout: Duration,
    /// How long `--commit` waits for git's index lock held by another process.
    pub git_lock_wait: Duration,
}

impl Options {
    pub fn new(today: NaiveDate) -> Options {
        Options {
            today,
            commit: false,
            dry_run: false,
            lock_timeout: Duration::from_secs(60),
            git_lock_wait: crate::git::INDEX_LOCK_WAIT,
        }
    }

    /// The options of one command run: `--commit` and `--dry-run`.
    pub fn for_run(today: NaiveDate, commit: bool, dry_run: bool) -> Options {
        Options {
            commit,
            dry_run,
            ..Options::new(today)
        }
    }
}

/// Every write of catalog files holds the catalog lock, so a temporary file
/// found under it in a directory the writer writes was left by a write that
/// was killed, whatever its age: it is removed.
const STALE_TEMP_AGE: Duration = Duration::ZERO;

/// Which id a new entity gets.
#[derive(Clone, Debug)]
pub enum IdChoice {
    /// A fresh `PREFIX-XXXXXX` id that exists nowhere in the catalog.
    /// `preferred` (e.g. the id shown in a preview) is kept when still free.
    Fresh {
        prefix: &'static str,
        preferred: Option<String>,
    },
    /// An id the user chose (a slug): refused when already declared.
    Given(String),
}

/// What was (or, with `dry_run`, would have been) written.
#[derive(Clone, Debug)]
pub struct Written {
    pub id: String,
    /// Relative to the catalog root, `/` separators.
    pub path: String,
    pub text: String,
    /// The commit made with `--commit`.
    pub commit: Option<String>,
    /// False with `dry_run`, or when an edit changed nothing.
    pub written: bool,
    /// Warnings lint finds in the file as written (they do not block a
    /// write), one line each: `[rule] path:line: message (help)`.
    pub warnings: Vec<String>,
}

/// An edit to an existing file, as planned by a command under the lock.
#[derive(Clone, Debug)]
pub struct Edit {
    /// The entity's id, for messages.
    pub id: String,
    /// The file, relative to the root, as the catalog names it (`cat.path(meta.file)`).
    pub path: String,
    /// The whole new text of the file.
    pub text: String,
    /// The commit message, used with `--commit`.
    pub message: String,
}

/// The errors that refused a write, in the catalog as it would have been.
pub struct Refused {
    pub catalog: Catalog,
    pub errors: Vec<crate::diag::Diagnostic>,
}

impl std::fmt::Debug for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Refused")
            .field("errors", &self.errors)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Unsafe(String),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error("cannot read the catalog at {0}: {1}")]
    Load(String, std::io::Error),
    #[error("{0} already exists; nothing was written")]
    Exists(String),
    /// The findings are data: whoever shows the error renders them
    /// (`output::error_text`), with the catalog they point into.
    #[error("{path} would not pass lint, so nothing was written")]
    Invalid {
        path: String,
        findings: Box<Refused>,
    },
    #[error("cannot edit {0}: {1}")]
    Edit(String, EditError),
    #[error("cannot write {0}: {1}")]
    Io(String, std::io::Error),
    /// Import wrote its files, then the commit failed (the reason is said,
    /// not chained, as the other commit refusals).
    #[error("the files were written but not committed: {0}")]
    WrittenNotCommitted(crate::git::CommitError),
    /// `--commit` cannot go ahead (no repository, no author, …).
    #[error("{0}")]
    Commit(crate::git::CommitError),
    /// `--commit` could not go ahead; checked before anything was written.
    #[error("nothing was written: --commit cannot go ahead: {0}")]
    NotWritten(crate::git::CommitError),
    /// The file was written, the commit then failed: what git holds is said.
    #[error("{path} was written but not committed: {reason}\n  {state}")]
    NotCommitted {
        path: String,
        reason: crate::git::CommitError,
        state: String,
    },
    /// A refusal from the command's own plan (entity not found, …).
    #[error("{0:#}")]
    Plan(#[from] anyhow::Error),
}

/// The first line every new file starts with: the JSON Schema line for
/// editors (`# yaml-language-server: $schema=../schemas/KIND.schema.json`),
/// when the catalog keeps its schemas (`platctl schema` writes them).
pub fn schema_header(root: &Path, kind: Kind) -> Option<String> {
    crate::store::yaml_text::schema_header(root, &format!("{}/new.yaml", kind.dir()))
}

/// The full text of a new file of `kind` (written at the top of its
/// directory): the schema header, then `body`.
pub fn file_text(root: &Path, kind: Kind, body: &str) -> String {
    match schema_header(root, kind) {
        Some(h) => format!("{}\n{body}", h.trim_end()),
        None => body.to_string(),
    }
}

/// The catalog as read under the lock, kept as parsed files so that it can be
/// assembled again with one file replaced.
pub struct Snapshot {
    pub root: PathBuf,
    parsed: Vec<Parsed>,
    unknown: Vec<(String, String)>,
}

impl Snapshot {
    /// Reads and parses every file of the catalog at `root` (canonical).
    pub fn load(root: &Path) -> Result<Snapshot, WriteError> {
        let w = catalog::load::walk(root)
            .map_err(|e| WriteError::Load(root.display().to_string(), e))?;
        let parsed = catalog::parse_all(catalog::load::read_all(&w));
        Ok(Snapshot {
            root: root.to_path_buf(),
            parsed,
            unknown: w.unknown_dirs,
        })
    }

    /// A snapshot of files already read and parsed (`unknown`: directories
    /// that are not kinds, as the walk found them).
    pub fn from_parsed(
        root: &Path,
        parsed: Vec<Parsed>,
        unknown: Vec<(String, String)>,
    ) -> Snapshot {
        Snapshot {
            root: root.to_path_buf(),
            parsed,
            unknown,
        }
    }

    /// The catalog, with the file at `replace.0` (relative path) holding `replace.2` instead.
    pub fn catalog(&self, replace: Option<(&str, Kind, &str)>) -> Catalog {
        let mut files: Vec<Parsed> = self
            .parsed
            .iter()
            .filter(|p| replace.is_none_or(|(path, _, _)| p.path != path))
            .map(|p| Parsed {
                path: p.path.clone(),
                kind: p.kind,
                result: p.result.clone(),
            })
            .collect();
        if let Some((path, kind, text)) = replace {
            files.push(Parsed {
                path: path.to_string(),
                kind: Some(kind),
                result: Ok(Arc::new(catalog::parse::parse_file(kind, text.as_bytes()))),
            });
        }
        catalog::assemble(&self.root, files, &self.unknown)
    }

    /// The catalog with several files replaced (`Some` text) or removed (`None`).
    pub fn catalog_with(&self, changes: &[(&str, Kind, Option<&str>)]) -> Catalog {
        use rayon::prelude::*;
        let gone: HashSet<&str> = changes.iter().map(|(p, _, _)| *p).collect();
        let mut files: Vec<Parsed> = self
            .parsed
            .iter()
            .filter(|p| !gone.contains(p.path.as_str()))
            .map(|p| Parsed {
                path: p.path.clone(),
                kind: p.kind,
                result: p.result.clone(),
            })
            .collect();
        let added: Vec<Parsed> = changes
            .par_iter()
            .filter_map(|(path, kind, text)| {
                text.map(|t| Parsed {
                    path: path.to_string(),
                    kind: Some(*kind),
                    result: Ok(Arc::new(catalog::parse::parse_file(*kind, t.as_bytes()))),
                })
            })
            .collect();
        files.extend(added);
        catalog::assemble(&self.root, files, &self.unknown)
    }

    /// Every id declared in the catalog (any kind) and every file stem, so a
    /// fresh id collides with nothing, not even a file that does not parse.
    pub fn taken(&self) -> HashSet<String> {
        let mut t = HashSet::new();
        for p in &self.parsed {
            if let Ok(pf) = &p.result {
                t.extend(pf.ids.iter().map(|(_, id)| id.value.clone()));
            }
            if let Some(stem) = p
                .path
                .rsplit('/')
                .next()
                .and_then(|n| n.rsplit_once('.'))
                .map(|(s, _)| s)
            {
                t.insert(stem.to_string());
            }
        }
        t
    }

    /// Refuses `text` for the file at `path` when lint, over the whole catalog
    /// with that text in place, finds an error located in that file.
    pub fn validate(
        &self,
        path: &str,
        kind: Kind,
        text: &str,
        today: NaiveDate,
    ) -> Result<Vec<String>, WriteError> {
        self.validate_edit(path, kind, None, text, today)
    }

    /// Like [`Snapshot::validate`], for an edit of a file whose text was `old`:
    /// errors it already had (counted per rule) do not block the edit — an
    /// overdue deprecation must still be able to record a migration — but an
    /// edit that adds an error is refused.
    pub fn validate_edit(
        &self,
        path: &str,
        kind: Kind,
        old: Option<&str>,
        text: &str,
        today: NaiveDate,
    ) -> Result<Vec<String>, WriteError> {
        let findings_in = |cat: &Catalog| -> Vec<crate::lint::Diagnostic> {
            crate::lint::lint(cat, today, &crate::lint::Options::default())
                .into_iter()
                .filter(|d| cat.path(d.file) == path)
                .collect()
        };
        let cat = self.catalog(Some((path, kind, text)));
        let (mut errs, warns): (Vec<_>, Vec<_>) = findings_in(&cat)
            .into_iter()
            .partition(|d| d.level == Level::Error);
        // The old text is linted only when the new one has errors: most edits have none.
        let mut before: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        if let (Some(old), false) = (old, errs.is_empty()) {
            for d in findings_in(&self.catalog(Some((path, kind, old)))) {
                if d.level == Level::Error {
                    *before.entry(d.rule.as_str()).or_default() += 1;
                }
            }
        }
        let mut after: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for d in &errs {
            *after.entry(d.rule.as_str()).or_default() += 1;
        }
        errs.retain(|d| {
            after.get(d.rule.as_str()).copied().unwrap_or(0)
                > before.get(d.rule.as_str()).copied().unwrap_or(0)
        });
        if errs.is_empty() {
            return Ok(warns
                .iter()
                .map(|d| {
                    let help = d
                        .help
                        .as_deref()
                        .map(|h| format!(" ({h})"))
                        .unwrap_or_default();
                    format!("[{}] {}:{}: {}{help}", d.rule, path, d.span.line, d.message)
                })
                .collect());
        }
        crate::lint::sort(&cat, &mut errs);
        Err(WriteError::Invalid {
            path: path.to_string(),
            findings: Box::new(Refused {
                catalog: cat,
                errors: errs,
            }),
        })
    }
}

/// Validates `text` as the file at `path` (relative) without writing anything.
pub fn check_text(
    root: &Path,
    path: &str,
    kind: Kind,
    text: &str,
    today: NaiveDate,
) -> Result<(), WriteError> {
    let root = canonical_root(root)?;
    Snapshot::load(&root)?
        .validate(path, kind, text, today)
        .map(|_| ())
}

fn canonical_root(root: &Path) -> Result<PathBuf, WriteError> {
    root.canonicalize()
        .map_err(|e| WriteError::Load(root.display().to_string(), e))
}

/// `/`-separated path of `abs` relative to `root`, when inside it.
fn relative(root: &Path, abs: &Path) -> Option<String> {
    let r = abs.strip_prefix(root).ok()?;
    let parts: Vec<String> = r
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn outside(what: &str) -> WriteError {
    WriteError::Unsafe(format!(
        "{what} leads outside the catalog root; nothing was written"
    ))
}

fn ensure_commit(root: &Path, opts: &Options) -> Result<(), WriteError> {
    if opts.commit && !opts.dry_run {
        crate::git::ensure_can_commit(root).map_err(WriteError::Commit)?;
    }
    Ok(())
}

/// With `--commit`, takes git's index lock and checks everything the commit
/// needs (the file at `path` clean, the message, the index) before the file
/// is written.
fn prepare(
    root: &Path,
    opts: &Options,
    path: &str,
    message: &str,
) -> Result<Option<crate::git::PendingCommit>, WriteError> {
    if !opts.commit || opts.dry_run {
        return Ok(None);
    }
    crate::git::prepare_commit(root, &[path.to_string()], message, opts.git_lock_wait)
        .map(Some)
        .map_err(WriteError::NotWritten)
}

/// Commits the file just written at `path`, saying what git holds when that
/// fails. When git was left untouched, `undo` puts the file back as it was
/// (a new file removed, an edited one given its old text), so that nothing
/// is half done and running the command again does not file a duplicate.
fn commit(
    pending: Option<crate::git::PendingCommit>,
    path: &str,
    undo: &dyn Fn() -> std::io::Result<()>,
) -> Result<Option<String>, WriteError> {
    let Some(pending) = pending else {
        return Ok(None);
    };
    match pending.commit() {
        Ok(c) => Ok(Some(c.id)),
        Err(n) => Err(WriteError::NotCommitted {
            path: path.to_string(),
            state: if n.staged {
                format!("{path} holds the new text and is staged in git's index; HEAD did not move (commit it with `git commit`)")
            } else {
                match undo() {
                    Ok(()) => format!("nothing was committed, and {path} was put back as it was; git's index and HEAD are as they were"),
                    Err(e) => format!("{path} holds the new text (putting it back failed: {e}); git's index and HEAD are as they were (commit it with `git add {path} && git commit`)"),
                }
            },
            reason: n.reason,
        }),
    }
}

/// Creates `<kind dir>/<id>.yaml` with the text `render(id)` (the schema
/// header is added), after validating it; `message(id)` is the commit message.
pub fn create(
    root: &Path,
    kind: Kind,
    choice: IdChoice,
    opts: &Options,
    render: &dyn Fn(&str) -> String,
    message: &dyn Fn(&str) -> String,
) -> Result<Written, WriteError> {
    ensure_commit(root, opts)?;
    let root = canonical_root(root)?;
    let _lock = CatalogLock::acquire(&root, opts.lock_timeout)?;
    let snap = Snapshot::load(&root)?;
    let mut taken = snap.taken();
    let dir = root.join(kind.dir());
    if !opts.dry_run {
        std::fs::create_dir_all(&dir).map_err(|e| WriteError::Io(dir.display().to_string(), e))?;
    }
    // The kind directory may be a link: it must still lead inside the root.
    let dir = match dir.canonicalize() {
        Ok(d) if d.starts_with(&root) => d,
        Ok(_) => return Err(outside(&format!("directory {}/", kind.dir()))),
        Err(_) if opts.dry_run => dir,
        Err(e) => return Err(WriteError::Io(dir.display().to_string(), e)),
    };
    if !opts.dry_run {
        super::atomic::sweep_stale_temps(&dir, STALE_TEMP_AGE);
    }
    let mut preferred = match &choice {
        IdChoice::Fresh { preferred, .. } => preferred.clone(),
        IdChoice::Given(_) => None,
    };
    // A fresh id is retried if a file of that name appeared meanwhile.
    for _ in 0..16 {
        let id = match &choice {
            IdChoice::Fresh { prefix, .. } => match preferred
                .take()
                .filter(|p| is_allocated(p, prefix) && !taken.contains(p))
            {
                Some(p) => p,
                None => super::ids::fresh(prefix, &taken),
            },
            IdChoice::Given(g) => {
                if snap.catalog(None).has_id(kind, g) {
                    return Err(WriteError::Exists(format!("{} `{g}`", kind.noun())));
                }
                g.clone()
            }
        };
        if !is_safe_file_stem(&id) {
            return Err(WriteError::Unsafe(format!("`{id}` cannot name a file (letters, digits, `-` and `_` only); nothing was written")));
        }
        let abs = dir.join(format!("{id}.yaml"));
        let path = relative(&root, &abs).ok_or_else(|| outside(&format!("`{id}`")))?;
        if std::fs::symlink_metadata(&abs).is_ok() {
            match &choice {
                IdChoice::Fresh { .. } => {
                    taken.insert(id);
                    continue;
                }
                IdChoice::Given(_) => return Err(WriteError::Exists(path)),
            }
        }
        let text = file_text(&root, kind, &render(&id));
        let warnings = snap.validate(&path, kind, &text, opts.today)?;
        if opts.dry_run {
            return Ok(Written {
                id,
                path,
                text,
                commit: None,
                written: false,
                warnings,
            });
        }
        let pending = prepare(&root, opts, &path, &message(&id))?;
        match write_file(&abs, text.as_bytes(), false) {
            Ok(()) => {
                let commit = commit(pending, &path, &|| std::fs::remove_file(&abs))?;
                return Ok(Written {
                    id,
                    path,
                    text,
                    commit,
                    written: true,
                    warnings,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match &choice {
                IdChoice::Fresh { .. } => {
                    taken.insert(id);
                }
                IdChoice::Given(_) => return Err(WriteError::Exists(path)),
            },
            Err(e) => return Err(WriteError::Io(path, e)),
        }
    }
    Err(WriteError::Io(
        dir.display().to_string(),
        std::io::Error::other("no free file name found after 16 tries"),
    ))
}

/// Updates one existing file. `plan` sees the catalog as read under the lock
/// and returns the edit (usually made with [`edit_at`]); the new text is
/// validated, then written atomically in place of the old.
pub fn update(
    root: &Path,
    kind: Kind,
    opts: &Options,
    plan: &dyn Fn(&Catalog) -> Result<Edit, WriteError>,
) -> Result<Written, WriteError> {
    ensure_commit(root, opts)?;
    let root = canonical_root(root)?;
    let _lock = CatalogLock::acquire(&root, opts.lock_timeout)?;
    let snap = Snapshot::load(&root)?;
    let cat = snap.catalog(None);
    let edit = plan(&cat)?;
    let old = cat
        .files
        .iter()
        .find(|f| f.path == edit.path)
        .map(|f| f.text.clone());
    let Some(old) = old else {
        return Err(WriteError::Unsafe(format!(
            "{} is not a file of the catalog; nothing was written",
            edit.path
        )));
    };
    // Resolve links: the file written is the one the catalog read, inside the root.
    let abs = root
        .join(&edit.path)
        .canonicalize()
        .map_err(|e| WriteError::Io(edit.path.clone(), e))?;
    let real = relative(&root, &abs).ok_or_else(|| outside(&edit.path))?;
    if !edit.path.starts_with(&format!("{}/", kind.dir())) {
        return Err(WriteError::Unsafe(format!(
            "{} is not under {}/; nothing was written",
            edit.path,
            kind.dir()
        )));
    }
    let warnings = snap.validate_edit(&edit.path, kind, Some(&old), &edit.text, opts.today)?;
    if opts.dry_run || *edit.text == *old {
        return Ok(Written {
            id: edit.id,
            path: edit.path,
            text: edit.text,
            commit: None,
            written: false,
            warnings,
        });
    }
    if let Some(dir) = abs.parent() {
        super::atomic::sweep_stale_temps(dir, STALE_TEMP_AGE);
    }
    let pending = prepare(&root, opts, &real, &edit.message)?;
    write_file(&abs, edit.text.as_bytes(), true)
        .map_err(|e| WriteError::Io(edit.path.clone(), e))?;
    let commit = commit(pending, &real, &|| write_file(&abs, old.as_bytes(), true))?;
    Ok(Written {
        id: edit.id,
        path: edit.path,
        text: edit.text,
        commit,
        written: true,
        warnings,
    })
}

/// The mapping node that starts at `at` (an entity's `meta.span`, or a nested
/// one such as a deprecation consumer's `span`), anywhere in `docs`.
pub fn mapping_at(docs: &[Node], at: Span) -> Option<&Node> {
    fn find(n: &Node, off: u32) -> Option<&Node> {
        if matches!(n.value, Value::Map(_)) && n.span.offset == off {
            return Some(n);
        }
        match &n.value {
            Value::Map(m) => m.iter().find_map(|(_, v)| find(v, off)),
            Value::Seq(s) => s.iter().find_map(|v| find(v, off)),
            _ => None,
        }
    }
    docs.iter().find_map(|d| find(d, at.offset))
}

/// The text of `file` with `changes` applied to the mapping at `at`; every
/// other byte (comments, key order, quoting, blank lines) is kept.
pub fn edit_at(
    cat: &Catalog,
    file: FileId,
    at: Span,
    changes: &[Change],
    order: &[&str],
) -> Result<String, WriteError> {
    let path = cat.path(file).to_string();
    let text = cat.text(file);
    let docs = parse_documents(text)
        .map_err(|e| WriteError::Edit(path.clone(), EditError::Unsupported(e.message)))?;
    let node = mapping_at(&docs, at)
        .ok_or_else(|| WriteError::Edit(path.clone(), EditError::NotAMapping))?;
    edit_mapping(text, node, changes, order).map_err(|e| WriteError::Edit(path, e))
}

/// The text of `file` with `entry` appended to the list under `key` of the
/// mapping at `at` (made when missing); every other byte is kept.
pub fn append_at(
    cat: &Catalog,
    file: FileId,
    at: Span,
    key: &str,
    entry: &super::edit::Entry,
    order: &[&str],
) -> Result<String, WriteError> {
    let path = cat.path(file).to_string();
    let text = cat.text(file);
    let docs = parse_documents(text)
        .map_err(|e| WriteError::Edit(path.clone(), EditError::Unsupported(e.message)))?;
    let node = mapping_at(&docs, at)
        .ok_or_else(|| WriteError::Edit(path.clone(), EditError::NotAMapping))?;
    super::edit::append_to_seq(text, node, key, entry, order).map_err(|e| WriteError::Edit(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::RuleId;

    fn catalog_dir() -> tempfile::TempDir {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::write(d.path().join("platctl.yaml"), "version: 1\n").expect("write");
        std::fs::create_dir_all(d.path().join("teams")).expect("mkdir");
        std::fs::write(d.path().join("teams/team-a.yaml"), "id: team-a\nname: A\n").expect("write");
        d
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()
    }

    #[test]
    fn written_not_committed_says_what_was_written_and_why_not_committed() {
        let typed = WriteError::WrittenNotCommitted(crate::git::CommitError::NoAuthor);
        assert_eq!(
            typed.to_string(),
            "the files were written but not committed: git has no author configured; \
             set user.name and user.email (git config user.name \"…\"), or leave out --commit"
        );
        assert!(std::error::Error::source(&typed).is_none());
    }

    fn body(team: &str) -> impl Fn(&str) -> String + '_ {
        move |id| {
            format!("id: {id}\ntitle: T\nrequester:\n  team: {team}\ncreated: 2026-11-27\nproblem: p\nstatus: new\n")
        }
    }

    #[test]
    fn creates_a_fresh_file_and_refuses_an_invalid_one() {
        let d = catalog_dir();
        let opts = Options::new(today());
        let fresh = IdChoice::Fresh {
            prefix: "INT",
            preferred: None,
        };
        let w = create(
            d.path(),
            Kind::Intake,
            fresh.clone(),
            &opts,
            &body("team-a"),
            &|id| id.to_string(),
        )
        .expect("written");
        assert!(
            w.written && w.path.starts_with("intake/INT-") && w.path.ends_with(".yaml"),
            "{w:?}"
        );
        assert_eq!(
            std::fs::read_to_string(d.path().join(&w.path)).expect("read"),
            w.text
        );
        let err = create(
            d.path(),
            Kind::Intake,
            fresh,
            &opts,
            &body("team-b"),
            &|id| id.to_string(),
        )
        .expect_err("refused");
        let WriteError::Invalid { findings, .. } = &err else {
            panic!("not refused by lint: {err}");
        };
        assert!(
            findings.errors.iter().any(|d| d.rule == RuleId::UnknownTeam
                && d.help.as_deref() == Some("did you mean `team-a`?")),
            "{findings:?}"
        );
        assert_eq!(
            std::fs::read_dir(d.path().join("intake"))
                .expect("dir")
                .count(),
            1
        );
    }

    #[test]
    fn keeps_a_free_preferred_id_and_refuses_unsafe_ones() {
        let d = catalog_dir();
        let opts = Options::new(today());
        let pref = IdChoice::Fresh {
            prefix: "INT",
            preferred: Some("INT-7K3F9Q".into()),
        };
        let w = create(
            d.path(),
            Kind::Intake,
            pref.clone(),
            &opts,
            &body("team-a"),
            &|id| id.to_string(),
        )
        .expect("written");
        assert_eq!(w.id, "INT-7K3F9Q");
        let w2 = create(
            d.path(),
            Kind::Intake,
            pref,
            &opts,
            &body("team-a"),
            &|id| id.to_string(),
        )
        .expect("written");
        assert_ne!(w2.id, "INT-7K3F9Q");
        let err = create(
            d.path(),
            Kind::Team,
            IdChoice::Given("../../x".into()),
            &opts,
            &|_| String::new(),
            &|id| id.to_string(),
        );
        assert!(matches!(err, Err(WriteError::Unsafe(_))), "{err:?}");
        let err = create(
            d.path(),
            Kind::Team,
            IdChoice::Given("team-a".into()),
            &opts,
            &|_| String::new(),
            &|id| id.to_string(),
        );
        assert!(matches!(err, Err(WriteError::Exists(_))), "{err:?}");
    }

    #[test]
    fn updates_keep_comments() {
        let d = catalog_dir();
        let original = "# who we are\nid: team-a   # keep\nname: A\n";
        std::fs::write(d.path().join("teams/team-a.yaml"), original).expect("write");
        let opts = Options::new(today());
        let w = update(d.path(), Kind::Team, &opts, &|cat| {
            let t = cat
                .team("team-a")
                .ok_or_else(|| anyhow::anyhow!("no team"))?;
            let text = edit_at(
                cat,
                t.meta.file,
                t.meta.span,
                &[Change::Set("contact".into(), "\"#a\"".into())],
                crate::model::Team::FIELDS,
            )?;
            Ok(Edit {
                id: "team-a".into(),
                path: cat.path(t.meta.file).into(),
                text,
                message: "m".into(),
            })
        })
        .expect("updated");
        assert!(w.written);
        assert_eq!(
            std::fs::read_to_string(d.path().join("teams/team-a.yaml")).expect("read"),
            format!("{original}contact: \"#a\"\n")
        );
    }

    #[test]
    fn an_edit_may_keep_an_error_the_file_had_but_not_add_one() {
        let d = catalog_dir();
        // Overdue: the sunset passed with consumers left (`sunset-passed`, an error).
        let dep = "id: old\ncapability: x\nannounced: 2026-01-01\nsunset: 2026-06-30\nstatus: migrating\nconsumers: []\n";
        std::fs::create_dir_all(d.path().join("deprecations")).expect("mkdir");
        std::fs::create_dir_all(d.path().join("capabilities")).expect("mkdir");
        std::fs::write(
            d.path().join("capabilities/x.yaml"),
            "id: x\nname: X\nsummary: s\nowner: team-a\nlifecycle: deprecated\n",
        )
        .expect("write");
        std::fs::write(d.path().join("deprecations/old.yaml"), dep.replace("consumers: []\n", "consumers:\n  - service: s1\n    status: pending\n  - service: s2\n    status: pending\n")).expect("write");
        std::fs::create_dir_all(d.path().join("services")).expect("mkdir");
        for s in ["s1", "s2"] {
            std::fs::write(
                d.path().join(format!("services/{s}.yaml")),
                format!("id: {s}\nteam: team-a\n"),
            )
            .expect("write");
        }
        let opts = Options::new(today());
        let set = |value: &'static str| {
            move |cat: &Catalog| -> Result<Edit, WriteError> {
                let dep = cat
                    .deprecation("old")
                    .ok_or_else(|| anyhow::anyhow!("no deprecation"))?;
                let c = &dep.consumers[0];
                let text = edit_at(
                    cat,
                    dep.meta.file,
                    c.span,
                    &[Change::Set("status".into(), value.into())],
                    crate::model::Consumer::FIELDS,
                )?;
                Ok(Edit {
                    id: "old".into(),
                    path: cat.path(dep.meta.file).into(),
                    text,
                    message: "m".into(),
                })
            }
        };
        // s1 migrates: `sunset-passed` stays (s2 is left) but is not new.
        let w = update(d.path(), Kind::Deprecation, &opts, &set("migrated"))
            .expect("kept error does not block");
        assert!(w.written && w.text.contains("status: migrated"), "{w:?}");
        // Exempt without an exception adds an error: refused.
        let err =
            update(d.path(), Kind::Deprecation, &opts, &set("exempt")).expect_err("new error");
        let WriteError::Invalid { findings, .. } = &err else {
            panic!("not refused by lint: {err}");
        };
        let rules: Vec<RuleId> = findings.errors.iter().map(|d| d.rule).collect();
        assert_eq!(rules, [RuleId::ExemptWithoutException], "{findings:?}");
    }
}
