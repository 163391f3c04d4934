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
use std::sync::Arc;

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

/// The mapping and planning of one import run, as `store::import` asks
/// for them (once, and again after a write for the import cache).
///
/// The mapping reads teams, capabilities and the settings, never services:
/// a service file that already holds what import would write is not
/// parsed. With the cache wanted (`keep`), the first mapping is kept: a
/// rerun's mapping against the catalog as written is that one again when
/// the catalog answers alike everything the mapping asked, and then the
/// service files the first plan created hold the texts it would render.
struct Mapper<'a> {
    source: Source,
    gathered: &'a Gathered,
    headers: &'a [(Kind, Option<String>)],
    prune: bool,
    keep: bool,
    memo: RefCell<Option<(interop::Known, BackstageImport, Arc<interop::Mapped>)>>,
    /// The service files the first plan created, with their texts.
    created: RefCell<Option<HashMap<String, String>>>,
}

impl<'a> Mapper<'a> {
    /// The schema header of a new file of a kind (shared with the plan's
    /// threads: it holds only the headers).
    fn header(&self) -> impl Fn(Kind) -> Option<String> + Sync + 'a {
        let headers = self.headers;
        move |k| {
            headers
                .iter()
                .find(|(x, _)| *x == k)
                .and_then(|(_, h)| h.clone())
        }
    }

    /// The sources mapped against `cat`, and the text expected in each
    /// service file of `present`.
    fn prepare(
        &self,
        cat: &Catalog,
        present: &HashSet<String>,
    ) -> (Arc<interop::Mapped>, HashMap<String, String>) {
        let known = interop::Known::of(cat);
        let settings = &cat.config.import.backstage;
        let again = self.memo.borrow().as_ref().and_then(|(k, s, m)| {
            (k.answers_alike(&known) && s == settings).then(|| Arc::clone(m))
        });
        let mut rendered = match again {
            Some(_) => self.created.borrow_mut().take().unwrap_or_default(),
            None => HashMap::new(),
        };
        let mapped = again.unwrap_or_else(|| self.map(cat, known));
        let header = self.header();
        let expected = interop::merge::expected_with(
            &mapped,
            Kind::Service,
            self.source,
            &header,
            present,
            &mut rendered,
        );
        (mapped, expected)
    }

    fn map(&self, cat: &Catalog, known: interop::Known) -> Arc<interop::Mapped> {
        let (files, settings) = (&self.gathered.files, &cat.config.import.backstage);
        let mut mapped = match self.source {
            Source::Backstage => interop::backstage::map(files, settings, &known),
            Source::Opslevel => interop::opslevel::map(files, &known),
            Source::Cortex => interop::cortex::map(files, &known),
        };
        mapped
            .not_read
            .extend(self.gathered.not_read.iter().cloned());
        let mapped = Arc::new(mapped);
        if self.keep && self.memo.borrow().is_none() {
            *self.memo.borrow_mut() = Some((known, settings.clone(), Arc::clone(&mapped)));
        }
        mapped
    }

    fn plan(
        &self,
        mapped: Arc<interop::Mapped>,
        cat: &Catalog,
        unchanged: &HashSet<String>,
    ) -> (interop::Plan, Vec<Change>) {
        let header = self.header();
        let p = interop::plan(cat, self.source, mapped, self.prune, &header, unchanged);
        let changes = p.changes.clone();
        let mut created = self.created.borrow_mut();
        if self.keep && created.is_none() {
            *created = Some(
                changes
                    .iter()
                    .filter(|c| c.kind == Kind::Service && c.old.is_none())
                    .filter_map(|c| Some((c.path.clone(), c.new.clone()?)))
                    .collect(),
            );
        }
        (p, changes)
    }
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
    let opts = Options::for_run(req.today, req.commit, req.dry_run);
    let mapper = Mapper {
        source,
        gathered,
        headers,
        prune: req.prune,
        keep: reference.is_some(),
        memo: RefCell::new(None),
        created: RefCell::new(None),
    };
    let prepare = |cat: &Catalog, present: &HashSet<String>| mapper.prepare(cat, present);
    let plan = |mapped: Arc<interop::Mapped>, cat: &Catalog, unchanged: &HashSet<String>| {
        mapper.plan(mapped, cat, unchanged)
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
    // The process ends soon after: freeing the plans entry by entry would
    // cost more than making them did.
    std::mem::forget(planned);
    std::mem::forget(replanned);
    Ok(Full {
        report,
        kept,
        cache: catalog.zip(rerun),
    })
}
