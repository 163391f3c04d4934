//! Parquet through the `parquet` crate's file writer (no Arrow): string
//! columns are UTF-8 byte arrays, int64 INT64, float64 DOUBLE, bool
//! BOOLEAN, dates INT32 with the DATE logical type; nullable columns are
//! OPTIONAL, the others REQUIRED. Uncompressed, one row group per 100,000
//! rows, `created_by` pinned to platctl's version and no key-value
//! metadata: the bytes depend on the rows only. Text columns are encoded
//! by [`text`] and spliced in whole; the others go through the crate's
//! column writer.

use super::{Cell, ColType, Column, Prefix, Table};
use chrono::NaiveDate;
use parquet::basic::{LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use std::sync::Arc;

mod text;

/// Rows per row group.
const ROW_GROUP: usize = 100_000;

/// What every file says wrote it.
pub fn created_by() -> String {
    format!("platctl version {}", env!("CARGO_PKG_VERSION"))
}

fn schema(columns: &[Column]) -> parquet::errors::Result<Type> {
    let mut fields = Vec::with_capacity(columns.len());
    for c in columns {
        let (physical, logical) = match c.ty {
            ColType::String => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
            ColType::Int64 => (Physical::INT64, None),
            ColType::Float64 => (Physical::DOUBLE, None),
            ColType::Bool => (Physical::BOOLEAN, None),
            ColType::Date => (Physical::INT32, Some(LogicalType::Date)),
        };
        let rep = if c.nullable {
            Repetition::OPTIONAL
        } else {
            Repetition::REQUIRED
        };
        fields.push(Arc::new(
            Type::primitive_type_builder(c.name, physical)
                .with_repetition(rep)
                .with_logical_type(logical)
                .build()?,
        ));
    }
    Type::group_type_builder("schema")
        .with_fields(fields)
        .build()
}

fn days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((d - epoch).num_days()).unwrap_or(i32::MAX)
}

/// The bytes of a Parquet file holding the table.
pub fn write(t: &Table) -> Result<Vec<u8>, String> {
    let mut w = Writer::new(Vec::new(), &t.columns).map_err(|e| format!("{}: {e}", t.name))?;
    w.rows(t, None)?;
    w.finish()
}

/// A Parquet file written a part of a table's rows at a time (a row group
/// per part, more for many rows), then finished.
pub struct Writer<W: std::io::Write + Send> {
    w: SerializedFileWriter<W>,
    /// The file's columns (`as_of` first when rows come with a prefix).
    descrs: Vec<parquet::schema::types::ColumnDescPtr>,
    /// The rows of the row group being gathered: a buffer per column,
    /// their count and their date.
    bufs: Vec<ColumnBuf>,
    pending: usize,
    prefix: Prefix,
}

impl<W: std::io::Write + Send> Writer<W> {
    /// A file of `columns` (with `as_of` first when rows come with a prefix).
    pub fn new(out: W, columns: &[Column]) -> Result<Writer<W>, String> {
        let props = WriterProperties::builder()
            .set_created_by(created_by())
            .set_key_value_metadata(None)
            .build();
        let schema = schema(columns).map_err(|e| e.to_string())?;
        let w = SerializedFileWriter::new(out, Arc::new(schema), Arc::new(props))
            .map_err(|e| e.to_string())?;
        let descrs = w.schema_descr().columns().to_vec();
        Ok(Writer {
            w,
            descrs,
            bufs: Vec::new(),
            pending: 0,
            prefix: None,
        })
    }

    /// Appends the table's rows, each after `prefix` when there is one, as
    /// one part.
    pub fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<(), String> {
        let name = t.name;
        let err = |e: parquet::errors::ParquetError| format!("cannot write {name} as Parquet: {e}");
        for r in &t.rows {
            self.push(&t.columns, r, prefix).map_err(err)?;
        }
        self.flush().map_err(err)
    }

    /// Appends one row of a table of `columns` (the file's, but `as_of`) to
    /// the part being written, after `prefix` when there is one.
    pub fn row(&mut self, columns: &[Column], r: &[Cell], prefix: Prefix) -> Result<(), String> {
        self.push(columns, r, prefix)
            .map_err(|e| format!("cannot write as Parquet: {e}"))
    }

    /// Ends the part being written: its last rows make a row group.
    pub fn end_part(&mut self) -> Result<(), String> {
        self.flush()
            .map_err(|e| format!("cannot write as Parquet: {e}"))
    }

    fn push(
        &mut self,
        columns: &[Column],
        r: &[Cell],
        prefix: Prefix,
    ) -> parquet::errors::Result<()> {
        self.begin(columns, prefix)?;
        for (i, b) in self.bufs.iter_mut().enumerate() {
            b.push(r.get(i).unwrap_or(&Cell::Null));
        }
        self.rows_taken(1)
    }

    /// Readies the row group being gathered for rows of `columns` after
    /// `prefix`: rows of another date or other columns end it first.
    fn begin(&mut self, columns: &[Column], prefix: Prefix) -> parquet::errors::Result<()> {
        if self.pending > 0 && prefix != self.prefix {
            self.flush()?;
        }
        if self.bufs.len() != columns.len() {
            self.flush()?;
            self.bufs = columns.iter().map(ColumnBuf::new).collect();
        }
        self.prefix = prefix;
        Ok(())
    }

    /// Counts `n` rows taken into every column (no more than the row group
    /// has room for); the row group is written once it is full.
    fn rows_taken(&mut self, n: usize) -> parquet::errors::Result<()> {
        self.pending += n;
        if self.pending == ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Appends rows of text columns by slot from now until the handle is
    /// dropped ([`Keyed`]): rows of `columns` (all text, the file's but
    /// `as_of`) after `prefix`.
    pub fn keyed<'w>(
        &'w mut self,
        columns: &'w [Column],
        prefix: Prefix,
    ) -> Result<Keyed<'w, W>, String> {
        if let Some(c) = columns.iter().find(|c| c.ty != ColType::String) {
            return Err(format!("column {} is not text", c.name));
        }
        self.begin(columns, prefix)
            .map_err(|e| format!("cannot write as Parquet: {e}"))?;
        Ok(Keyed {
            slots: columns.iter().map(|_| Vec::new()).collect(),
            block: columns.iter().map(|_| Vec::new()).collect(),
            w: self,
        })
    }

    /// Writes the rows gathered as a row group (none: nothing).
    fn flush(&mut self) -> parquet::errors::Result<()> {
        if self.pending == 0 {
            return Ok(());
        }
        let mut rg = self.w.next_row_group()?;
        let mut descrs = self.descrs.iter();
        if let Some(day) = self.prefix {
            // `as_of`: the same date on every row (REQUIRED, no levels).
            descrs.next();
            if let Some(mut cw) = rg.next_column()? {
                let v = vec![days(day); self.pending];
                cw.typed::<Int32Type>().write_batch(&v, None, None)?;
                cw.close()?;
            }
        }
        for (b, descr) in self.bufs.iter_mut().zip(descrs) {
            if let Values::Text(t) = &b.values {
                let defs = b.nullable.then_some(b.defs.as_slice());
                let (bytes, close) = t.encode(defs, descr.clone())?;
                rg.append_column(&bytes, close)?;
            } else if let Some(mut cw) = rg.next_column()? {
                b.write(&mut cw)?;
                cw.close()?;
            }
        }
        rg.close()?;
        for b in &mut self.bufs {
            b.clear();
        }
        self.pending = 0;
        Ok(())
    }

    /// Writes the rows still gathered, then the footer; gives the writer back.
    pub fn finish(mut self) -> Result<W, String> {
        self.end_part()?;
        self.w.into_inner().map_err(|e| e.to_string())
    }
}

/// Rows of a file whose columns are all text, each value given with a slot
/// of the caller's choosing that stands for it while the handle lives: the
/// value of a slot is looked up in its column's dictionary once per row
/// group, not once per row, and rows are taken a block at a time, column
/// by column. The millions of scorecard outcome rows of a history repeat a
/// few dozen texts (scorecards, rules, levels, outcomes), which cost more
/// to take row by row, as [`Writer::row`] does, than all else their rows
/// need. The bytes are those of [`Writer::row`] given the same texts.
pub struct Keyed<'w, W: std::io::Write + Send> {
    w: &'w mut Writer<W>,
    /// Per column, per slot: the number of its value in the row group
    /// being gathered (none yet in it).
    slots: Vec<Vec<Option<u32>>>,
    /// Per column, the numbers of the block of rows being taken.
    block: Vec<Vec<u32>>,
}

impl<W: std::io::Write + Send> Keyed<'_, W> {
    /// Appends `n` rows, row `r`'s value of column `c` given by
    /// `value(r, c)` as its slot and text (the text is read only when the
    /// slot is not yet numbered in the row group); a row group is written
    /// each time one is full. Fails, having taken only whole rows, when
    /// `value` gives none.
    pub fn rows<'t>(
        &mut self,
        n: usize,
        mut value: impl FnMut(usize, usize) -> Option<(usize, &'t str)>,
    ) -> Result<(), String> {
        let mut done = 0;
        while done < n {
            // The rows that fit in the row group being gathered.
            let take = (n - done).min(ROW_GROUP - self.w.pending);
            for (c, (slots, keys)) in self.slots.iter_mut().zip(&mut self.block).enumerate() {
                keys.clear();
                let Some(Values::Text(t)) = self.w.bufs.get_mut(c).map(|b| &mut b.values) else {
                    return Err(format!("cannot write as Parquet: column {c} is not text"));
                };
                for r in done..done + take {
                    let Some((slot, text)) = value(r, c) else {
                        return Err(format!("cannot write as Parquet: no value in column {c}"));
                    };
                    let key = match slots.get(slot).copied().flatten() {
                        Some(k) => k,
                        None => {
                            let k = t.key(text);
                            if slots.len() <= slot {
                                slots.resize(slot + 1, None);
                            }
                            slots[slot] = Some(k);
                            k
                        }
                    };
                    keys.push(key);
                }
            }
            // Every column's values are in hand: the rows are taken whole.
            for (b, keys) in self.w.bufs.iter_mut().zip(&self.block) {
                if b.nullable {
                    b.defs.resize(b.defs.len() + keys.len(), 1);
                }
                if let Values::Text(t) = &mut b.values {
                    t.push_keys(keys);
                }
            }
            self.w
                .rows_taken(take)
                .map_err(|e| format!("cannot write as Parquet: {e}"))?;
            if self.w.pending == 0 {
                // The row group was written: its numbers go with it.
                for s in &mut self.slots {
                    s.clear();
                }
            }
            done += take;
        }
        Ok(())
    }
}

/// One column's values of a row group, gathered in one pass over the rows:
/// definition levels (1 for a value, 0 for null) when it is nullable, and
/// the values of its type.
struct ColumnBuf {
    nullable: bool,
    defs: Vec<i16>,
    values: Values,
}

enum Values {
    Text(Box<text::Text>),
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Bools(Vec<bool>),
    Dates(Vec<i32>),
}

impl ColumnBuf {
    fn new(c: &Column) -> ColumnBuf {
        ColumnBuf {
            nullable: c.nullable,
            defs: Vec::new(),
            values: match c.ty {
                ColType::String => Values::Text(Box::new(text::Text::new())),
                ColType::Int64 => Values::Ints(Vec::new()),
                ColType::Float64 => Values::Floats(Vec::new()),
                ColType::Bool => Values::Bools(Vec::new()),
                ColType::Date => Values::Dates(Vec::new()),
            },
        }
    }

    fn clear(&mut self) {
        self.defs.clear();
        match &mut self.values {
            Values::Text(t) => t.clear(),
            Values::Ints(v) => v.clear(),
            Values::Floats(v) => v.clear(),
            Values::Bools(v) => v.clear(),
            Values::Dates(v) => v.clear(),
        }
    }

    /// Takes a cell: its level, and its value when of the column's type (in
    /// a text column, a cell of another type counts as null).
    fn push(&mut self, c: &Cell) {
        let value = match (&self.values, c) {
            (Values::Text(_), c) => matches!(c, Cell::Str(_)),
            (_, c) => !c.is_null(),
        };
        if self.nullable {
            self.defs.push(i16::from(value));
        }
        match (&mut self.values, c) {
            (Values::Text(t), Cell::Str(s)) => t.push(s),
            (Values::Text(t), _) if !self.nullable => t.misplaced_null(),
            (Values::Ints(v), Cell::Int(n)) => v.push(*n),
            (Values::Floats(v), Cell::Float(x)) => v.push(*x),
            (Values::Bools(v), Cell::Bool(b)) => v.push(*b),
            (Values::Dates(v), Cell::Date(d)) => v.push(days(*d)),
            _ => {}
        }
    }

    /// Writes the column through the crate's column writer (text is
    /// spliced in whole instead, see [`Writer::flush`]).
    fn write(
        &mut self,
        cw: &mut parquet::file::writer::SerializedColumnWriter<'_>,
    ) -> parquet::errors::Result<()> {
        let defs = self.nullable.then_some(self.defs.as_slice());
        match &self.values {
            Values::Text(_) => {}
            Values::Ints(v) => {
                cw.typed::<Int64Type>().write_batch(v, defs, None)?;
            }
            Values::Floats(v) => {
                cw.typed::<DoubleType>().write_batch(v, defs, None)?;
            }
            Values::Bools(v) => {
                cw.typed::<BoolType>().write_batch(v, defs, None)?;
            }
            Values::Dates(v) => {
                cw.typed::<Int32Type>().write_batch(v, defs, None)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::TEAMS;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn teams() -> Table<'static> {
        let mut t = Table::new(&TEAMS);
        t.rows = vec![
            vec![
                Cell::str("a"),
                Cell::str("A"),
                Cell::str("platform"),
                Cell::Null,
                Cell::str("b"),
                Cell::Int(2),
                Cell::Null,
            ],
            vec![
                Cell::str("b"),
                Cell::str("B"),
                Cell::str("product"),
                Cell::str("#b"),
                Cell::Null,
                Cell::Int(0),
                Cell::str("{\"k\":\"v\"}"),
            ],
        ];
        t
    }

    /// A reader of the Parquet file `bytes`, through a temporary file.
    fn reader(bytes: &[u8]) -> SerializedFileReader<std::fs::File> {
        let file = tempfile::tempfile().and_then(|mut f| {
            use std::io::Write;
            f.write_all(bytes).map(|_| f)
        });
        let Ok(file) = file else {
            panic!("no temporary file")
        };
        match SerializedFileReader::new(file) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reads_back_with_its_schema_and_rows() {
        let bytes = match write(&teams()) {
            Ok(b) => b,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(&bytes[..4], b"PAR1");
        let r = reader(&bytes);
        let md = r.metadata().file_metadata();
        assert_eq!(md.num_rows(), 2);
        assert_eq!(md.created_by(), Some(created_by().as_str()));
        assert!(md.key_value_metadata().is_none());
        let cols = md.schema_descr().columns().to_vec();
        assert_eq!(cols.len(), 7);
        assert_eq!(cols[0].name(), "id");
        assert_eq!(
            cols[0].self_type().get_basic_info().repetition(),
            Repetition::REQUIRED
        );
        assert_eq!(
            cols[3].self_type().get_basic_info().repetition(),
            Repetition::OPTIONAL
        );
        // Same rows, same bytes.
        assert_eq!(write(&teams()).ok(), Some(bytes));
    }

    /// Text values repeated from one row to the next (which share their
    /// bytes while gathered), empty and null ones read back as written.
    #[test]
    fn repeated_empty_and_null_text_reads_back() {
        let mut t = Table::new(&TEAMS);
        let row = |id: &'static str, name: &'static str, contact: Option<&'static str>| {
            vec![
                Cell::str(id),
                Cell::str(name),
                Cell::str("platform"),
                Cell::opt_str(contact),
                Cell::Null,
                Cell::Int(0),
                Cell::Null,
            ]
        };
        t.rows = vec![
            row("a", "same", Some("#x")),
            row("b", "same", None),
            row("c", "same", Some("#x")),
            row("d", "", Some("")),
            row("e", "", Some("#x")),
            row("f", "same", Some("#x")),
        ];
        let bytes = match write(&t) {
            Ok(b) => b,
            Err(e) => panic!("{e}"),
        };
        let r = reader(&bytes);
        let Ok(rows) = r.get_row_iter(None) else {
            panic!("no rows")
        };
        let got: Vec<String> = rows
            .map(|row| match row {
                Ok(row) => format!("{row}"),
                Err(e) => panic!("{e}"),
            })
            .collect();
        let want: Vec<String> = [
            ("a", "same", "\"#x\""),
            ("b", "same", "null"),
            ("c", "same", "\"#x\""),
            ("d", "", "\"\""),
            ("e", "", "\"#x\""),
            ("f", "same", "\"#x\""),
        ]
        .iter()
        .map(|(id, name, contact)| {
            format!(
                "{{id: \"{id}\", name: \"{name}\", type: \"platform\", contact: {contact}, \
                 parent: null, active_services: 0, labels: null}}"
            )
        })
        .collect();
        assert_eq!(got, want);
    }

    const TEXT: [Column; 2] = [
        crate::export::col("a", ColType::String, false, ""),
        crate::export::col("b", ColType::String, true, ""),
    ];

    /// Rows of [`TEXT`] written in parts (a row group each, after `as_of`
    /// when dated), read back by the parquet crate's reader.
    fn text_round_trip(parts: &[Vec<(String, Option<String>)>], dated: bool) -> Vec<u8> {
        let as_of = crate::export::col("as_of", ColType::Date, false, "");
        let file_columns = [as_of, TEXT[0], TEXT[1]];
        let mut w = match Writer::new(Vec::new(), &file_columns[usize::from(!dated)..]) {
            Ok(w) => w,
            Err(e) => panic!("{e}"),
        };
        let day = NaiveDate::from_ymd_opt(2026, 3, 31);
        for (i, part) in parts.iter().enumerate() {
            for (a, b) in part {
                let row = [Cell::str(a.as_str()), Cell::opt_str(b.as_deref())];
                let prefix = if dated {
                    day.map(|d| d + chrono::Days::new(i as u64))
                } else {
                    None
                };
                if let Err(e) = w.row(&TEXT, &row, prefix) {
                    panic!("{e}")
                }
            }
            if let Err(e) = w.end_part() {
                panic!("{e}")
            }
        }
        let bytes = match w.finish() {
            Ok(b) => b,
            Err(e) => panic!("{e}"),
        };
        use parquet::record::Field;
        let r = reader(&bytes);
        let Ok(rows) = r.get_row_iter(None) else {
            panic!("no rows")
        };
        let got: Vec<(String, Option<String>)> = rows
            .map(|row| {
                let row = match row {
                    Ok(row) => row,
                    Err(e) => panic!("{e}"),
                };
                let cells: Vec<Option<String>> = row
                    .get_column_iter()
                    .skip(usize::from(dated))
                    .map(|(_, f)| match f {
                        Field::Str(s) => Some(s.clone()),
                        Field::Null => None,
                        other => panic!("not text: {other}"),
                    })
                    .collect();
                match cells.as_slice() {
                    [Some(a), b] => (a.clone(), b.clone()),
                    _ => panic!("bad row {cells:?}"),
                }
            })
            .collect();
        assert_eq!(got, parts.concat());
        bytes
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, failure_persistence: None, ..Default::default() })]
        /// Any text, in runs short and long, with nulls anywhere, in one
        /// part or several, reads back as written.
        #[test]
        fn text_reads_back_as_written(
            runs in proptest::collection::vec(
                proptest::collection::vec((0usize..7, proptest::option::of(0usize..7), 1usize..20), 0..40),
                1..4,
            ),
            dated in proptest::bool::ANY,
        ) {
            let pool = ["", "a", "pass", "fail", "ü-名前", "b", &"x".repeat(70)];
            let parts: Vec<Vec<(String, Option<String>)>> = runs
                .iter()
                .map(|part| {
                    part.iter()
                        .flat_map(|&(a, b, n)| {
                            std::iter::repeat_n((pool[a].to_string(), b.map(|b| pool[b].to_string())), n)
                        })
                        .collect()
                })
                .collect();
            text_round_trip(&parts, dated);
        }
    }

    /// Many rows: several data pages per row group; a single value (no
    /// bits per index); hundreds of values bit-packed; a dictionary over
    /// its limit, written PLAIN instead.
    #[test]
    fn large_text_columns_read_back() {
        let n = 45_000;
        let one: Vec<_> = (0..n).map(|_| ("same".to_string(), None)).collect();
        let many: Vec<_> = (0..n)
            .map(|i| {
                (
                    format!("v{}", i % 300),
                    (i % 7 != 0).then(|| format!("w{}", i % 5)),
                )
            })
            .collect();
        let unique: Vec<_> = (0..n)
            .map(|i| {
                (
                    format!("{i:0>40}"),
                    (i % 3 == 0).then(|| format!("{i:0>30}")),
                )
            })
            .collect();
        let bytes = text_round_trip(&[one, many, unique], false);
        let r = reader(&bytes);
        let md = r.metadata();
        assert_eq!(md.num_row_groups(), 3);
        let chunk = md.row_group(2).column(0);
        assert_eq!(
            chunk.dictionary_page_offset(),
            None,
            "1.8 MB of distinct values go PLAIN"
        );
        assert!(md.row_group(1).column(0).dictionary_page_offset().is_some());
    }

    /// The chunk statistics: null count, least and greatest value; values
    /// longer than 64 bytes give bounds of about that length.
    #[test]
    fn text_statistics_bound_the_values() {
        use parquet::file::statistics::Statistics;
        let long = format!("{}é{}", "m".repeat(63), "z".repeat(10));
        let rows = vec![
            ("b".to_string(), None),
            (long.clone(), Some("k".to_string())),
            ("a".to_string(), None),
        ];
        let bytes = text_round_trip(&[rows], false);
        let r = reader(&bytes);
        let md = r.metadata();
        let stats = |c: usize| match md.row_group(0).column(c).statistics() {
            Some(Statistics::ByteArray(s)) => s.clone(),
            other => panic!("{other:?}"),
        };
        let a = stats(0);
        assert_eq!(a.min_opt().map(|v| v.data()), Some(&b"a"[..]));
        assert!(a.min_is_exact());
        // "mmm…m" (63 bytes) raised to "mmm…n": above the long value, cut
        // before its two-byte "é".
        let max = a.max_opt().map(|v| v.data().to_vec());
        assert_eq!(max, Some(format!("{}n", "m".repeat(62)).into_bytes()));
        assert!(!a.max_is_exact());
        assert!(max.as_deref() > Some(long.as_bytes()));
        assert_eq!(a.null_count_opt(), Some(0));
        let b = stats(1);
        assert_eq!(b.null_count_opt(), Some(2));
        assert_eq!(b.min_opt().map(|v| v.data()), Some(&b"k"[..]));
        assert_eq!(b.max_opt().map(|v| v.data()), Some(&b"k"[..]));
    }

    #[test]
    fn dates_count_days_from_1970() {
        assert_eq!(
            days(NaiveDate::from_ymd_opt(1970, 1, 2).unwrap_or_default()),
            1
        );
        assert_eq!(
            days(NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()),
            20793
        );
    }
}
