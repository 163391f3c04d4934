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
//!
//! For the import cache, a run also says what a rerun would find: the
//! catalog as read when there is nothing to change, or, after a write, the
//! catalog as written, planned again in memory exactly as a rerun would
//! plan it (the written texts left out where they are what is expected).

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

fn parse(f: &RawFile) -> Parsed {
    Parsed {
        result: match &f.bytes {
            Ok(b) => Ok(Arc::new(catalog::parse::parse_file(
                f.kind.unwrap_or(Kind::Config),
                b,
            ))),
            Err(e) => Err(e.clone()),
        },
        path: f.path.clone(),
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

/// A catalog file as planning gets it: as read, or already parsed (a file
/// a write left as it was).
enum Input {
    Read(RawFile),
    Parsed(Parsed),
}

/// What planning made of the catalog.
struct Planning<P> {
    planned: P,
    changes: Vec<Change>,
    /// The files parsed, in the order the catalog was assembled from: first
    /// the `eager` ones (every file but the lazy kind's readable ones).
    parsed: Vec<Parsed>,
    eager: usize,
    /// The lazy kind's readable files, as read.
    lazy: Vec<RawFile>,
    /// Indexes into `lazy` of the files left out as holding, byte for
    /// byte, what the caller expects (never parsed).
    same: Vec<usize>,
    /// The catalog planned against.
    cat: Catalog,
}

/// `prepare` sees the catalog without the readable files of the `lazy`
/// kind (their paths given) and says what text it expects in which of
/// them; `plan` sees the catalog without the files that hold exactly that
/// (their paths given).
fn plan_files<S, P>(
    root: &Path,
    unknown_dirs: &[(String, String)],
    inputs: Vec<Input>,
    lazy: Kind,
    prepare: &Prepare<'_, S>,
    plan: &PlanWith<'_, S, P>,
) -> Planning<P> {
    let mut later: Vec<RawFile> = Vec::new();
    let mut now: Vec<Input> = Vec::new();
    for i in inputs {
        match i {
            Input::Read(f) if f.kind == Some(lazy) && f.bytes.is_ok() => later.push(f),
            i => now.push(i),
        }
    }
    let mut parsed: Vec<Parsed> = now
        .into_par_iter()
        .map(|i| match i {
            Input::Read(f) => parse(&f),
            Input::Parsed(p) => p,
        })
        .collect();
    let eager = parsed.len();
    let assemble =
        |files: &[Parsed]| catalog::assemble(root, files.iter().map(copy).collect(), unknown_dirs);
    let first = assemble(&parsed);
    let present: HashSet<String> = later.iter().map(|f| f.path.clone()).collect();
    let (state, expected) = prepare(&first, &present);
    let is_same: Vec<bool> = later
        .iter()
        .map(|f| matches!((&f.bytes, expected.get(&f.path)), (Ok(b), Some(t)) if b == t.as_bytes()))
        .collect();
    drop(expected);
    let mut added: Vec<Parsed> = later
        .par_iter()
        .zip(is_same.par_iter())
        .filter(|(_, same)| !**same)
        .map(|(f, _)| parse(f))
        .collect();
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
    let (shared, same): (Vec<usize>, Vec<usize>) = (0..later.len())
        .filter(|&i| is_same[i])
        .partition(|&i| stem(&later[i].path).is_none_or(|id| declared.contains(id.as_str())));
    drop(declared);
    added.par_extend(shared.into_par_iter().map(|i| parse(&later[i])));
    let cat = if added.is_empty() {
        first
    } else {
        drop(first);
        parsed.append(&mut added);
        assemble(&parsed)
    };
    let unchanged: HashSet<String> = same.iter().map(|&i| later[i].path.clone()).collect();
    let (planned, changes) = plan(state, &cat, &unchanged);
    Planning {
        planned,
        changes,
        parsed,
        eager,
        lazy: later,
        same,
        cat,
    }
}

/// The files refused (path -> why): each change that adds an error finding
/// to the catalog `cat` (every file parsed, in `snap`) is left out, and the
/// rest linted again, since what a refused file named may now be missing
/// elsewhere (a few rounds at most).
fn refuse(
    snap: &Snapshot,
    cat: &Catalog,
    changes: &[Change],
    today: chrono::NaiveDate,
) -> BTreeMap<String, String> {
    let mut refused: BTreeMap<String, String> = BTreeMap::new();
    let mut before: Option<Errors> = None;
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
        let after = errors(&after_cat, today, &paths);
        if after.is_empty() {
            break;
        }
        let before = before.get_or_insert_with(|| {
            let all: HashMap<&str, ()> = changes.iter().map(|c| (c.path.as_str(), ())).collect();
            errors(cat, today, &all)
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
    refused
}

/// Writes `kept` under `root` (canonical), each file atomic and the file
/// system synced once. A kind directory that does not exist yet is written
/// whole: its files go into a hidden directory renamed into place once.
fn write(root: &Path, kept: &[Change]) -> Result<(), WriteError> {
    let mut batch = Batch::default();
    super::atomic::sweep_staged_dirs(root);
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
        let target = confined_target(root, c)?;
        match &c.new {
            Some(text) => batch
                .stage(&target, text.as_bytes(), c.old.is_some())
                .map_err(|e| WriteError::Io(c.path.clone(), e))?,
            None => batch.remove(&target),
        }
    }
    batch
        .commit()
        .map_err(|e| WriteError::Io(root.display().to_string(), e))
}

/// Where the change `c` writes: through links or not, a place inside `root`.
fn confined_target(root: &Path, c: &Change) -> Result<std::path::PathBuf, WriteError> {
    let outside = || {
        WriteError::Unsafe(format!(
            "{} leads outside the catalog root; nothing was written",
            c.path
        ))
    };
    let abs = root.join(&c.path);
    let dir = abs
        .parent()
        .ok_or_else(|| WriteError::Unsafe(format!("{} has no directory", c.path)))?;
    if c.new.is_some() {
        std::fs::create_dir_all(dir).map_err(|e| WriteError::Io(c.path.clone(), e))?;
    }
    let real_dir = dir
        .canonicalize()
        .map_err(|e| WriteError::Io(c.path.clone(), e))?;
    if !real_dir.starts_with(root) {
        return Err(outside());
    }
    match abs.symlink_metadata() {
        Ok(m) if m.file_type().is_symlink() => {
            let t = abs
                .canonicalize()
                .map_err(|e| WriteError::Io(c.path.clone(), e))?;
            if t.starts_with(root) {
                Ok(t)
            } else {
                Err(outside())
            }
        }
        _ => Ok(real_dir.join(abs.file_name().unwrap_or_default())),
    }
}

/// The catalog as read: every walked file's identity taken before reading
/// (a file changed after is seen as changed), and the hash of what was read
/// for the racily clean ones. None when a file could not be read or has no
/// identity: then it vouches for nothing.
fn seen_as_read(
    walk: &catalog::load::Walk,
    raw: &[RawFile],
    reference: i64,
    ids: &[Option<Ident>],
) -> Option<CatalogSeen> {
    let hashes: Vec<Option<u64>> = ids
        .iter()
        .zip(raw)
        .map(|(i, f)| match (i, &f.bytes) {
            (Some(i), Ok(b)) if i.racy(reference) => Some(hash(b)),
            _ => None,
        })
        .collect();
    let unread = raw.iter().take(ids.len()).any(|f| f.bytes.is_err());
    (!unread).then(|| seen_of(walk, ids, &hashes)).flatten()
}

/// A plan validated: the changes that pass, the files refused (path ->
/// why), and what a rerun reuses (when asked for).
struct Validated<P> {
    planned: P,
    kept: Vec<Change>,
    refused: BTreeMap<String, String>,
    /// The files parsed before the lazy kind's.
    eager: Vec<Parsed>,
    /// The lazy kind's readable files, as read.
    lazy: Vec<RawFile>,
}

/// Validates `p`'s changes against the whole catalog, the files left out
/// as unchanged included (see [`refuse`]).
fn validate<P>(
    root: &Path,
    unknown_dirs: &[(String, String)],
    p: Planning<P>,
    today: chrono::NaiveDate,
    keep_eager: bool,
) -> Validated<P> {
    let Planning {
        planned,
        changes,
        mut parsed,
        eager,
        lazy,
        same,
        cat,
    } = p;
    let cat = if same.is_empty() {
        cat
    } else {
        drop(cat);
        parsed.par_extend(same.par_iter().map(|&i| parse(&lazy[i])));
        catalog::assemble(root, parsed.iter().map(copy).collect(), unknown_dirs)
    };
    let eager: Vec<Parsed> = if keep_eager {
        parsed[..eager].iter().map(copy).collect()
    } else {
        Vec::new()
    };
    let snap = Snapshot::from_parsed(root, parsed, unknown_dirs.to_vec());
    let refused = refuse(&snap, &cat, &changes, today);
    drop((snap, cat));
    let kept: Vec<Change> = changes
        .into_iter()
        .filter(|c| !refused.contains_key(&c.path))
        .collect();
    Validated {
        planned,
        kept,
        refused,
        eager,
        lazy,
    }
}

/// What was done: the plan, the changes kept, the files refused (path ->
/// why), the commit; and, for the import cache, what a rerun would find.
pub struct Applied<P> {
    pub planned: P,
    pub kept: Vec<Change>,
    pub refused: BTreeMap<String, String>,
    pub commit: Option<String>,
    /// The catalog as a rerun would find it, when that rerun would change
    /// nothing (asked for with a reference time, and no commit made).
    pub catalog: Option<CatalogSeen>,
    /// The rerun's plan, when it is not `planned` (files were written).
    pub rerun: Option<P>,
}

/// Under the lock: plans (see [`plan_files`]), validates, writes (unless a
/// dry run) and commits with `message(kept)`. With `seen` (a file system
/// time taken before anything was read), what a rerun would find, for the
/// import cache: the catalog as read when there is nothing to change; after
/// a write (without a commit), the catalog as written, when planning again
/// against it changes nothing.
pub fn apply<S, P>(
    root: &Path,
    opts: &Options,
    lazy: Kind,
    prepare: &Prepare<'_, S>,
    plan: &PlanWith<'_, S, P>,
    message: &dyn Fn(&P, &[Change]) -> String,
    seen: Option<i64>,
) -> Result<Applied<P>, WriteError> {
    if opts.commit && !opts.dry_run {
        crate::git::ensure_can_commit(root).map_err(WriteError::Commit)?;
    }
    let root = root
        .canonicalize()
        .map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    let _lock = CatalogLock::acquire(&root, opts.lock_timeout)?;
    let walk =
        catalog::load::walk(&root).map_err(|e| WriteError::Load(root.display().to_string(), e))?;
    let ids = seen.map(|_| idents(&walk));
    let raw = catalog::load::read_all(&walk);
    let catalog_seen = seen
        .zip(ids.as_deref())
        .and_then(|(r, ids)| seen_as_read(&walk, &raw, r, ids));
    drop(ids);
    let inputs = raw.into_iter().map(Input::Read).collect();
    let p = plan_files(&root, &walk.unknown_dirs, inputs, lazy, prepare, plan);
    let nothing = |planned, kept, refused, catalog| Applied {
        planned,
        kept,
        refused,
        commit: None,
        catalog,
        rerun: None,
    };
    if p.changes.is_empty() {
        return Ok(nothing(
            p.planned,
            Vec::new(),
            BTreeMap::new(),
            catalog_seen,
        ));
    }
    let Validated {
        planned,
        kept,
        refused,
        eager,
        lazy: later,
    } = validate(
        &root,
        &walk.unknown_dirs,
        p,
        opts.today,
        catalog_seen.is_some(),
    );
    if opts.dry_run || kept.is_empty() {
        return Ok(nothing(planned, kept, refused, None));
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
    // A rerun right after the write is planned in memory while the write
    // waits for the disk; the files' identities are taken once it is done.
    let want_rerun = pending.is_none() && refused.is_empty();
    let was = catalog_seen.filter(|_| want_rerun);
    let after = was.is_some().then(|| After {
        walk: &walk,
        kept: &kept,
        written: kept
            .iter()
            .filter_map(|c| Some((c.path.as_str(), c.new.as_deref()?)))
            .collect(),
        eager: &eager,
        lazy: &later,
    });
    let rerun = write_and_plan_rerun(&root, &kept, after.as_ref(), lazy, prepare, plan)?;
    let commit = match pending {
        Some(p) => Some(
            p.commit()
                .map(|c| c.id)
                .map_err(|n| WriteError::WrittenNotCommitted(n.reason))?,
        ),
        None => None,
    };
    let rerun = rerun.and_then(|(p, listing)| {
        let now = seen_after_write(&listing, was.as_ref()?, &after.as_ref()?.written)?;
        Some((p, now))
    });
    let (rerun, catalog) = rerun.map_or((None, None), |(p, c)| (Some(p), Some(c)));
    Ok(Applied {
        planned,
        kept,
        refused,
        commit,
        catalog,
        rerun,
    })
}

/// Writes `kept` under `root` and, with `rerun` (made of the same
/// changes), plans meanwhile, in memory, what a rerun right after the write
/// would ([`rerun_plan`]).
fn write_and_plan_rerun<S, P>(
    root: &Path,
    kept: &[Change],
    rerun: Option<&After<'_>>,
    lazy: Kind,
    prepare: &Prepare<'_, S>,
    plan: &PlanWith<'_, S, P>,
) -> Result<Option<(P, catalog::load::Walk)>, WriteError> {
    let Some(w) = rerun else {
        return write(root, kept).map(|()| None);
    };
    std::thread::scope(|scope| {
        // No thread to spare (a process limit): one after the other.
        let Ok(writing) = std::thread::Builder::new().spawn_scoped(scope, || write(root, kept))
        else {
            write(root, kept)?;
            return Ok(rerun_plan(root, lazy, w, prepare, plan));
        };
        let planned = rerun_plan(root, lazy, w, prepare, plan);
        let written = writing
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written.map(|()| planned)
    })
}

/// A write, as a rerun right after it would build on.
struct After<'a> {
    /// The catalog as listed before the write.
    walk: &'a catalog::load::Walk,
    kept: &'a [Change],
    /// The text of each file written, by path.
    written: HashMap<&'a str, &'a str>,
    /// The files parsed before the lazy kind's, as read.
    eager: &'a [Parsed],
    /// The lazy kind's readable files, as read.
    lazy: &'a [RawFile],
}

/// The catalog as a rerun lists it, foreseen from the listing before the
/// write (`walk`) and the changes written: the files listed, less the ones
/// removed, plus the ones created, sorted as the walk sorts them. Under the
/// lock, only another program can have changed more; the next run lists
/// the catalog again and, finding it otherwise, does not use the cache.
fn listing_after(root: &Path, walk: &catalog::load::Walk, kept: &[Change]) -> catalog::load::Walk {
    let removed: HashSet<&str> = kept
        .iter()
        .filter(|c| c.new.is_none())
        .map(|c| c.path.as_str())
        .collect();
    let mut files: Vec<(String, Option<Kind>, std::path::PathBuf)> = walk
        .files
        .iter()
        .filter(|(p, _, _)| !removed.contains(p.as_str()))
        .cloned()
        .collect();
    files.extend(
        kept.iter()
            .filter(|c| c.old.is_none() && c.new.is_some())
            .map(|c| (c.path.clone(), Some(c.kind), root.join(&c.path))),
    );
    files.sort_by(|a, b| a.0.cmp(&b.0));
    catalog::load::Walk {
        files,
        unknown_dirs: walk.unknown_dirs.clone(),
        refused: walk.refused.clone(),
    }
}

/// What a rerun right after a write would plan, made in memory while the
/// write reaches the disk: the catalog as that rerun lists it
/// ([`listing_after`]), each file one written (its text known) or one read
/// (planned with what was read), planned exactly as a rerun plans it. None
/// when that plan would change something.
fn rerun_plan<S, P>(
    root: &Path,
    lazy: Kind,
    w: &After<'_>,
    prepare: &Prepare<'_, S>,
    plan: &PlanWith<'_, S, P>,
) -> Option<(P, catalog::load::Walk)> {
    let walk = listing_after(root, w.walk, w.kept);
    let eager: HashMap<&str, &Parsed> = w.eager.iter().map(|p| (p.path.as_str(), p)).collect();
    let lazy_read: HashMap<&str, &RawFile> = w.lazy.iter().map(|f| (f.path.as_str(), f)).collect();
    let mut inputs = Vec::with_capacity(walk.files.len() + walk.refused.len());
    for (path, kind, _) in &walk.files {
        let path = path.as_str();
        inputs.push(
            match (w.written.get(path), lazy_read.get(path), eager.get(path)) {
                (Some(text), _, _) => Input::Read(RawFile {
                    path: path.to_string(),
                    kind: *kind,
                    bytes: Ok(text.as_bytes().to_vec()),
                }),
                (None, Some(f), _) if *kind == Some(lazy) => Input::Read(RawFile {
                    path: f.path.clone(),
                    kind: f.kind,
                    bytes: Ok(f.bytes.as_ref().ok()?.clone()),
                }),
                (None, _, Some(p)) => Input::Parsed(copy(p)),
                _ => return None,
            },
        );
    }
    inputs.extend(catalog::load::refused_files(&walk).map(Input::Read));
    let p = plan_files(root, &walk.unknown_dirs, inputs, lazy, prepare, plan);
    p.changes.is_empty().then_some((p.planned, walk))
}

/// After the write: the catalog as the rerun planned by [`rerun_plan`]
/// would find it, each file with its identity now. A file not written must
/// be as it was read (its identity as before reading), or what was planned
/// is not what a rerun would plan. The cache keeps the hash of each file
/// written, so the rerun compares its content: its identity, taken after
/// the write, cannot vouch for the text by itself.
fn seen_after_write(
    walk: &catalog::load::Walk,
    was: &CatalogSeen,
    written: &HashMap<&str, &str>,
) -> Option<CatalogSeen> {
    let before: HashMap<&str, &FileSeen> = was.files.iter().map(|f| (f.path.as_str(), f)).collect();
    let ids = idents(walk);
    let hashes = walk
        .files
        .iter()
        .zip(&ids)
        .map(|((path, kind, abs), id)| {
            let id = (*id)?;
            if let Some(text) = written.get(path.as_str()) {
                return Some(Some(hash(text.as_bytes())));
            }
            let f = before.get(path.as_str())?;
            let same = f.ident == id
                && f.kind == kind.map(|k| k.dir().to_string())
                && Some(f.abs.as_str()) == abs.to_str();
            same.then_some(f.hash)
        })
        .collect::<Option<Vec<Option<u64>>>>()?;
    seen_of(walk, &ids, &hashes)
}
