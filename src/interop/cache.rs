//! The import cache: what a run that found nothing to change saw, so that
//! the same run again, with nothing changed, can say so without reading and
//! mapping every source file.
//!
//! It is a memo, never a source of truth. It is used only when everything
//! that decides the result is as it was:
//! - the same platctl build, source, `--prune`, and schema headers ([`Key`]);
//! - the same source files, found the same way (the directories are listed
//!   again and Locations followed again), each with the same identity:
//!   device, inode, size, modification and change times to the nanosecond;
//! - the same catalog files (listed again, each with the same identity), so
//!   the same settings, teams, capabilities and services.
//!
//! A file changed no earlier than the reference time (a file system time
//! taken before anything was read) may have changed again within the same
//! clock tick without its identity showing it ("racily clean", as git says):
//! the cache keeps the hash of what was read, and such a file is read again
//! and compared. So is every file the import itself wrote: the cache of a
//! run that wrote keeps their hashes. Anything else (a missing, unreadable,
//! corrupt or foreign cache) means the full import runs, as if there were no
//! cache.

use super::gather::{self, Found};
use super::{Conflict, KindCount, KindStats, Missing, NotRead, Problem, Report, Source};
use super::{Unmapped, Unresolved};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The layout of the cache file; a change of layout makes older files foreign.
pub const FORMAT: u32 = 1;

/// A file's identity: device, inode, size, modification and change times
/// (nanoseconds since 1970). Editing a file changes its change time, even
/// when its size and modification time are put back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ident(pub u64, pub u64, pub u64, pub i64, pub i64);

impl Ident {
    /// The identity in `m`; None where the system does not give one.
    #[cfg(unix)]
    pub fn of(m: &std::fs::Metadata) -> Option<Ident> {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| s.saturating_mul(1_000_000_000).saturating_add(n);
        Some(Ident(
            m.dev(),
            m.ino(),
            m.size(),
            ns(m.mtime(), m.mtime_nsec()),
            ns(m.ctime(), m.ctime_nsec()),
        ))
    }

    /// No inode and change time to vouch for a file: no cache.
    #[cfg(not(unix))]
    pub fn of(_: &std::fs::Metadata) -> Option<Ident> {
        None
    }

    /// The identity of the file at `path` (links followed).
    pub fn at(path: &Path) -> Option<Ident> {
        std::fs::metadata(path).ok().as_ref().and_then(Ident::of)
    }

    /// Modified or changed no earlier than `reference`: the identity alone
    /// cannot say the content is what was read.
    pub fn racy(&self, reference: i64) -> bool {
        self.3 >= reference || self.4 >= reference
    }

    /// The modification time.
    pub fn mtime(&self) -> i64 {
        self.3
    }
}

/// The hash of a file's content (kept for racily clean files and files
/// import wrote; a different build may hash differently, and the build is
/// in the key).
pub fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// What decides the result besides the files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Key {
    pub format: u32,
    /// The platctl version and the identity of its executable.
    pub build: String,
    pub source: String,
    pub prune: bool,
    /// The schema header of a new team, service and capability file.
    pub headers: Vec<Option<String>>,
}

/// A source file as seen.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SourceSeen {
    pub shown: String,
    pub abs: String,
    pub named: bool,
    pub ident: Ident,
    pub hash: Option<u64>,
    pub targets: Vec<(String, u32)>,
}

/// A catalog file as seen: its path, kind directory and real path as the
/// catalog walk gives them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileSeen {
    pub path: String,
    pub kind: Option<String>,
    pub abs: String,
    pub ident: Ident,
    pub hash: Option<u64>,
}

/// The catalog as the walk found it, each file with what it was when read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CatalogSeen {
    pub files: Vec<FileSeen>,
    /// (directory, its first YAML file): directories that are no kind.
    pub unknown_dirs: Vec<(String, String)>,
    /// (path, why): files refused before reading.
    pub refused: Vec<(String, String)>,
}

/// The report of the run, but for what a run that changes nothing leaves
/// empty or gives from its flags.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Findings {
    pub kinds: Vec<KindStats>,
    pub skipped_kinds: Vec<KindCount>,
    pub skipped: Vec<Problem>,
    pub unresolved_owners: Vec<Unresolved>,
    pub unmapped: Vec<Unmapped>,
    pub conflicts: Vec<Conflict>,
    pub not_read: Vec<NotRead>,
    pub missing: Vec<Missing>,
}

impl Findings {
    pub fn of(r: &Report) -> Findings {
        Findings {
            kinds: r.kinds.clone(),
            skipped_kinds: r.skipped_kinds.clone(),
            skipped: r.skipped.clone(),
            unresolved_owners: r.unresolved_owners.clone(),
            unmapped: r.unmapped.clone(),
            conflicts: r.conflicts.clone(),
            not_read: r.not_read.clone(),
            missing: r.missing.clone(),
        }
    }

    /// The report again, as a run with nothing to change gives it.
    pub fn report(self, source: Source, dry_run: bool) -> Report {
        Report {
            version: 1,
            source: source.name(),
            dry_run,
            kinds: self.kinds,
            skipped_kinds: self.skipped_kinds,
            skipped: self.skipped,
            unresolved_owners: self.unresolved_owners,
            unmapped: self.unmapped,
            conflicts: self.conflicts,
            not_read: self.not_read,
            missing: self.missing,
            files: Vec::new(),
            commit: None,
        }
    }
}

/// The cache file's content.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cache {
    pub key: Key,
    /// A file system time taken before anything was read (nanoseconds).
    pub reference: i64,
    pub sources: Vec<SourceSeen>,
    /// The Location targets not read.
    pub not_read: Vec<NotRead>,
    pub catalog: CatalogSeen,
    pub findings: Findings,
}

/// The path as text; None when it is not UTF-8 (then there is no cache).
fn text(p: &Path) -> Option<String> {
    p.to_str().map(str::to_string)
}

impl Cache {
    /// The cache of a run that changed nothing; None when some file has no
    /// identity (then no cache is written).
    pub fn build(
        key: Key,
        reference: i64,
        gathered: &gather::Gathered,
        catalog: CatalogSeen,
        report: &Report,
    ) -> Option<Cache> {
        let sources = gathered
            .files
            .iter()
            .map(|f| {
                let seen = f.seen.as_ref()?;
                Some(SourceSeen {
                    shown: f.path.clone(),
                    abs: text(&f.abs)?,
                    named: f.named,
                    ident: seen.ident,
                    hash: seen.hash,
                    targets: seen.targets.clone(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Cache {
            key,
            reference,
            sources,
            not_read: gathered.not_read.clone(),
            catalog,
            findings: Findings::of(report),
        })
    }

    /// The cache in `bytes`, if it is one and made for `key`.
    pub fn parse(bytes: &[u8], key: &Key) -> Option<Cache> {
        let c: Cache = serde_json::from_slice(bytes).ok()?;
        (c.key == *key).then_some(c)
    }

    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        serde_json::to_vec(self).ok()
    }

    /// Whether a file with identity `now` still holds what was read, seen
    /// as `ident`. A file with a hash is compared by content: a racily
    /// clean one, and one import wrote (its identity was taken after the
    /// write, so only its content vouches for the text).
    fn same(&self, path: &Path, now: Option<Ident>, ident: Ident, hash: Option<u64>) -> bool {
        if now != Some(ident) {
            return false;
        }
        match hash {
            None => !ident.racy(self.reference),
            Some(h) => crate::catalog::load::read_limited(path).is_ok_and(|b| hash_matches(h, &b)),
        }
    }

    /// Whether the catalog, as listed now with each file's identity
    /// (`now`, in walk order), is the one seen.
    pub fn catalog_unchanged(&self, now: &CatalogSeen) -> bool {
        let c = &self.catalog;
        c.unknown_dirs == now.unknown_dirs
            && c.refused == now.refused
            && c.files.len() == now.files.len()
            && c.files.iter().zip(&now.files).all(|(was, is)| {
                was.path == is.path
                    && was.kind == is.kind
                    && was.abs == is.abs
                    && self.same(Path::new(&is.abs), Some(is.ident), was.ident, was.hash)
            })
    }

    /// Whether the sources under `paths` are the ones seen: found again the
    /// same way (directories listed, Locations followed with the targets the
    /// unchanged files name), each with the same identity.
    pub fn sources_unchanged(&self, cwd: &Path, paths: &[PathBuf], follow: bool) -> bool {
        let by_abs: HashMap<&str, &SourceSeen> =
            self.sources.iter().map(|s| (s.abs.as_str(), s)).collect();
        let failed = AtomicBool::new(false);
        let check = |p: &Found| -> (bool, Vec<(String, u32)>) {
            if failed.load(Ordering::Relaxed) {
                return (false, Vec::new());
            }
            let seen = p.abs.to_str().and_then(|a| by_abs.get(a));
            match seen {
                Some(s) if self.same(&p.abs, Ident::at(&p.abs), s.ident, s.hash) => {
                    (true, s.targets.clone())
                }
                _ => {
                    failed.store(true, Ordering::Relaxed);
                    (false, Vec::new())
                }
            }
        };
        let Ok((found, not_read)) = gather::discover(cwd, paths, follow, &check) else {
            return false;
        };
        !failed.load(Ordering::Relaxed)
            && not_read == self.not_read
            && found.len() == self.sources.len()
            && found.iter().zip(&self.sources).all(|((f, ok), s)| {
                *ok && f.shown == s.shown && f.named == s.named && f.abs.to_str() == Some(&s.abs)
            })
    }
}

fn hash_matches(h: u64, bytes: &[u8]) -> bool {
    hash(bytes) == h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn racy_is_changed_no_earlier_than_the_reference() {
        let i = Ident(1, 2, 3, 100, 100);
        assert!(i.racy(100), "same tick as the reference");
        assert!(i.racy(99));
        assert!(!i.racy(101));
        // A modification time put back does not hide the change time.
        assert!(Ident(1, 2, 3, 5, 200).racy(150));
        // Nor does one set in the future pass for old.
        assert!(Ident(1, 2, 3, 9_000, 5).racy(150));
    }

    #[test]
    fn a_foreign_or_corrupt_cache_is_none() {
        let key = Key {
            format: FORMAT,
            build: "0.1.0 x".into(),
            source: "backstage".into(),
            prune: false,
            headers: vec![None, None, None],
        };
        let c = Cache {
            key: key.clone(),
            reference: 7,
            sources: Vec::new(),
            not_read: Vec::new(),
            catalog: CatalogSeen::default(),
            findings: Findings::of(
                &Findings {
                    kinds: Vec::new(),
                    skipped_kinds: Vec::new(),
                    skipped: Vec::new(),
                    unresolved_owners: Vec::new(),
                    unmapped: Vec::new(),
                    conflicts: Vec::new(),
                    not_read: Vec::new(),
                    missing: Vec::new(),
                }
                .report(Source::Backstage, false),
            ),
        };
        let bytes = c.to_bytes().expect("serializes");
        assert!(Cache::parse(&bytes, &key).is_some());
        let other = Key {
            build: "0.2.0 x".into(),
            ..key.clone()
        };
        assert!(Cache::parse(&bytes, &other).is_none(), "another build");
        let pruned = Key {
            prune: true,
            ..key.clone()
        };
        assert!(Cache::parse(&bytes, &pruned).is_none(), "another flag");
        assert!(Cache::parse(&bytes[..bytes.len() / 2], &key).is_none());
        assert!(Cache::parse(b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", &key).is_none());
        assert!(Cache::parse(&"[".repeat(100_000).into_bytes(), &key).is_none());
        assert!(Cache::parse(b"", &key).is_none());
    }

    #[test]
    fn hashes_tell_contents_apart() {
        assert_eq!(hash(b"id: a\n"), hash(b"id: a\n"));
        assert_ne!(hash(b"id: a\n"), hash(b"id: b\n"));
        assert!(hash_matches(hash(b"x"), b"x"));
    }
}
