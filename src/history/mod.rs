//! Reading the catalog as it was: revisions by date, the blob cache, the changelog.
//!
//! A past state is read from a commit's tree without touching the working
//! tree: the tree is listed, each file's blob id looked up in a cache shared
//! by every state a command reads, and only unseen blobs are read and
//! parsed. `catalog_at` then assembles a whole catalog (changelog, `--rev`);
//! `files_on` hands snapshot KPIs the cached parses as they are. Git itself
//! is reached only through [`crate::git`].

pub mod cache;
pub mod changelog;
pub mod error;
pub mod tree;

pub use crate::git::CommitInfo;
pub use cache::{BlobCache, CacheStats};
pub use error::{NoHistory, NoState};

use crate::catalog::{self, parse::MAX_FILE_BYTES, Catalog, Kind, LoadError, Parsed};
use crate::git::{BlobId, CatalogRepo, GitError, GitResult, TreeFile};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Which files of a commit are read: all of them (a whole catalog), or
/// only some kinds and `platctl.yaml` (what snapshot KPIs need).
#[derive(Clone, Copy, Debug)]
enum Scope {
    All,
    Kinds(&'static [Kind]),
}

/// A catalog's git history, opened at a tip (HEAD or a given revision).
pub struct History {
    repo: CatalogRepo,
    root: PathBuf,
    cache: BlobCache,
    tip: CommitInfo,
    /// The first-parent chain from the tip, read lazily, newest first.
    log: Vec<CommitInfo>,
    log_done: bool,
    /// Catalogs already built, by commit id.
    built: HashMap<String, Option<Arc<Catalog>>>,
    /// The entity files of commits read whole ([`History::catalogs_on`]),
    /// in path order, by commit id: [`History::files_on`] takes some kinds
    /// of them instead of listing those trees again.
    whole: HashMap<String, KindedFiles>,
    trees_read: usize,
}

impl History {
    /// Opens the history of the catalog at `root`, from `rev` (default HEAD).
    /// `Ok(Err(why))` when there is no history to read; `Err` when `rev` is wrong.
    pub fn open(root: &Path, rev: Option<&str>) -> Result<Opened> {
        let Some(repo) = CatalogRepo::open(root)? else {
            return match rev {
                Some(r) => anyhow::bail!("--rev {r}: {}", NoHistory::NotInGit),
                None => Ok(Err(NoHistory::NotInGit)),
            };
        };
        let tip = match rev {
            Some(r) => repo.resolve(r)?,
            None => match repo.head()? {
                Some(c) => c,
                None => return Ok(Err(NoHistory::NoCommit)),
            },
        };
        Ok(Ok(History {
            repo,
            root: root.to_path_buf(),
            cache: BlobCache::default(),
            tip,
            log: Vec::new(),
            log_done: false,
            built: HashMap::new(),
            whole: HashMap::new(),
            trees_read: 0,
        }))
    }

    pub fn tip(&self) -> &CommitInfo {
        &self.tip
    }

    /// The cache's hits and misses so far.
    pub fn stats(&self) -> CacheStats {
        self.cache.stats()
    }

    /// Distinct file versions parsed so far.
    pub fn parsed_versions(&self) -> usize {
        self.cache.len()
    }

    /// Commit trees listed so far.
    pub fn trees_read(&self) -> usize {
        self.trees_read
    }

    /// The commit a revision names.
    pub fn resolve(&self, rev: &str) -> GitResult<CommitInfo> {
        self.repo.resolve(rev)
    }

    /// Where release notes up to `to` start by default: the last tagged
    /// commit on `to`'s first-parent chain (before `to`, or at it when
    /// `include_to`), with its tag; else the chain's first commit.
    pub fn default_base(
        &self,
        to: &CommitInfo,
        include_to: bool,
    ) -> Result<(CommitInfo, Option<String>)> {
        let tags = self.repo.tags()?;
        let mut c = to.clone();
        let mut first = true;
        loop {
            if include_to || !first {
                // The last tag by name, when several point at one commit.
                if let Some((name, _)) = tags.iter().rev().find(|(_, id)| *id == c.id) {
                    return Ok((c, Some(name.clone())));
                }
            }
            first = false;
            match self.repo.first_parent(&c.id)? {
                Some(p) => c = p,
                None => return Ok((c, None)),
            }
        }
    }

    /// Reads one more commit of the first-parent chain; false at its end.
    fn extend_log(&mut self) -> Result<bool> {
        if self.log_done {
            return Ok(false);
        }
        let next = match self.log.last() {
            None => Some(self.tip.clone()),
            Some(last) => self.repo.first_parent(&last.id)?,
        };
        match next {
            Some(c) => {
                self.log.push(c);
                Ok(true)
            }
            None => {
                self.log_done = true;
                Ok(false)
            }
        }
    }

    /// The first commit of the tip's first-parent chain whose committer date
    /// is on or before `day`; `None` when the history starts after it.
    pub fn commit_on_or_before(&mut self, day: NaiveDate) -> Result<Option<CommitInfo>> {
        let mut i = 0;
        loop {
            if i == self.log.len() && !self.extend_log()? {
                return Ok(None);
            }
            if let Some(c) = self.log.get(i) {
                if c.date() <= day {
                    return Ok(Some(c.clone()));
                }
            }
            i += 1;
        }
    }

    /// The catalog in the working tree, read from disk like `catalog::load_dir`,
    /// but parsed through the cache (a file's blob id is the hash of its bytes),
    /// so that snapshots of unchanged files reuse its parses.
    pub fn working_catalog(&mut self) -> Result<Catalog> {
        Ok(self.working_files()?.assemble())
    }

    /// The working tree's files parsed through the cache, not assembled yet
    /// (so that the caller can assemble them while it reads history).
    pub fn working_files(&mut self) -> Result<WorkingFiles> {
        parse_with_cache(&self.root, &mut self.cache)
    }

    /// The catalog as it was at a commit; `None` when the commit has no
    /// `platctl.yaml` where the catalog is now (it did not exist yet).
    pub fn catalog_at(&mut self, commit: &CommitInfo) -> Result<Option<Arc<Catalog>>> {
        if let Some(built) = self.built.get(&commit.id) {
            return Ok(built.clone());
        }
        let read = self.read_commits(&[commit], Scope::All, &NoProgress)?;
        let cat = read
            .into_iter()
            .next()
            .flatten()
            .map(|r| Arc::new(catalog::assemble(&self.root, r.files, &r.unknown_dirs)));
        self.built.insert(commit.id.clone(), cat.clone());
        Ok(cat)
    }

    /// The parsed files of some kinds at several days (the last commit on or
    /// before each), each distinct commit read once; `Err(why)` for a day
    /// without one, or whose commit has no catalog yet. No catalog is
    /// assembled: what reads them borrows the cached parses as they are.
    pub fn files_on(
        &mut self,
        days: &[NaiveDate],
        kinds: &'static [Kind],
        progress: &dyn Progress,
    ) -> Result<Vec<FilesAtDay>> {
        let mut commits = Vec::with_capacity(days.len());
        for d in days {
            commits.push(self.commit_on_or_before(*d)?);
        }
        let distinct: Vec<&CommitInfo> = {
            let mut v: Vec<&CommitInfo> = commits.iter().flatten().collect();
            v.sort_by(|a, b| a.id.cmp(&b.id));
            v.dedup_by(|a, b| a.id == b.id);
            v
        };
        // Commits already read whole give their files of these kinds.
        let (known, unread): (Vec<&CommitInfo>, Vec<&CommitInfo>) = distinct
            .iter()
            .partition(|c| self.whole.contains_key(&c.id));
        let read = self.read_commits(&unread, Scope::Kinds(kinds), progress)?;
        let mut by_id: HashMap<&str, Option<Files>> = unread
            .iter()
            .zip(read)
            .map(|(c, r)| (c.id.as_str(), r.map(|r| r.parses())))
            .collect();
        for c in known {
            let files = self.whole.get(&c.id).map(|w| {
                w.iter()
                    .filter(|(k, _)| kinds.contains(k))
                    .map(|(_, pf)| pf.clone())
                    .collect::<Files>()
            });
            by_id.insert(c.id.as_str(), files);
        }
        Ok(days
            .iter()
            .zip(&commits)
            .map(|(d, c)| {
                let c = c.as_ref().ok_or(NoState::BeforeHistory(*d))?;
                match by_id.get(c.id.as_str()).cloned().flatten() {
                    Some(files) => Ok((c.clone(), files)),
                    None => Err(NoState::NoCatalogYet {
                        short: c.short().to_string(),
                        date: c.date(),
                    }),
                }
            })
            .collect())
    }

    /// Whole catalogs at several days (the last commit on or before each),
    /// read in one batch through the cache like [`History::files_on`], left
    /// unassembled so that the caller assembles them in parallel (one per
    /// distinct commit) and drops each when done with it.
    pub fn catalogs_on(
        &mut self,
        days: &[NaiveDate],
        progress: &dyn Progress,
    ) -> Result<PastStates> {
        let mut commits = Vec::with_capacity(days.len());
        for d in days {
            commits.push(self.commit_on_or_before(*d)?);
        }
        let distinct: Vec<&CommitInfo> = {
            let mut v: Vec<&CommitInfo> = commits.iter().flatten().collect();
            v.sort_by(|a, b| a.id.cmp(&b.id));
            v.dedup_by(|a, b| a.id == b.id);
            v
        };
        let read = self.read_commits(&distinct, Scope::All, progress)?;
        // Each commit's entity files in path order, commits on every core.
        let read: Vec<Option<(TreeRead, KindedFiles)>> = read
            .into_par_iter()
            .map(|r| {
                r.map(|r| {
                    let e = r.entity_files();
                    (r, e)
                })
            })
            .collect();
        let mut files: HashMap<String, WorkingFiles> = HashMap::new();
        for (c, r) in distinct.iter().zip(read) {
            if let Some((r, entity_files)) = r {
                self.whole.insert(c.id.clone(), entity_files);
                files.insert(
                    c.id.clone(),
                    WorkingFiles {
                        root: self.root.clone(),
                        files: r.files,
                        unknown_dirs: r.unknown_dirs,
                    },
                );
            }
        }
        let days = days
            .iter()
            .zip(commits)
            .map(|(d, c)| {
                let r = match c {
                    None => Err(NoState::BeforeHistory(*d)),
                    Some(c) if !files.contains_key(&c.id) => Err(NoState::NoCatalogYet {
                        short: c.short().to_string(),
                        date: c.date(),
                    }),
                    Some(c) => Ok(c),
                };
                (*d, r)
            })
            .collect();
        Ok(PastStates { days, files })
    }

    /// Reads the files of `commits` in three passes: list their trees (in
    /// parallel), look every file up in the cache, read and parse the blobs
    /// never seen (in parallel, each distinct blob once). Per commit, its
    /// files; `None` when it has no `platctl.yaml` (no catalog yet). Worker
    /// threads open their own handle on the repository: libgit2 handles are
    /// not shared.
    fn read_commits(
        &mut self,
        commits: &[&CommitInfo],
        scope: Scope,
        progress: &dyn Progress,
    ) -> Result<Vec<Option<TreeRead>>> {
        progress.phase(
            &format!("reading {} commit trees", commits.len()),
            commits.len(),
        );
        let dir = self.root.as_path();
        let listed: Vec<Result<Vec<TreeFile>>> = if commits.len() == 1 {
            commits
                .iter()
                .map(|c| Ok(list_tree(&self.repo, &c.id, scope)?))
                .collect()
        } else {
            par_with_repo(commits, dir, |repo, c| {
                let r = with_repo(repo, |r| Ok(list_tree(r, &c.id, scope)?));
                progress.done(1);
                r
            })
        };
        let listed = listed.into_iter().collect::<Result<Vec<_>>>()?;
        self.trees_read += commits.len();

        let classified: Vec<tree::Classified> =
            listed.into_par_iter().map(tree::classify).collect();
        let has_config = |c: &tree::Classified| c.files.iter().any(|(_, k)| *k == Kind::Config);
        let mut keys: Vec<(&str, BlobId, Kind)> = classified
            .iter()
            .filter(|c| has_config(c))
            .flat_map(|c| c.files.iter().filter(|(f, _)| !f.symlink))
            .map(|(f, k)| (f.path.as_str(), f.blob, *k))
            .collect();
        // Versions of one file one after another: each is a delta on
        // another in git's pack, whose base the pack's cache still holds.
        keys.par_sort_by(|a, b| a.0.cmp(b.0));
        let missing = unseen(&mut self.cache, keys.into_iter().map(|(_, b, k)| (b, k)));

        progress.phase(
            &format!("parsing {} file versions not seen yet", missing.len()),
            missing.len(),
        );
        let parsed = read_and_parse(&self.repo, &missing, progress);
        let mut unreadable: cache::IdMap<(BlobId, Kind), LoadError> = cache::IdMap::default();
        for (id, kind, r) in parsed {
            match r {
                Ok(pf) => self.cache.insert(id, kind, pf),
                Err(why) => {
                    unreadable.insert((id, kind), why);
                }
            }
        }
        let cache = &self.cache;
        Ok(classified
            .into_par_iter()
            .map(|c| {
                if !has_config(&c) {
                    return None;
                }
                let files = c
                    .files
                    .into_iter()
                    .map(|(f, k)| Parsed {
                        kind: Some(k),
                        result: match cache.peek(f.blob, k) {
                            // A link not followed to a file: not read.
                            _ if f.symlink => Err(LoadError::LinkNotFile),
                            Some(pf) => Ok(pf),
                            None => Err(unreadable
                                .get(&(f.blob, k))
                                .cloned()
                                .unwrap_or(LoadError::NotRead)),
                        },
                        path: f.path,
                    })
                    .collect();
                Some(TreeRead {
                    files,
                    unknown_dirs: c.unknown_dirs,
                })
            })
            .collect())
    }
}

/// The parsed files of a commit, sorted by path, `platctl.yaml` and files
/// that could not be read left out.
pub type Files = Arc<[Arc<catalog::ParsedFile>]>;

/// A commit's entity files with their kinds, in path order.
type KindedFiles = Arc<[(Kind, Arc<catalog::ParsedFile>)]>;

/// The files of some kinds on a day and the commit they were read from, or why there are none.
pub type FilesAtDay = std::result::Result<(CommitInfo, Files), NoState>;

/// A catalog's history as opened, or why there is none to read.
pub type Opened = std::result::Result<History, NoHistory>;

/// Whole catalogs at several days: per day, the commit read or why none;
/// per distinct commit, its files ready to assemble.
pub struct PastStates {
    pub days: Vec<(NaiveDate, std::result::Result<CommitInfo, NoState>)>,
    pub files: HashMap<String, WorkingFiles>,
}

/// A commit's files as read through the cache.
struct TreeRead {
    files: Vec<Parsed>,
    unknown_dirs: Vec<(String, String)>,
}

impl TreeRead {
    /// Its entity files read, with their kinds, in path order.
    fn entity_files(&self) -> KindedFiles {
        let mut v: Vec<(&str, Kind, &Arc<catalog::ParsedFile>)> = self
            .files
            .iter()
            .filter_map(|p| match (p.kind, &p.result) {
                (Some(k), Ok(pf)) if k != Kind::Config => Some((p.path.as_str(), k, pf)),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v.into_iter().map(|(_, k, pf)| (k, pf.clone())).collect()
    }

    /// The parses of its entity files, in path order.
    fn parses(&self) -> Files {
        self.entity_files()
            .iter()
            .map(|(_, pf)| pf.clone())
            .collect()
    }
}

/// How far reading history has come, in steps of work (for a progress bar).
pub trait Progress: Sync {
    /// A new phase of `steps` steps begins.
    fn phase(&self, _what: &str, _steps: usize) {}
    /// Some steps of the phase are done.
    fn done(&self, _steps: usize) {}
}

/// No progress to show.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Maps `f` over `items` on all cores; each chunk of work opens its own
/// repository handle once (a handle cannot be shared between threads, and
/// opening one per item costs more than the item).
fn par_with_repo<T: Sync, R: Send>(
    items: &[T],
    dir: &Path,
    f: impl Fn(&mut Reopened, &T) -> R + Sync,
) -> Vec<R> {
    // Small chunks: the last one is worked on alone (10,000 blobs to parse
    // in 8 chunks left one core idle for a sixteenth of the parse).
    let chunk = items
        .len()
        .div_ceil(rayon::current_num_threads() * 16)
        .max(1);
    items
        .par_chunks(chunk)
        .flat_map_iter(|ch| {
            let mut repo = CatalogRepo::open(dir).map_err(Arc::new);
            ch.iter().map(|x| f(&mut repo, x)).collect::<Vec<_>>()
        })
        .collect()
}

/// A blob read and parsed, or why it could not be.
type ParsedBlob = (
    BlobId,
    Kind,
    std::result::Result<Arc<catalog::ParsedFile>, LoadError>,
);

/// Reads `blobs` on this thread, in their order, through one repository
/// handle, and parses them on every core as they come. Git's packs are
/// shared by every handle in the process behind one lock, which readers on
/// two threads took turns at thousands of times an export; one reader in
/// path order also finds each delta's base in the pack's cache. Bytes read
/// ahead of the parsers are bounded: past 64 MiB waiting, the reader
/// parses the batch itself.
fn read_and_parse(
    repo: &CatalogRepo,
    blobs: &[(BlobId, Kind)],
    progress: &dyn Progress,
) -> Vec<ParsedBlob> {
    // (A batch of the bench's services is about 16 KiB; of files near the
    // 4 MiB limit, up to 128 MiB, so one such batch may wait at a time.)
    const AHEAD: usize = 64 * 1024 * 1024;
    read_and_parse_within(repo, blobs, progress, AHEAD)
}

/// [`read_and_parse`] with at most `ahead` bytes read and not yet parsed.
fn read_and_parse_within(
    repo: &CatalogRepo,
    blobs: &[(BlobId, Kind)],
    progress: &dyn Progress,
    ahead: usize,
) -> Vec<ParsedBlob> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    const BATCH: usize = 32;
    // A batch's bytes in one buffer: what one thread allocates and another
    // frees costs a lock on the allocator's side, once a batch rather than
    // once a blob.
    type Read = (
        Vec<u8>,
        Vec<(
            BlobId,
            Kind,
            std::result::Result<std::ops::Range<usize>, LoadError>,
        )>,
    );
    let parse = |(bytes, read): Read| {
        let n = read.len();
        let out: Vec<ParsedBlob> = read
            .into_iter()
            .map(|(id, kind, r)| {
                let pf = r.map(|at| {
                    Arc::new(catalog::parse::parse_file(
                        kind,
                        bytes.get(at).unwrap_or_default(),
                    ))
                });
                (id, kind, pf)
            })
            .collect();
        progress.done(n);
        out
    };
    let mut slots: Vec<Vec<ParsedBlob>> = blobs.chunks(BATCH).map(|_| Vec::new()).collect();
    let waiting = AtomicUsize::new(0);
    rayon::in_place_scope(|s| {
        for (batch, slot) in blobs.chunks(BATCH).zip(slots.iter_mut()) {
            let mut bytes = Vec::new();
            let spans = batch
                .iter()
                .map(|&(id, kind)| {
                    let r = repo.read_blob(id, MAX_FILE_BYTES).map(|b| {
                        bytes.extend_from_slice(&b);
                        bytes.len() - b.len()..bytes.len()
                    });
                    (id, kind, r.map_err(LoadError::history))
                })
                .collect();
            let size = bytes.len();
            let read = (bytes, spans);
            if waiting.load(Ordering::Relaxed).saturating_add(size) > ahead {
                *slot = parse(read);
                continue;
            }
            waiting.fetch_add(size, Ordering::Relaxed);
            let (parse, waiting) = (&parse, &waiting);
            s.spawn(move |_| {
                let done = parse(read);
                waiting.fetch_sub(size, Ordering::Relaxed);
                *slot = done;
            });
        }
    });
    slots.into_iter().flatten().collect()
}

/// A worker's own handle on the repository: none when it is gone, the
/// error (shared by the files it would have read) when it cannot be opened.
type Reopened = std::result::Result<Option<CatalogRepo>, Arc<GitError>>;

/// Calls `f` with a worker's own repository handle.
fn with_repo<T>(repo: &mut Reopened, f: impl FnOnce(&CatalogRepo) -> Result<T>) -> Result<T> {
    match repo {
        Ok(Some(r)) => f(r),
        Ok(None) => Err(anyhow::anyhow!("the git repository cannot be opened again")),
        Err(e) => Err(anyhow::anyhow!("{e:#}")),
    }
}

/// The files of a commit's tree that a scope reads.
fn list_tree(repo: &CatalogRepo, commit: &str, scope: Scope) -> GitResult<Vec<TreeFile>> {
    match scope {
        Scope::All => {
            let mut v = repo.tree_files(commit, "")?;
            // A kind directory that is a link is read where it leads, as
            // the walk of the working tree does.
            let linked: Vec<String> = v
                .iter()
                .filter(|f| f.symlink && Kind::from_dir(&f.path).is_some())
                .map(|f| f.path.clone())
                .collect();
            if !linked.is_empty() {
                for dir in linked {
                    v.extend(repo.tree_files(commit, &dir)?);
                }
                v.sort_by(|a, b| a.path.cmp(&b.path));
            }
            Ok(v)
        }
        Scope::Kinds(kinds) => {
            let mut v: Vec<TreeFile> = repo
                .tree_file(commit, "platctl.yaml")?
                .into_iter()
                .collect();
            for k in kinds {
                v.extend(repo.tree_files(commit, k.dir())?);
            }
            Ok(v)
        }
    }
}

/// The distinct (blob, kind) pairs the cache does not hold, in order,
/// counting every lookup: a pair met again in the same batch is a hit, as it
/// would have been one by one.
fn unseen(
    cache: &mut BlobCache,
    keys: impl Iterator<Item = (BlobId, Kind)>,
) -> Vec<(BlobId, Kind)> {
    let mut missing = Vec::new();
    let mut pending: cache::IdSet<(BlobId, Kind)> = cache::IdSet::default();
    for (blob, kind) in keys {
        if pending.contains(&(blob, kind)) {
            cache.count_hit();
        } else if cache.lookup(blob, kind).is_none() {
            pending.insert((blob, kind));
            missing.push((blob, kind));
        }
    }
    missing
}

/// A catalog's files read from disk and parsed, ready to assemble.
pub struct WorkingFiles {
    root: PathBuf,
    files: Vec<Parsed>,
    unknown_dirs: Vec<(String, String)>,
}

impl WorkingFiles {
    /// The settings (`platctl.yaml`), without assembling the rest.
    pub fn config(&self) -> crate::model::Config {
        catalog::config_of(&self.root, &self.files)
    }

    /// Files read, and documents that declared an entity.
    pub fn counts(&self) -> (usize, usize) {
        let ok = || self.files.iter().filter_map(|p| p.result.as_ref().ok());
        (ok().count(), ok().map(|pf| pf.documents).sum())
    }

    pub fn assemble(self) -> Catalog {
        catalog::assemble(&self.root, self.files, &self.unknown_dirs)
    }
}

/// Reads a catalog from disk, parsing through a blob cache: a file's blob
/// id is the hash of its bytes, so a file unchanged since a commit is
/// parsed once for both.
pub fn parse_with_cache(root: &Path, cache: &mut BlobCache) -> Result<WorkingFiles> {
    let w = catalog::load::walk(root)
        .with_context(|| format!("cannot read the catalog at {}", root.display()))?;
    let raw = catalog::load::read_all(&w);
    let kind = |f: &catalog::RawFile| f.kind.unwrap_or(Kind::Config);
    let ids: Vec<std::result::Result<BlobId, LoadError>> = raw
        .par_iter()
        .map(|f| match &f.bytes {
            Ok(b) => crate::git::blob_id(b).map_err(|e| LoadError::Hash(Arc::new(e))),
            Err(e) => Err(e.clone()),
        })
        .collect();
    let keys = raw
        .iter()
        .zip(&ids)
        .filter_map(|(f, id)| id.as_ref().ok().map(|id| (*id, kind(f))));
    let missing = unseen(cache, keys);
    // The bytes of each unseen blob: those of the first file that has it.
    let mut first: cache::IdMap<(BlobId, Kind), &[u8]> = cache::IdMap::default();
    for (f, id) in raw.iter().zip(&ids) {
        if let (Ok(bytes), Ok(id)) = (&f.bytes, id) {
            first.entry((*id, kind(f))).or_insert(bytes.as_slice());
        }
    }
    let todo = missing
        .iter()
        .filter_map(|key| first.get(key).map(|b| (key.0, key.1, *b)))
        .collect();
    cache.parse_and_insert(todo);
    let parsed = raw
        .iter()
        .zip(&ids)
        .map(|(f, id)| Parsed {
            path: f.path.clone(),
            kind: f.kind,
            result: id
                .clone()
                .and_then(|id| cache.peek(id, kind(f)).ok_or(LoadError::NotParsed)),
        })
        .collect();
    Ok(WorkingFiles {
        root: root.to_path_buf(),
        files: parsed,
        unknown_dirs: w.unknown_dirs,
    })
}

/// Catalogs from (path, text) pairs, for unit tests.
#[cfg(test)]
pub(crate) fn catalog_of(files: &[(&str, &str)]) -> Catalog {
    let mut parsed = vec![Parsed {
        path: "platctl.yaml".into(),
        kind: Some(Kind::Config),
        result: Ok(Arc::new(catalog::parse::parse_file(
            Kind::Config,
            b"version: 1\n",
        ))),
    }];
    for (path, text) in files {
        let kind = path
            .split('/')
            .next()
            .and_then(Kind::from_dir)
            .unwrap_or(Kind::Config);
        parsed.push(Parsed {
            path: path.to_string(),
            kind: Some(kind),
            result: Ok(Arc::new(catalog::parse::parse_file(kind, text.as_bytes()))),
        });
    }
    catalog::assemble(Path::new("/c"), parsed, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn git(dir: &Path, date: &str, args: &[&str]) {
        let ok = std::process::Command::new("git")
            .args(["-c", "user.name=T", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .status()
            .expect("git runs")
            .success();
        assert!(ok, "git {args:?}");
    }

    fn write(dir: &Path, path: &str, text: &str) {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    /// A new repository holding a catalog's settings, not committed yet.
    fn repo() -> tempfile::TempDir {
        let d = tempfile::tempdir().expect("tempdir");
        git(
            d.path(),
            "2026-01-01T00:00:00Z",
            &["init", "-q", "-b", "main"],
        );
        write(d.path(), "platctl.yaml", "version: 1\nname: T\n");
        d
    }

    /// Each kind's files, by text, at each day.
    fn texts(read: &[FilesAtDay]) -> Vec<Option<Vec<String>>> {
        read.iter()
            .map(|r| {
                r.as_ref()
                    .ok()
                    .map(|(_, files)| files.iter().map(|f| f.text.to_string()).collect())
            })
            .collect()
    }

    /// Blobs read ahead and parsed on other threads, or each batch parsed
    /// by the reader (nothing may wait): the same parses, and a blob that
    /// is not in the repository is an error of its own.
    #[test]
    fn blobs_parse_the_same_read_ahead_or_not() {
        let d = repo();
        let root = d.path();
        let mut blobs = Vec::new();
        for i in 0..100 {
            let text = format!("id: t{i:03}\nname: T{i}\n");
            write(root, &format!("teams/t{i:03}.yaml"), &text);
            blobs.push((
                crate::git::blob_id(text.as_bytes()).expect("hash"),
                Kind::Team,
            ));
        }
        blobs.insert(
            50,
            (
                crate::git::blob_id(b"not committed").expect("hash"),
                Kind::Team,
            ),
        );
        git(root, "2026-01-02T00:00:00Z", &["add", "-A"]);
        git(root, "2026-01-02T00:00:00Z", &["commit", "-qm", "one"]);
        let Ok(Some(repo)) = CatalogRepo::open(root) else {
            panic!("a repository")
        };
        let seen = |v: Vec<ParsedBlob>| -> Vec<(BlobId, Option<String>)> {
            v.into_iter()
                .map(|(id, _, r)| (id, r.ok().map(|pf| pf.text.to_string())))
                .collect()
        };
        let ahead = seen(read_and_parse_within(
            &repo,
            &blobs,
            &NoProgress,
            usize::MAX,
        ));
        let inline = seen(read_and_parse_within(&repo, &blobs, &NoProgress, 0));
        assert_eq!(ahead, inline);
        assert_eq!(ahead.len(), 101);
        assert_eq!(ahead[0].1.as_deref(), Some("id: t000\nname: T0\n"));
        assert_eq!(ahead[50].1, None, "the blob not committed");
        assert_eq!(ahead[100].1.as_deref(), Some("id: t099\nname: T99\n"));
    }

    #[test]
    fn kinds_of_commits_read_whole_are_the_kinds_read_alone() {
        let d = repo();
        let root = d.path();
        write(root, "teams/b.yaml", "id: b\nname: B\n");
        write(root, "teams/a.yaml", "id: a\nname: A\n");
        write(root, "services/s.yaml", "id: s\nteam: a\n");
        write(root, "services/deep/t.yaml", "id: t\nteam: b\n");
        write(root, "services/broken.yaml", "id: [\n");
        write(root, "services/.hidden.yaml", "id: h\n");
        write(root, "intake/i.yaml", "id: i\n");
        write(root, "notes/x.yaml", "x: 1\n");
        git(root, "2026-01-02T00:00:00Z", &["add", "-A"]);
        git(root, "2026-01-02T00:00:00Z", &["commit", "-qm", "one"]);
        write(root, "teams/a.yaml", "id: a\nname: A2\n");
        write(root, "capabilities/c.yaml", "id: c\n");
        git(root, "2026-02-02T00:00:00Z", &["add", "-A"]);
        git(root, "2026-02-02T00:00:00Z", &["commit", "-qm", "two"]);

        let days = [
            NaiveDate::from_ymd_opt(2025, 12, 31).expect("a day"),
            NaiveDate::from_ymd_opt(2026, 1, 31).expect("a day"),
            NaiveDate::from_ymd_opt(2026, 2, 28).expect("a day"),
        ];
        let kinds = crate::kpi::SNAPSHOT_KINDS;
        let open = || match History::open(root, None) {
            Ok(Ok(h)) => h,
            _ => panic!("a history"),
        };
        let alone = open().files_on(&days, kinds, &NoProgress).expect("read");
        let mut h = open();
        h.catalogs_on(&days[1..2], &NoProgress).expect("read whole");
        assert_eq!(h.whole.len(), 1);
        let after = h.files_on(&days, kinds, &NoProgress).expect("read");
        assert_eq!(texts(&after), texts(&alone));
        let got = texts(&alone);
        assert_eq!(got[0], None, "before the history");
        assert_eq!(
            got[1].as_deref(),
            Some(
                &[
                    "id: [\n",
                    "id: t\nteam: b\n",
                    "id: s\nteam: a\n",
                    "id: a\nname: A\n",
                    "id: b\nname: B\n",
                ]
                .map(String::from)[..]
            )
        );
    }
}
