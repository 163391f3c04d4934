//! One generic table per entity kind: the entities in file order, and an
//! index by id for the kinds that have one.

use crate::model::{Described, FileId};
use std::hash::{BuildHasher, RandomState};

pub struct Table<T> {
    rows: Vec<T>,
    /// Indexes into `rows` by the hash of their id: the ids stay in the
    /// rows, not copied into the index (a history export indexes a catalog
    /// per state).
    ix: hashbrown::HashTable<usize>,
    /// Keyed at random, as std's maps are, so that no set of ids can be
    /// written to collide.
    hasher: RandomState,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: Vec::new(),
            ix: hashbrown::HashTable::new(),
            hasher: RandomState::new(),
        }
    }
}

impl<T: Clone> Clone for Table<T> {
    fn clone(&self) -> Self {
        Table {
            rows: self.rows.clone(),
            ix: self.ix.clone(),
            hasher: self.hasher.clone(),
        }
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
        let i = self.ix.find(self.hasher.hash_one(id), |&i| {
            rows.get(i).and_then(Described::key) == Some(id)
        })?;
        rows.get(*i)
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
        let Table { rows, ix, hasher } = self;
        let hash = |i: &usize| {
            let key = rows.get(*i).and_then(Described::key);
            hasher.hash_one(key.unwrap_or_default())
        };
        ix.clear();
        ix.reserve(rows.len(), hash);
        for (i, x) in rows.iter().enumerate() {
            if let Some(k) = x.key() {
                let h = hasher.hash_one(k);
                let seen = |j: &usize| rows.get(*j).and_then(Described::key) == Some(k);
                if ix.find(h, seen).is_none() {
                    ix.insert_unique(h, i, hash);
                }
            }
        }
    }
}
