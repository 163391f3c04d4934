//! Writing an import: many files at once, each validated as lint would,
//! each atomic, the file system synced once, one commit.
//!
//! Under the catalog lock: the catalog is read, the caller plans the
//! changes, the catalog with every change in place is linted once; a file
//! in which the change adds an error finding is left out (and the lint is
//! run again, since what it named may now be missing), the rest is written.
//!
//! Files of one kind (the `lazy` kind: one no mapping reads) are parsed only
//! when needed: a file that already holds, byte for byte, the text the
//! caller expects there is left out of the catalog the caller plans with,
//! and parsed only if something is to be validated. A rerun with nothing
//! changed reads those files but never parses them.

use super::atomic::Batch;
use super::lock::CatalogLock;
use super::writer::{Options, Snapshot, WriteError};
use crate::catalog::{self, Catalog, Kind, Parsed, RawFile};
use crate::interop::cache::{hash, CatalogSeen, FileSeen, Ident};
use crate::interop::merge::Change;
use crate::model::Level;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// What was done: the changes kept, the files refused (path -> why), the commit.
pub struct Applied {
    pub kept: Vec<Change>,
    pub refused: BTreeMap<String, String>,
    pub commit: Option<String>,
    /// The catalog as read, for the import cache: asked for, and nothing to change.
    pub catalog: Option<CatalogSeen>,
}

/// The catalog walk with each file's identity (and, from `hashes`, the hash
/// of what was read); None when a file has none or its path is not UTF-8.
fn seen_of(
    walk: &catalog::load::Walk,
    idents: &[Option<Ident>],
    hashes: &[Option<u64>],
) -> Option<CatalogSeen> {
    let files = walk
        .files
        .iter()
        .zip(idents)
        .zip(hashes)
        .map(|(((path, kind, abs), ident), hash)| {
            Some(FileSeen {
                path: path.clone(),
                kind: kind.map(|k| k.dir().to_string()),
                abs: abs.to_str()?.to_string(),
                ident: (*ident)?,
                hash: *hash,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(CatalogSeen {
        files,
        unknown_dirs: walk.unknown_dirs.clone(),
        refused: walk
            .refused
            .iter()
            .map(|(p, _, why)| (p.clone(), why.to_string()))
            .collect(),
    })
}

/// The identity of every walked file (before it is read).
fn idents(walk: &catalog::load::Walk) -> Vec<Option<Ident>> {
    walk.files
        .par_iter()
        .map(|(_, _, abs)| Ident::at(abs))
        .collect()
}

/// Under the catalog lock (held while the caller compares): the catalog
/// root's files as the walk lists them, each with its identity; None when
/// one has none. Reads no file.
pub fn observe(
    root: &Path,
    timeout: std::time::Duration,
) -> Result<Option<(CatalogSeen, CatalogLock)>, WriteError> {
    let root = root
        .canonicalize()
        .map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    let lock = CatalogLock::acquire(&root, timeout)?;
    let walk =
        catalog::load::walk(&root).map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    let ids = idents(&walk);
    let none = vec![None; ids.len()];
    Ok(seen_of(&walk, &ids, &none).map(|s| (s, lock)))
}

/// Error findings per (path, rule): how many, and the first as a line.
type Errors = HashMap<(String, &'static str), (usize, String)>;

/// Error findings per (path, rule) among `paths`.
fn errors(cat: &Catalog, today: chrono::NaiveDate, paths: &HashMap<&str, ()>) -> Errors {
    let mut out: Errors = HashMap::new();
    for d in crate::lint::lint(cat, today, &crate::lint::Options::default()) {
        if d.level != Level::Error {
            continue;
        }
        let path = cat.path(d.file);
        if !paths.contains_key(path) {
            continue;
        }
        let slot = out
            .entry((path.to_string(), d.rule.as_str()))
            .or_insert_with(|| {
                (
                    0,
                    format!("{path}:{}: [{}] {}", d.span.line, d.rule, d.message),
                )
            });
        slot.0 += 1;
    }
    out
}

/// Given the catalog without the lazy kind's files and their paths: the
/// caller's state, and the text it expects in some of those files, by path.
pub type Prepare<'a, S> = dyn Fn(&Catalog, &HashSet<String>) -> (S, HashMap<String, String>) + 'a;

/// Given that state, the catalog and the files left out as unchanged: the
/// caller's plan and the changes to make.
pub type PlanWith<'a, S, P> = dyn Fn(S, &Catalog, &HashSet<String>) -> (P, Vec<Change>) + 'a;

/// Whether nothing (not even a link) is at `path`.
fn is_missing(path: &Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

fn parse(f: RawFile) -> Parsed {
    Parsed {
        result: f.bytes.map(|b| {
            Arc::new(catalog::parse::parse_file(
                f.kind.unwrap_or(Kind::Config),
                &b,
            ))
        }),
        path: f.path,
        kind: f.kind,
    }
}

fn copy(p: &Parsed) -> Parsed {
    Parsed {
        path: p.path.clone(),
        kind: p.kind,
        result: p.result.clone(),
    }
}

/// Under the lock: `prepare` sees the catalog without the readable files
/// of the `lazy` kind (their paths given) and says what text it expects in
/// which of them; `plan` sees the catalog without the files that hold
/// exactly that (their paths given). Then validates, writes (unless a dry
/// run) and commits with `message(kept)`. With `seen` (a file system time
/// taken before anything was read), a run with nothing to change also
/// gives the catalog as read, for the import cache.
#[expect(
    clippy::too_many_lines,
    reason = "not yet split into named steps; a new long function is refused"
)]
pub fn apply<S, P>(
    root: &Path,
    opts: &Options,
    lazy: Kind,
    prepare: &Prepare<'_, S>,
    plan: &PlanWith<'_, S, P>,
    message: &dyn Fn(&P, &[Change]) -> String,
    seen: Option<i64>,
) -> Result<(P, Applied), WriteError> {
    if opts.commit && !opts.dry_run {
        crate::git::ensure_can_commit(root).map_err(WriteError::Commit)?;
    }
    let root = root
        .canonicalize()
        .map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    let _lock = CatalogLock::acquire(&root, opts.lock_timeout)?;
    let walk =
        catalog::load::walk(&root).map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    // Identities before reading: a file changed after is seen as changed.
    let ids = seen.map(|_| idents(&walk));
    let raw = catalog::load::read_all(&walk);
    let catalog_seen = match (seen, &ids) {
        (Some(r), Some(ids)) => {
            let hashes: Vec<Option<u64>> = ids
                .iter()
                .zip(&raw)
                .map(|(i, f)| match (i, &f.bytes) {
                    (Some(i), Ok(b)) if i.racy(r) => Some(hash(b)),
                    _ => None,
                })
                .collect();
            // A file that could not be read vouches for nothing.
            let unread = raw.iter().take(ids.len()).any(|f| f.bytes.is_err());
            (!unread).then(|| seen_of(&walk, ids, &hashes)).flatten()
        }
        _ => None,
    };
    drop(ids);
    let (later, now): (Vec<RawFile>, Vec<RawFile>) = raw
        .into_iter()
        .partition(|f| f.kind == Some(lazy) && f.bytes.is_ok());
    let mut parsed: Vec<Parsed> = now.into_par_iter().map(parse).collect();
    let assemble = |files: &[Parsed]| {
        catalog::assemble(&root, files.iter().map(copy).collect(), &walk.unknown_dirs)
    };
    let first = assemble(&parsed);
    let present: HashSet<String> = later.iter().map(|f| f.path.clone()).collect();
    let (state, expected) = prepare(&first, &present);
    let (same, differ): (Vec<RawFile>, Vec<RawFile>) = later.into_iter().partition(
        |f| matches!((&f.bytes, expected.get(&f.path)), (Ok(b), Some(t)) if b == t.as_bytes()),
    );
    drop(expected);
    let mut added: Vec<Parsed> = differ.into_par_iter().map(parse).collect();
    // A file left out must be the only one to declare its id (its path names
    // it): otherwise the catalog decides which declaration counts, as always.
    let declared: HashSet<&str> = parsed
        .iter()
        .chain(&added)
        .filter_map(|p| p.result.as_ref().ok())
        .flat_map(|pf| pf.ids.iter())
        .filter(|(k, _)| *k == lazy)
        .map(|(_, id)| id.value.as_str())
        .collect();
    let stem = |path: &str| {
        path.rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".yaml"))
            .map(str::to_string)
    };
    let (shared, same): (Vec<RawFile>, Vec<RawFile>) = same
        .into_iter()
        .partition(|f| stem(&f.path).is_none_or(|id| declared.contains(id.as_str())));
    drop(declared);
    added.par_extend(shared.into_par_iter().map(parse));
    let cat = if added.is_empty() {
        first
    } else {
        drop(first);
        parsed.append(&mut added);
        assemble(&parsed)
    };
    let unchanged: HashSet<String> = same.iter().map(|f| f.path.clone()).collect();
    let (planned, changes) = plan(state, &cat, &unchanged);
    if changes.is_empty() {
        return Ok((
            planned,
            Applied {
                kept: Vec::new(),
                refused: BTreeMap::new(),
                commit: None,
                catalog: catalog_seen,
            },
        ));
    }
    // Something to validate: the whole catalog, the files left out included.
    let cat = if same.is_empty() {
        cat
    } else {
        drop(cat);
        parsed.par_extend(same.into_par_iter().map(parse));
        assemble(&parsed)
    };
    let snap = Snapshot::from_parsed(&root, parsed, walk.unknown_dirs.clone());
    let mut refused: BTreeMap<String, String> = BTreeMap::new();
    let mut before: Option<Errors> = None;
    // Each round leaves out the files that add errors; what they named may
    // then be missing elsewhere, so lint again (a few rounds at most).
    for _ in 0..8 {
        let active: Vec<(&str, Kind, Option<&str>)> = changes
            .iter()
            .filter(|c| !refused.contains_key(&c.path))
            .map(|c| (c.path.as_str(), c.kind, c.new.as_deref()))
            .collect();
        if active.is_empty() {
            break;
        }
        let paths: HashMap<&str, ()> = active
            .iter()
            .filter(|(_, _, t)| t.is_some())
            .map(|(p, _, _)| (*p, ()))
            .collect();
        let after_cat = snap.catalog_with(&active);
        let after = errors(&after_cat, opts.today, &paths);
        if after.is_empty() {
            break;
        }
        let before = before.get_or_insert_with(|| {
            let all: HashMap<&str, ()> = changes.iter().map(|c| (c.path.as_str(), ())).collect();
            errors(&cat, opts.today, &all)
        });
        let mut added = false;
        let mut keys: Vec<_> = after.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        for ((path, rule), (n, first)) in keys {
            let had = before.get(&(path.clone(), rule)).map_or(0, |x| x.0);
            if n > had && !refused.contains_key(&path) {
                refused.insert(path, format!("would not pass lint: {first}"));
                added = true;
            }
        }
        if !added {
            break;
        }
    }
    let kept: Vec<Change> = changes
        .into_iter()
        .filter(|c| !refused.contains_key(&c.path))
        .collect();
    if opts.dry_run || kept.is_empty() {
        return Ok((
            planned,
            Applied {
                kept,
                refused,
                commit: None,
                catalog: None,
            },
        ));
    }
    // With --commit, git is checked before anything is written.
    let pending = if opts.commit {
        let files: Vec<String> = kept.iter().map(|c| c.path.clone()).collect();
        Some(
            crate::git::prepare_commit(
                &root,
                &files,
                &message(&planned, &kept),
                opts.git_lock_wait,
            )
            .map_err(WriteError::Commit)?,
        )
    } else {
        None
    };
    let mut batch = Batch::default();
    super::atomic::sweep_staged_dirs(&root);
    // A kind directory that does not exist yet is written whole: its files
    // go into a hidden directory renamed into place once.
    let mut missing: HashMap<&str, bool> = HashMap::new();
    let mut new_dirs: BTreeMap<&str, Vec<(&str, &[u8])>> = BTreeMap::new();
    let mut staged = vec![false; kept.len()];
    for (i, c) in kept.iter().enumerate() {
        let (None, Some(text), Some((dir, name))) = (&c.old, &c.new, c.path.split_once('/')) else {
            continue;
        };
        if name.contains('/') || dir.starts_with('.') {
            continue;
        }
        if *missing
            .entry(dir)
            .or_insert_with(|| is_missing(&root.join(dir)))
        {
            new_dirs
                .entry(dir)
                .or_default()
                .push((name, text.as_bytes()));
            staged[i] = true;
        }
    }
    for (dir, files) in &new_dirs {
        batch
            .stage_dir(&root.join(dir), files)
            .map_err(|e| WriteError::Io((*dir).to_string(), e))?;
    }
    for (c, _) in kept.iter().zip(&staged).filter(|(_, s)| !**s) {
        let abs = root.join(&c.path);
        let dir = abs
            .parent()
            .ok_or_else(|| WriteError::Unsafe(format!("{} has no directory", c.path)))?;
        if c.new.is_some() {
            std::fs::create_dir_all(dir).map_err(|e| WriteError::Io(c.path.clone(), e))?;
        }
        // Through links or not, every file written or removed stays inside the root.
        let real_dir = dir
            .canonicalize()
            .map_err(|e| WriteError::Io(c.path.clone(), e))?;
        if !real_dir.starts_with(&root) {
            return Err(WriteError::Unsafe(format!(
                "{} leads outside the catalog root; nothing was written",
                c.path
            )));
        }
        let target = match abs.symlink_metadata() {
            Ok(m) if m.file_type().is_symlink() => {
                let t = abs
                    .canonicalize()
                    .map_err(|e| WriteError::Io(c.path.clone(), e))?;
                if !t.starts_with(&root) {
                    return Err(WriteError::Unsafe(format!(
                        "{} leads outside the catalog root; nothing was written",
                        c.path
                    )));
                }
                t
            }
            _ => real_dir.join(abs.file_name().unwrap_or_default()),
        };
        match &c.new {
            Some(text) => batch
                .stage(&target, text.as_bytes(), c.old.is_some())
                .map_err(|e| WriteError::Io(c.path.clone(), e))?,
            None => batch.remove(&target),
        }
    }
    batch
        .commit()
        .map_err(|e| WriteError::Io(root.display().to_string(), e))?;
    let commit = match pending {
        Some(p) => Some(
            p.commit()
                .map(|c| c.id)
                .map_err(|n| WriteError::WrittenNotCommitted(n.reason))?,
        ),
        None => None,
    };
    Ok((
        planned,
        Applied {
            kept,
            refused,
            commit,
            catalog: None,
        },
    ))
}
