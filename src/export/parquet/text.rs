//! Text columns, encoded here into finished column chunks that the file
//! writer splices in (`append_column`), rather than by the parquet crate's
//! column writer. The crate's writer takes one `ByteArray` per value, then
//! compares every value for the statistics and hashes every value into its
//! dictionary; a history export writes millions of text cells that are
//! mostly a few ids repeated (`scorecard_outcomes` alone holds a scorecard,
//! an entity, a rule, a level and an outcome per row), and that work was
//! about a sixth of the export's time. Here each value is looked up once
//! when it differs from the one before, and the statistics come from the
//! distinct values.
//!
//! The chunk is what the crate writes for a dictionary column at its
//! defaults: a PLAIN dictionary page, then version 1 data pages of at most
//! [`PAGE_ROWS`] rows holding the definition levels (RLE, after their
//! 4-byte length) and the RLE_DICTIONARY indices (a bit width, then the
//! RLE/bit-packed hybrid). A dictionary over [`DICTIONARY_LIMIT`] bytes is
//! not written: the values go PLAIN instead. Chunk statistics hold the
//! null count and the least and greatest value, cut to [`STATS_LIMIT`]
//! bytes as bounds.

use bytes::Bytes;
use parquet::basic::{Compression, Encoding, EncodingMask, PageType};
use parquet::column::page::{CompressedPage, Page, PageWriter};
use parquet::column::writer::ColumnCloseResult;
use parquet::data_type::ByteArray;
use parquet::errors::{ParquetError, Result};
use parquet::file::metadata::{ColumnChunkMetaData, PageEncodingStats};
use parquet::file::statistics::{Statistics, ValueStatistics};
use parquet::file::writer::{SerializedPageWriter, TrackedWrite};
use parquet::schema::types::ColumnDescPtr;
use std::hash::BuildHasher;

/// Rows per data page (the crate's default).
const PAGE_ROWS: usize = 20_000;
/// The largest dictionary page kept (the crate's default), in bytes.
const DICTIONARY_LIMIT: usize = 1024 * 1024;
/// The longest least or greatest value kept whole (the crate's default).
const STATS_LIMIT: usize = 64;
/// Slots of the cache of recently met values.
const RECENT: usize = 64;
const NONE: u32 = u32::MAX;

/// The text values of one column of a row group (its definition levels
/// are the caller's): the distinct values in order of first appearance,
/// and each value's number among them.
pub(super) struct Text {
    /// Nulls met in a column that does not allow them.
    misplaced: usize,
    /// The distinct values' bytes, one after the other.
    bytes: Vec<u8>,
    /// Where each distinct value ends in `bytes`.
    ends: Vec<usize>,
    /// The distinct values by hash, as their numbers. Hashed with the
    /// run's random seed ([`crate::hash`]), so no set of values can be
    /// written to collide; the output does not depend on it.
    index: hashbrown::HashTable<u32>,
    hasher: crate::hash::State,
    /// Values met lately by a cheap hash (a miss only costs a lookup):
    /// the few rule ids and outcomes that alternate row after row.
    recent: [Seen; RECENT],
    /// The value taken last.
    last: Seen,
    keys: Vec<u32>,
}

/// A distinct value: its number and where its bytes are in `bytes`
/// (kept together so that a comparison reads no other table).
#[derive(Clone, Copy)]
struct Seen {
    key: u32,
    start: usize,
    end: usize,
}

const UNSEEN: Seen = Seen {
    key: NONE,
    start: 0,
    end: 0,
};

impl Text {
    pub(super) fn new() -> Text {
        Text {
            misplaced: 0,
            bytes: Vec::new(),
            ends: Vec::new(),
            index: hashbrown::HashTable::new(),
            hasher: crate::hash::State::default(),
            recent: [UNSEEN; RECENT],
            last: UNSEEN,
            keys: Vec::new(),
        }
    }

    /// Forgets the row group's values (keeps the buffers).
    pub(super) fn clear(&mut self) {
        self.misplaced = 0;
        self.bytes.clear();
        self.ends.clear();
        self.index.clear();
        self.recent = [UNSEEN; RECENT];
        self.last = UNSEEN;
        self.keys.clear();
    }

    fn value(&self, k: u32) -> &[u8] {
        let (a, b) = span(&self.ends, k);
        &self.bytes[a..b]
    }

    /// Counts a null met in a column that does not allow them: encoding
    /// then fails.
    pub(super) fn misplaced_null(&mut self) {
        self.misplaced += 1;
    }

    /// Takes a value.
    pub(super) fn push(&mut self, s: &str) {
        let s = s.as_bytes();
        let held = |x: Seen, bytes: &[u8]| {
            x.key != NONE && bytes.get(x.start..x.end).is_some_and(|v| same(v, s))
        };
        if !held(self.last, &self.bytes) {
            let slot = cheap_hash(s) % RECENT;
            if held(self.recent[slot], &self.bytes) {
                self.last = self.recent[slot];
            } else {
                self.last = self.number(s);
                self.recent[slot] = self.last;
            }
        }
        self.keys.push(self.last.key);
    }

    /// The number of the distinct value `s` (numbered now if new), for
    /// [`Text::push_key`].
    pub(super) fn key(&mut self, s: &str) -> u32 {
        self.number(s.as_bytes()).key
    }

    /// Takes the values numbered `keys` ([`Text::key`]): the bytes of
    /// [`Text::push`] of their texts, without looking the texts up.
    pub(super) fn push_keys(&mut self, keys: &[u32]) {
        self.keys.extend_from_slice(keys);
    }

    /// The distinct value `s`, numbered if new.
    fn number(&mut self, s: &[u8]) -> Seen {
        let h = self.hasher.hash_one(s);
        let Text {
            bytes,
            ends,
            index,
            hasher,
            ..
        } = self;
        let key = match index.find(h, |&k| {
            let (a, b) = span(ends, k);
            same(&bytes[a..b], s)
        }) {
            Some(&k) => k,
            None => {
                let k = u32::try_from(ends.len()).unwrap_or(NONE - 1);
                let rehash = |&k: &u32| {
                    let (a, b) = span(ends, k);
                    hasher.hash_one(&bytes[a..b])
                };
                index.insert_unique(h, k, rehash);
                bytes.extend_from_slice(s);
                ends.push(bytes.len());
                k
            }
        };
        let end = ends[key as usize];
        Seen {
            key,
            start: end - s.len(),
            end,
        }
    }

    /// The column chunk's bytes and what the file writer needs to splice
    /// them in as column `descr` of a row group, with the rows' definition
    /// levels (1 for a value, 0 for a null) when the column is nullable.
    pub(super) fn encode(
        &self,
        defs: Option<&[i16]>,
        descr: ColumnDescPtr,
    ) -> Result<(Bytes, ColumnCloseResult)> {
        if self.misplaced > 0 {
            return Err(ParquetError::General(format!(
                "column {} holds {} nulls but does not allow them",
                descr.name(),
                self.misplaced
            )));
        }
        let dict_bytes = self.bytes.len() + 4 * self.ends.len();
        let dictionary = !self.ends.is_empty() && dict_bytes <= DICTIONARY_LIMIT;
        let mut sink = TrackedWrite::new(Vec::new());
        let mut pages = Pages::new(&mut sink);
        if dictionary {
            let mut buf = Vec::with_capacity(dict_bytes);
            for k in 0..self.ends.len() {
                plain(&mut buf, self.value(k as u32));
            }
            pages.page(Page::DictionaryPage {
                buf: buf.into(),
                num_values: u32::try_from(self.ends.len()).unwrap_or(u32::MAX),
                encoding: Encoding::PLAIN,
                is_sorted: false,
            })?;
        }
        let width = bit_width(self.ends.len());
        let rows = defs.map_or(self.keys.len(), <[i16]>::len);
        let (mut row, mut key) = (0, 0);
        while row < rows {
            let end = (row + PAGE_ROWS).min(rows);
            let mut buf = Vec::new();
            let values = match defs {
                Some(defs) => {
                    let defs = &defs[row..end];
                    let mut levels = Vec::new();
                    hybrid(&mut levels, defs.iter().map(|&d| u32::from(d == 1)), 1);
                    buf.extend_from_slice(&u32::try_from(levels.len()).unwrap_or(0).to_le_bytes());
                    buf.extend_from_slice(&levels);
                    defs.iter().filter(|&&d| d == 1).count()
                }
                None => end - row,
            };
            let keys = &self.keys[key..key + values];
            let encoding = if dictionary {
                buf.push(width);
                hybrid(&mut buf, keys.iter().copied(), width);
                Encoding::RLE_DICTIONARY
            } else {
                for &k in keys {
                    plain(&mut buf, self.value(k));
                }
                Encoding::PLAIN
            };
            pages.page(Page::DataPage {
                buf: buf.into(),
                num_values: u32::try_from(end - row).unwrap_or(u32::MAX),
                encoding,
                def_level_encoding: Encoding::RLE,
                rep_level_encoding: Encoding::RLE,
                statistics: None,
            })?;
            (row, key) = (end, key + values);
        }
        if defs.is_some() {
            // The definition levels.
            pages.encodings.push(Encoding::RLE);
        }
        let nulls = defs.map_or(0, |d| d.iter().filter(|&&d| d == 0).count());
        let metadata = pages.metadata(descr, rows, self.statistics(nulls as u64))?;
        let bytes_written = pages.written;
        drop(pages);
        let close = ColumnCloseResult {
            bytes_written,
            rows_written: rows as u64,
            metadata,
            bloom_filter: None,
            column_index: None,
            offset_index: None,
        };
        Ok((Bytes::from(sink.into_inner()?), close))
    }

    /// The null count, and the least and greatest value as bounds of at
    /// most [`STATS_LIMIT`] bytes (or none, when no value is there).
    fn statistics(&self, nulls: u64) -> Statistics {
        let values = (0..self.ends.len()).map(|k| self.value(k as u32));
        let (min, max) = (values.clone().min(), values.max());
        let min = min.map(lower_bound);
        let max = max.and_then(upper_bound);
        let exact = |b: &Option<(Vec<u8>, bool)>| b.as_ref().is_some_and(|(_, e)| *e);
        let (min_exact, max_exact) = (exact(&min), exact(&max));
        let stats = ValueStatistics::new(
            min.map(|(b, _)| ByteArray::from(b)),
            max.map(|(b, _)| ByteArray::from(b)),
            None,
            Some(nulls),
            false,
        )
        .with_min_is_exact(min_exact)
        .with_max_is_exact(max_exact);
        Statistics::ByteArray(stats)
    }
}

/// Where distinct value `k` lies in the values' bytes, from where each ends.
fn span(ends: &[usize], k: u32) -> (usize, usize) {
    let k = k as usize;
    let start = if k == 0 { 0 } else { ends[k - 1] };
    (start, ends[k])
}

/// Whether two values are equal: short ones (ids, outcomes) compared in
/// two overlapping words rather than through a call to `memcmp`, which
/// cost as much as the rest of taking a value in.
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |x: &[u8], at: usize| {
        x.get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .map(u64::from_ne_bytes)
    };
    let half = |x: &[u8], at: usize| {
        x.get(at..at + 4)
            .and_then(|w| <[u8; 4]>::try_from(w).ok())
            .map(u32::from_ne_bytes)
    };
    match n {
        0..=3 => a.iter().zip(b).all(|(x, y)| x == y),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// A hash for the cache of recent values: the length and a few bytes.
fn cheap_hash(s: &[u8]) -> usize {
    let at = |i: usize| s.get(i).map_or(0, |&b| usize::from(b));
    let n = s.len();
    n.wrapping_mul(31)
        ^ at(0)
        ^ at(n.wrapping_sub(1)).wrapping_mul(7)
        ^ at(n / 2).wrapping_mul(131)
        ^ at(n.wrapping_sub(2)).wrapping_mul(17)
}

/// `v` PLAIN-encoded: its length (4 bytes, little-endian), then its bytes.
fn plain(buf: &mut Vec<u8>, v: &[u8]) {
    buf.extend_from_slice(&u32::try_from(v.len()).unwrap_or(u32::MAX).to_le_bytes());
    buf.extend_from_slice(v);
}

/// Bits needed for the numbers below `n` (0 for one value or none).
fn bit_width(n: usize) -> u8 {
    let top = n.saturating_sub(1) as u64;
    (u64::BITS - top.leading_zeros()) as u8
}

/// `s` as a lower bound of at most [`STATS_LIMIT`] bytes, and whether it
/// is `s` itself.
fn lower_bound(s: &[u8]) -> (Vec<u8>, bool) {
    if s.len() <= STATS_LIMIT {
        return (s.to_vec(), true);
    }
    (prefix(s).to_vec(), false)
}

/// `s` as an upper bound of at most [`STATS_LIMIT`] bytes (and one
/// character), and whether it is `s` itself; none when no such bound is
/// shorter than `s`.
fn upper_bound(s: &[u8]) -> Option<(Vec<u8>, bool)> {
    if s.len() <= STATS_LIMIT {
        return Some((s.to_vec(), true));
    }
    // Values are UTF-8, whose byte order is the order of code points: a
    // prefix whose last character is raised sorts after every value that
    // starts with the prefix.
    let mut t: String = String::from_utf8_lossy(prefix(s)).into_owned();
    while let Some(c) = t.pop() {
        let next = match c as u32 {
            0xD7FF => Some('\u{E000}'),
            n => char::from_u32(n + 1),
        };
        if let Some(n) = next {
            t.push(n);
            return Some((t.into_bytes(), false));
        }
    }
    None
}

/// The longest start of `s` of at most [`STATS_LIMIT`] bytes that ends on
/// a character's boundary.
fn prefix(s: &[u8]) -> &[u8] {
    let mut end = STATS_LIMIT.min(s.len());
    // A continuation byte is 0b10xx_xxxx.
    while end > 0 && end < s.len() && s[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    &s[..end]
}

/// Appends `values` in the RLE/bit-packed hybrid encoding at `width` bits
/// each: a run of eight or more equal values as one RLE run, the rest
/// bit-packed in groups of eight (the last group padded with zeros).
fn hybrid(out: &mut Vec<u8>, values: impl Iterator<Item = u32>, width: u8) {
    let mut enc = Hybrid {
        out,
        width,
        literals: Vec::new(),
        run: None,
    };
    for v in values {
        enc.put(v);
    }
    enc.finish();
}

/// The state of [`hybrid`]: values waiting to be bit-packed, then the
/// run of equal values that follows them.
struct Hybrid<'a> {
    out: &'a mut Vec<u8>,
    width: u8,
    literals: Vec<u32>,
    run: Option<(u32, usize)>,
}

impl Hybrid<'_> {
    fn put(&mut self, v: u32) {
        match &mut self.run {
            Some((r, n)) if *r == v => *n += 1,
            _ => {
                self.end_run();
                self.run = Some((v, 1));
            }
        }
    }

    /// Settles the run met so far: long enough, it is written as one RLE
    /// run after the literals, the first of its values completing their
    /// last group of eight; short, its values join the literals.
    fn end_run(&mut self) {
        let Some((v, n)) = self.run.take() else {
            return;
        };
        let pad = (8 - self.literals.len() % 8) % 8;
        if n >= 8 + pad {
            self.literals.extend(std::iter::repeat_n(v, pad));
            self.flush_literals();
            uleb(self.out, ((n - pad) as u64) << 1);
            let bytes = usize::from(self.width).div_ceil(8);
            self.out.extend_from_slice(&v.to_le_bytes()[..bytes]);
        } else {
            self.literals.extend(std::iter::repeat_n(v, n));
        }
    }

    /// Writes the literals bit-packed, in runs of at most 63 groups of
    /// eight (one header byte each, as most writers do).
    fn flush_literals(&mut self) {
        for chunk in self.literals.chunks(63 * 8) {
            let groups = chunk.len().div_ceil(8);
            uleb(self.out, ((groups as u64) << 1) | 1);
            let (mut acc, mut bits) = (0u64, 0u32);
            let w = u32::from(self.width);
            for i in 0..groups * 8 {
                acc |= u64::from(chunk.get(i).copied().unwrap_or(0)) << bits;
                bits += w;
                while bits >= 8 {
                    self.out.push(acc as u8);
                    acc >>= 8;
                    bits -= 8;
                }
            }
        }
        self.literals.clear();
    }

    fn finish(mut self) {
        self.end_run();
        if !self.literals.is_empty() {
            self.flush_literals();
        }
    }
}

/// `v` as an unsigned LEB128 varint.
fn uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Pages written into a chunk's buffer, with what its metadata needs.
struct Pages<'a> {
    writer: SerializedPageWriter<'a, Vec<u8>>,
    stats: Vec<PageEncodingStats>,
    encodings: Vec<Encoding>,
    dictionary_offset: Option<i64>,
    data_offset: Option<i64>,
    /// Bytes written, headers included: uncompressed, the chunk's size
    /// both compressed and not.
    written: u64,
}

impl<'a> Pages<'a> {
    fn new(sink: &'a mut TrackedWrite<Vec<u8>>) -> Pages<'a> {
        Pages {
            writer: SerializedPageWriter::new(sink),
            stats: Vec::new(),
            encodings: Vec::new(),
            dictionary_offset: None,
            data_offset: None,
            written: 0,
        }
    }

    fn page(&mut self, page: Page) -> Result<()> {
        let size = page.buffer().len();
        let (page_type, encoding) = (page.page_type(), page.encoding());
        let spec = self.writer.write_page(CompressedPage::new(page, size))?;
        let offset = i64::try_from(spec.offset).unwrap_or(i64::MAX);
        if page_type == PageType::DICTIONARY_PAGE {
            self.dictionary_offset.get_or_insert(offset);
        } else {
            self.data_offset.get_or_insert(offset);
        }
        match self.stats.last_mut() {
            Some(s) if s.page_type == page_type && s.encoding == encoding => s.count += 1,
            _ => self.stats.push(PageEncodingStats {
                page_type,
                encoding,
                count: 1,
            }),
        }
        if !self.encodings.contains(&encoding) {
            self.encodings.push(encoding);
        }
        self.written += spec.bytes_written;
        Ok(())
    }

    fn metadata(
        &self,
        descr: ColumnDescPtr,
        rows: usize,
        stats: Statistics,
    ) -> Result<ColumnChunkMetaData> {
        let size = i64::try_from(self.written).unwrap_or(i64::MAX);
        ColumnChunkMetaData::builder(descr)
            .set_compression(Compression::UNCOMPRESSED)
            .set_encodings_mask(EncodingMask::new_from_encodings(self.encodings.iter()))
            .set_page_encoding_stats(self.stats.clone())
            .set_total_compressed_size(size)
            .set_total_uncompressed_size(size)
            .set_num_values(i64::try_from(rows).unwrap_or(i64::MAX))
            .set_data_page_offset(self.data_offset.unwrap_or(0))
            .set_dictionary_page_offset(self.dictionary_offset)
            .set_statistics(stats)
            .build()
    }
}

#[cfg(test)]
mod tests {
    use super::same;

    /// Equal and unequal values of every length up to 40, differing at
    /// each position in turn.
    #[test]
    fn same_compares_every_byte() {
        for n in 0..40usize {
            let a: Vec<u8> = (0..n).map(|i| b'a' + (i % 26) as u8).collect();
            assert!(same(&a, &a.clone()), "{n}");
            for i in 0..n {
                let mut b = a.clone();
                b[i] ^= 0x20;
                assert!(!same(&a, &b), "{n} {i}");
            }
            assert!(!same(&a, &[a.as_slice(), b"x"].concat()), "{n}");
        }
    }
}
