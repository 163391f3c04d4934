//! One generic table per entity kind: the entities in file order, and an
//! index by id for the kinds that have one.

use crate::model::{Described, FileId};
use std::hash::{BuildHasher, Hash};

pub struct Table<T> {
    rows: Vec<T>,
    ix: FirstIndex,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: Vec::new(),
            ix: FirstIndex::default(),
        }
    }
}

impl<T: Clone> Clone for Table<T> {
    fn clone(&self) -> Self {
        Table {
            rows: self.rows.clone(),
            ix: self.ix.clone(),
        }
    }
}

/// The first row of each key of a list, found by the key's hash: the keys
/// stay in the rows, none copied into the index (a history export indexes
/// a catalog per state). Hashed with the run's random seed
/// ([`crate::hash`]), so that no set of keys can be written to collide.
/// `key(i)` gives row `i`'s key, `None` for a row without one (or past
/// the end).
#[derive(Clone, Default)]
pub(super) struct FirstIndex {
    ix: hashbrown::HashTable<usize>,
    hasher: crate::hash::State,
}

impl FirstIndex {
    /// Indexes rows `0..n`; the first row of a key wins.
    pub(super) fn build<K: Hash + Eq>(&mut self, n: usize, key: impl Fn(usize) -> Option<K>) {
        let FirstIndex { ix, hasher } = self;
        // An entry moved as the table grows is hashed as it was put in.
        let rehash = |j: &usize| key(*j).map_or(0, |k| hasher.hash_one(&k));
        ix.clear();
        ix.reserve(n, rehash);
        for i in 0..n {
            let Some(k) = key(i) else { continue };
            let h = hasher.hash_one(&k);
            if ix.find(h, |j| key(*j).as_ref() == Some(&k)).is_none() {
                ix.insert_unique(h, i, rehash);
            }
        }
    }

    /// How many distinct keys it holds.
    fn len(&self) -> usize {
        self.ix.len()
    }

    /// The first row whose key is `k`.
    pub(super) fn find<K: Hash + Eq>(
        &self,
        k: K,
        key: impl Fn(usize) -> Option<K>,
    ) -> Option<usize> {
        let h = self.hasher.hash_one(&k);
        self.ix.find(h, |j| key(*j).as_ref() == Some(&k)).copied()
    }
}

/// Reads as the slice of its entities, in file order.
impl<T> std::ops::Deref for Table<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.rows
    }
}

impl<'a, T> IntoIterator for &'a Table<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.rows.iter()
    }
}

impl<T: Described> Table<T> {
    /// The entity with this id; the first one when the id is taken twice
    /// (a finding of its own).
    pub fn by_id(&self, id: &str) -> Option<&T> {
        let rows = &self.rows;
        let i = self.ix.find(id, |i| rows.get(i).and_then(Described::key))?;
        rows.get(i)
    }

    /// Whether every entity has an id of its own (as indexed: `false` for
    /// a table not indexed yet).
    pub fn ids_distinct(&self) -> bool {
        self.ix.len() == self.rows.len()
    }

    pub(super) fn reserve(&mut self, n: usize) {
        self.rows.reserve(n);
    }

    /// Adds a copy, placed in file `fid`. Cloned straight into the table:
    /// entities are large, and each move is a copy.
    pub(super) fn push_copy(&mut self, x: &T, fid: FileId) {
        self.rows.push(x.clone());
        if let Some(last) = self.rows.last_mut() {
            last.place(fid);
        }
    }

    /// Moves the last entity to index `i`, dropping the one that stood there.
    pub(super) fn replace_with_last(&mut self, i: usize) {
        if i + 1 < self.rows.len() {
            self.rows.swap_remove(i);
        }
    }

    /// Builds the index by id. First occurrence wins.
    pub(super) fn index(&mut self) {
        let Table { rows, ix } = self;
        ix.build(rows.len(), |i| rows.get(i).and_then(Described::key));
    }
}
