//! One generic table per entity kind: the entities in file order, and an
//! index by id for the kinds that have one.

use crate::model::{Described, FileId};
use std::collections::HashMap;

pub struct Table<T> {
    rows: Vec<T>,
    ix: HashMap<String, usize>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: Vec::new(),
            ix: HashMap::new(),
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
        self.ix.get(id).and_then(|&i| self.rows.get(i))
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
        self.ix.clear();
        self.ix.reserve(self.rows.len());
        for (i, x) in self.rows.iter().enumerate() {
            if let Some(k) = x.key() {
                self.ix.entry(k.to_string()).or_insert(i);
            }
        }
    }
}
