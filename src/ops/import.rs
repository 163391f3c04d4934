//! `import backstage|opslevel|cortex`: read the sources, map them, plan the
//! files against the catalog, validate and write them (through
//! `store::import`), and say what happened as a report.
//!
//! A run records in the import cache (`interop::cache`) what it saw and
//! the report a rerun would give: its own when it found nothing to change,
//! or, after a write, the one of the plan made again against the catalog
//! as written. The same run again, with every source and catalog file as
//! the cache says, gives that report without reading the sources.

use crate::catalog::{Catalog, Kind};
use crate::interop::cache::{Cache, Key, FORMAT};
use crate::interop::merge::Change;
use crate::interop::{self, gather::Gathered, Report, Source};
use crate::model::BackstageImport;
use crate::store::import_cache::{self, Pending};
use crate::store::writer::{Options, WriteError};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What to import, and how.
pub struct Request<'a> {
    pub source: Source,
    /// The directory relative paths start from.
    pub cwd: &'a Path,
    pub paths: &'a [PathBuf],
    pub prune: bool,
    pub dry_run: bool,
    pub commit: bool,
    /// Use (and keep) the import cache.
    pub cache: bool,
    /// Names this build of platctl (version and executable), for the cache key.
    pub build: String,
    pub today: chrono::NaiveDate,
}

/// How the report was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Sources read and mapped, the catalog planned against.
    Full { sources: usize },
    /// Nothing changed since the cached run: `sources` and `files` checked.
    Cache { sources: usize, files: usize },
}

/// What the import did.
pub struct Imported {
    pub report: Report,
    /// The changes made (or, with `--dry-run`, that would be).
    pub kept: Vec<Change>,
    pub via: Via,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The sources could not be read (a path that does not exist).
    #[error("{0}")]
    Sources(String),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// The schema header of a new file of each kind import writes.
fn headers(root: &Path) -> Vec<(Kind, Option<String>)> {
    [Kind::Team, Kind::Service, Kind::Capability]
        .into_iter()
        .map(|k| (k, crate::store::writer::schema_header(root, k)))
        .collect()
}

/// Imports `req.paths` into the catalog at `root`.
pub fn import(root: &Path, req: &Request) -> Result<Imported, ImportError> {
    let headers = headers(root);
    let key = Key {
        format: FORMAT,
        build: req.build.clone(),
        source: req.source.name().to_string(),
        prune: req.prune,
        headers: headers.iter().map(|(_, h)| h.clone()).collect(),
    };
    // `--commit` checks git first and may fail: always the full path.
    let cache = req.cache && !req.commit;
    if cache {
        if let Some(hit) = cached(root, req, &key)? {
            return Ok(hit);
        }
    }
    // A dry run writes nothing, not even the cache.
    let pending = (cache && !req.dry_run)
        .then(|| Pending::start(root, req.source.name()))
        .flatten();
    let reference = pending.as_ref().map(Pending::reference);
    let follow = req.source == Source::Backstage;
    let gathered = interop::gather::gather_seen(req.cwd, req.paths, follow, reference)
        .map_err(ImportError::Sources)?;
    let done = full(root, req, &headers, &gathered, reference)?;
    if let (Some(p), Some(r), Some((catalog, rerun))) = (pending, reference, done.cache) {
        let bytes = Cache::build(key, r, &gathered, catalog, &rerun).and_then(|c| c.to_bytes());
        if let Some(bytes) = bytes {
            // A cache that cannot be written is no error: the next run reads everything.
            let _ = p.commit(&bytes);
        }
    }
    let sources = gathered.files.len();
    // The process ends soon after this: freeing every parsed source file
    // one by one would cost more than comparing them did.
    std::mem::forget(gathered);
    Ok(Imported {
        report: done.report,
        kept: done.kept,
        via: Via::Full { sources },
    })
}

/// The cached report, if the cache is there, made for this run, and
/// everything it saw is as it was.
fn cached(root: &Path, req: &Request, key: &Key) -> Result<Option<Imported>, ImportError> {
    let Some(bytes) = import_cache::read(root, req.source.name()) else {
        return Ok(None);
    };
    let Some(cache) = Cache::parse(&bytes, key) else {
        return Ok(None);
    };
    drop(bytes);
    let opts = Options::for_run(req.today, false, req.dry_run);
    let Some((now, lock)) = crate::store::import::observe(root, opts.lock_timeout)? else {
        return Ok(None);
    };
    let follow = req.source == Source::Backstage;
    let hit = cache.catalog_unchanged(&now) && cache.sources_unchanged(req.cwd, req.paths, follow);
    drop(lock);
    if !hit {
        return Ok(None);
    }
    let via = Via::Cache {
        sources: cache.sources.len(),
        files: now.files.len(),
    };
    let report = cache.findings.report(req.source, req.dry_run);
    std::mem::forget(cache.sources);
    std::mem::forget(now);
    Ok(Some(Imported {
        report,
        kept: Vec::new(),
        via,
    }))
}

/// What the full import did.
struct Full {
    report: Report,
    kept: Vec<Change>,
    /// For the import cache: the catalog as a rerun would find it, and the
    /// report that rerun would give (when it would change nothing).
    cache: Option<(crate::interop::cache::CatalogSeen, Report)>,
}

/// The full import: map the sources, plan, validate, write.
fn full(
    root: &Path,
    req: &Request,
    headers: &[(Kind, Option<String>)],
    gathered: &Gathered,
    reference: Option<i64>,
) -> Result<Full, ImportError> {
    let source = req.source;
    let header = |k: Kind| {
        headers
            .iter()
            .find(|(x, _)| *x == k)
            .and_then(|(_, h)| h.clone())
    };
    let opts = Options::for_run(req.today, req.commit, req.dry_run);
    let prune = req.prune;
    // The mapping reads teams, capabilities and the settings, never services:
    // a service file that already holds what import would write is not parsed.
    // With the cache wanted, the first mapping is kept: after a write, a
    // rerun's mapping against the catalog as written is that one again when
    // the catalog answers alike everything the mapping asked.
    let memo: RefCell<Option<(interop::Known, BackstageImport, interop::Mapped)>> =
        RefCell::new(None);
    let prepare = |cat: &Catalog, present: &HashSet<String>| {
        let known = interop::Known::of(cat);
        let settings = &cat.config.import.backstage;
        let again = memo
            .borrow()
            .as_ref()
            .and_then(|(k, s, m)| (k.answers_alike(&known) && s == settings).then(|| m.clone()));
        let mapped = match again {
            Some(m) => m,
            None => {
                let mut mapped = match source {
                    Source::Backstage => interop::backstage::map(&gathered.files, settings, &known),
                    Source::Opslevel => interop::opslevel::map(&gathered.files, &known),
                    Source::Cortex => interop::cortex::map(&gathered.files, &known),
                };
                mapped.not_read.extend(gathered.not_read.iter().cloned());
                if reference.is_some() && memo.borrow().is_none() {
                    *memo.borrow_mut() = Some((known, settings.clone(), mapped.clone()));
                }
                mapped
            }
        };
        let expected: HashMap<String, String> =
            interop::merge::expected(&mapped, Kind::Service, source, &header, present);
        (mapped, expected)
    };
    let plan = |mapped: interop::Mapped, cat: &Catalog, unchanged: &HashSet<String>| {
        let p = interop::plan(cat, source, mapped, prune, &header, unchanged);
        let changes = p.changes.clone();
        (p, changes)
    };
    // One line: the commit path takes a subject (the report has the details).
    let message = |_: &interop::Plan, kept: &[Change]| {
        let created = kept.iter().filter(|c| c.old.is_none()).count();
        let removed = kept.iter().filter(|c| c.new.is_none()).count();
        let updated = kept.len() - created - removed;
        format!(
            "import {}: {created} created, {updated} updated, {removed} removed",
            source.name()
        )
    };
    let applied = crate::store::import::apply(
        root,
        &opts,
        Kind::Service,
        &prepare,
        &plan,
        &message,
        reference,
    )?;
    let report = applied
        .planned
        .report(&applied.refused, req.dry_run, applied.commit.clone());
    // What a rerun says: this run's report when it changed nothing, else
    // the report of the plan made again against the catalog as written.
    let rerun = applied.catalog.as_ref().map(|_| match &applied.rerun {
        Some(p) => p.report(&std::collections::BTreeMap::new(), false, None),
        None => report.clone(),
    });
    let crate::store::import::Applied {
        planned,
        kept,
        catalog,
        rerun: replanned,
        ..
    } = applied;
    std::mem::forget(planned);
    std::mem::forget(replanned);
    Ok(Full {
        report,
        kept,
        cache: catalog.zip(rerun),
    })
}
