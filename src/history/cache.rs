//! Each distinct file version is parsed once: parsed files are kept by blob
//! id (and kind, since the same bytes decode differently per directory),
//! shared by every snapshot a command reads.

use crate::catalog::parse::{parse_file, ParsedFile};
use crate::catalog::Kind;
use crate::git::BlobId;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// Hashes keys that are hashes already (blob ids) with a multiply and a
/// rotate per word (as rustc's FxHasher) instead of SipHash: blob ids are
/// not chosen by an attacker who could aim for collisions, since git
/// computes them from the content.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for c in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(w));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_isize(&mut self, n: isize) {
        self.write_u64(n as u64);
    }
}

/// A map keyed by blob id (and kind).
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
/// A set of blob ids (and kinds).
pub type IdSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

#[derive(Default)]
pub struct BlobCache {
    map: IdMap<(BlobId, Kind), Arc<ParsedFile>>,
    stats: CacheStats,
}

/// How well the cache did: a hit is a file found parsed already.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: usize,
    pub misses: usize,
}

impl CacheStats {
    /// Hits among all lookups (0 when there were none).
    pub fn hit_rate(&self) -> f64 {
        let all = self.hits + self.misses;
        if all == 0 {
            0.0
        } else {
            self.hits as f64 / all as f64
        }
    }
}

impl BlobCache {
    pub fn stats(&self) -> CacheStats {
        self.stats
    }

    /// Number of distinct parsed file versions held.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The parsed file for a blob, counting a hit or a miss.
    pub fn lookup(&mut self, blob: BlobId, kind: Kind) -> Option<Arc<ParsedFile>> {
        let found = self.peek(blob, kind);
        match found {
            Some(_) => self.stats.hits += 1,
            None => self.stats.misses += 1,
        }
        found
    }

    /// The parsed file for a blob, without counting.
    pub fn peek(&self, blob: BlobId, kind: Kind) -> Option<Arc<ParsedFile>> {
        self.map.get(&(blob, kind)).cloned()
    }

    /// Keeps a parsed file.
    pub fn insert(&mut self, blob: BlobId, kind: Kind, pf: Arc<ParsedFile>) {
        self.map.insert((blob, kind), pf);
    }

    /// Counts a hit found elsewhere (a blob met twice in one batch).
    pub fn count_hit(&mut self) {
        self.stats.hits += 1;
    }

    /// Parses the given blobs (in parallel) and keeps them.
    pub fn parse_and_insert(&mut self, blobs: Vec<(BlobId, Kind, &[u8])>) {
        use rayon::prelude::*;
        let parsed: Vec<(BlobId, Kind, Arc<ParsedFile>)> = blobs
            .into_par_iter()
            .map(|(id, kind, bytes)| (id, kind, Arc::new(parse_file(kind, bytes))))
            .collect();
        for (id, kind, pf) in parsed {
            self.insert(id, kind, pf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_hits_and_misses_per_kind() {
        let mut c = BlobCache::default();
        let bytes = b"id: t\nname: T\n".as_slice();
        let Ok(abc) = crate::git::blob_id(bytes) else {
            panic!("hashing failed")
        };
        assert!(c.lookup(abc, Kind::Team).is_none());
        c.parse_and_insert(vec![(abc, Kind::Team, bytes)]);
        assert!(c.lookup(abc, Kind::Team).is_some());
        // The same bytes under another directory are another parse.
        assert!(c.lookup(abc, Kind::Service).is_none());
        assert_eq!(c.stats(), CacheStats { hits: 1, misses: 2 });
        assert!((c.stats().hit_rate() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(c.len(), 1);
    }
}
