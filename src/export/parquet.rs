//! Parquet through the `parquet` crate's column writer (no Arrow): string
//! columns are UTF-8 byte arrays, int64 INT64, float64 DOUBLE, bool
//! BOOLEAN, dates INT32 with the DATE logical type; nullable columns are
//! OPTIONAL, the others REQUIRED. Uncompressed, one row group per 100,000
//! rows, `created_by` pinned to platctl's version and no key-value
//! metadata: the bytes depend on the rows only.

use super::{Cell, ColType, Column, Prefix, Table};
use chrono::NaiveDate;
use parquet::basic::{LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use std::sync::Arc;

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
        Ok(Writer {
            w,
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
        if self.pending > 0 && prefix != self.prefix {
            self.flush()?;
        }
        if self.bufs.len() != columns.len() {
            self.flush()?;
            self.bufs = columns.iter().map(ColumnBuf::new).collect();
        }
        self.prefix = prefix;
        for (i, b) in self.bufs.iter_mut().enumerate() {
            b.push(r.get(i).unwrap_or(&Cell::Null));
        }
        self.pending += 1;
        if self.pending == ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the rows gathered as a row group (none: nothing).
    fn flush(&mut self) -> parquet::errors::Result<()> {
        if self.pending == 0 {
            return Ok(());
        }
        let mut rg = self.w.next_row_group()?;
        if let Some(day) = self.prefix {
            // `as_of`: the same date on every row (REQUIRED, no levels).
            if let Some(mut cw) = rg.next_column()? {
                let v = vec![days(day); self.pending];
                cw.typed::<Int32Type>().write_batch(&v, None, None)?;
                cw.close()?;
            }
        }
        let mut bufs = self.bufs.iter_mut();
        while let Some(mut cw) = rg.next_column()? {
            let Some(b) = bufs.next() else { break };
            b.write(&mut cw)?;
            cw.close()?;
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

/// One column's values of a row group, gathered in one pass over the rows:
/// definition levels (1 for a value, 0 for null) when it is nullable, and
/// the values of its type (text as one buffer and a span per value).
struct ColumnBuf {
    ty: ColType,
    nullable: bool,
    defs: Vec<i16>,
    text: Vec<u8>,
    spans: Vec<(usize, usize)>,
    ints: Vec<i64>,
    floats: Vec<f64>,
    bools: Vec<bool>,
    dates: Vec<i32>,
}

impl ColumnBuf {
    fn new(c: &Column) -> ColumnBuf {
        ColumnBuf {
            ty: c.ty,
            nullable: c.nullable,
            defs: Vec::new(),
            text: Vec::new(),
            spans: Vec::new(),
            ints: Vec::new(),
            floats: Vec::new(),
            bools: Vec::new(),
            dates: Vec::new(),
        }
    }

    fn clear(&mut self) {
        self.defs.clear();
        self.text.clear();
        self.spans.clear();
        self.ints.clear();
        self.floats.clear();
        self.bools.clear();
        self.dates.clear();
    }

    /// Takes a cell: its level, and its value when of the column's type.
    fn push(&mut self, c: &Cell) {
        if self.nullable {
            self.defs.push(i16::from(!c.is_null()));
        }
        match (self.ty, c) {
            (ColType::String, Cell::Str(s)) => {
                // A value equal to the one before (an entity's id over its
                // rules' rows, a scorecard's id) shares its bytes.
                let span = match self.spans.last() {
                    Some(&(at, n)) if self.text.get(at..at + n) == Some(s.as_bytes()) => (at, n),
                    _ => {
                        self.text.extend_from_slice(s.as_bytes());
                        (self.text.len() - s.len(), s.len())
                    }
                };
                self.spans.push(span);
            }
            (ColType::Int64, Cell::Int(n)) => self.ints.push(*n),
            (ColType::Float64, Cell::Float(x)) => self.floats.push(*x),
            (ColType::Bool, Cell::Bool(b)) => self.bools.push(*b),
            (ColType::Date, Cell::Date(d)) => self.dates.push(days(*d)),
            _ => {}
        }
    }

    fn write(
        &mut self,
        cw: &mut parquet::file::writer::SerializedColumnWriter<'_>,
    ) -> parquet::errors::Result<()> {
        let defs = self.nullable.then_some(self.defs.as_slice());
        match self.ty {
            ColType::String => {
                // Every text of the column in one buffer, each value a
                // slice of it (no allocation per value).
                let size = self.text.len();
                let all =
                    ByteArray::from(std::mem::replace(&mut self.text, Vec::with_capacity(size)));
                let mut v: Vec<ByteArray> = Vec::with_capacity(self.spans.len());
                let mut last = None;
                for &span in &self.spans {
                    let b = match (last, v.last()) {
                        (Some(l), Some(b)) if l == span => b.clone(),
                        _ => all.slice(span.0, span.1),
                    };
                    v.push(b);
                    last = Some(span);
                }
                cw.typed::<ByteArrayType>().write_batch(&v, defs, None)?;
            }
            ColType::Int64 => {
                cw.typed::<Int64Type>()
                    .write_batch(&self.ints, defs, None)?;
            }
            ColType::Float64 => {
                cw.typed::<DoubleType>()
                    .write_batch(&self.floats, defs, None)?;
            }
            ColType::Bool => {
                cw.typed::<BoolType>()
                    .write_batch(&self.bools, defs, None)?;
            }
            ColType::Date => {
                cw.typed::<Int32Type>()
                    .write_batch(&self.dates, defs, None)?;
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
