//! A table's file written a set of rows at a time (one state after
//! another), so that a history of many states never sits in memory whole.

use super::{csv, jsonl, parquet, Cell, Column, Format, Prefix, Table};
use std::io::{BufWriter, Write};

pub enum Sink<W: Write + Send> {
    Parquet(Box<parquet::Writer<BufWriter<W>>>),
    Text(Box<Text<W>>),
}

/// A JSON Lines or CSV file being written, and what its lines repeat.
pub struct Text<W: Write> {
    format: Format,
    w: BufWriter<W>,
    /// JSON Lines: each column's `"name":` (made with the first row).
    keys: Vec<String>,
    /// The date of the rows' `as_of`, and how a line starts with it.
    first: Option<(chrono::NaiveDate, Vec<u8>)>,
    line: Vec<u8>,
}

impl<W: Write> Text<W> {
    fn row(&mut self, columns: &[Column], r: &[Cell], prefix: Prefix) -> std::io::Result<()> {
        if prefix != self.first.as_ref().map(|f| f.0) {
            let bytes = match self.format {
                Format::Csv => csv::first(prefix),
                _ => jsonl::first(prefix),
            };
            self.first = prefix.zip(bytes);
        }
        let first = self.first.as_ref().map(|f| f.1.as_slice());
        self.line.clear();
        match self.format {
            Format::Csv => csv::row(&mut self.line, first, r),
            _ => {
                if self.keys.len() != columns.len() {
                    self.keys = jsonl::keys(columns);
                }
                jsonl::row(&mut self.line, &self.keys, first, r);
            }
        }
        self.w.write_all(&self.line)
    }
}

impl<W: Write + Send> Sink<W> {
    /// Starts a file of `columns` (CSV writes its header now).
    pub fn new(format: Format, columns: &[Column], out: W) -> Result<Sink<W>, String> {
        let mut w = BufWriter::with_capacity(1 << 16, out);
        let text = |w| {
            Sink::Text(Box::new(Text {
                format,
                w,
                keys: Vec::new(),
                first: None,
                line: Vec::new(),
            }))
        };
        match format {
            Format::Parquet => Ok(Sink::Parquet(Box::new(parquet::Writer::new(w, columns)?))),
            Format::Csv => {
                w.write_all(&csv::header(columns))
                    .map_err(|e| e.to_string())?;
                Ok(text(w))
            }
            Format::Jsonl => Ok(text(w)),
        }
    }

    /// Appends the table's rows, each after `prefix` when there is one
    /// (the file's columns then start with `as_of`), as one part.
    pub fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<(), String> {
        match self {
            Sink::Parquet(p) => p.rows(t, prefix),
            Sink::Text(x) => {
                let mut buf = Vec::with_capacity(t.rows.len() * 64);
                match x.format {
                    Format::Csv => csv::rows(&mut buf, &t.rows, prefix),
                    _ => jsonl::rows(&mut buf, &t.columns, &t.rows, prefix),
                }
                x.w.write_all(&buf).map_err(|e| e.to_string())
            }
        }
    }

    /// Appends one row of a table of `columns` to the part being written,
    /// after `prefix` when there is one: the bytes of [`Sink::rows`] over
    /// the part's rows once [`Sink::end_part`] ends it.
    pub fn row(&mut self, columns: &[Column], r: &[Cell], prefix: Prefix) -> Result<(), String> {
        match self {
            Sink::Parquet(p) => p.row(columns, r, prefix),
            Sink::Text(x) => x.row(columns, r, prefix).map_err(|e| e.to_string()),
        }
    }

    /// The Parquet writer, for rows given by slot ([`parquet::Keyed`]).
    pub fn parquet(&mut self) -> Option<&mut parquet::Writer<BufWriter<W>>> {
        match self {
            Sink::Parquet(p) => Some(p),
            Sink::Text(_) => None,
        }
    }

    /// Ends the part being written (Parquet: its last row group).
    pub fn end_part(&mut self) -> Result<(), String> {
        match self {
            Sink::Parquet(p) => p.end_part(),
            Sink::Text(_) => Ok(()),
        }
    }

    /// Ends the file and flushes it.
    pub fn finish(self) -> Result<(), String> {
        let mut w = match self {
            Sink::Parquet(p) => p.finish()?,
            Sink::Text(x) => x.w,
        };
        w.flush().map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::TEAMS;
    use crate::export::Cell;

    fn part(ids: &[&'static str]) -> Table<'static> {
        let mut t = Table::new(&TEAMS);
        t.rows = ids
            .iter()
            .map(|i| {
                vec![
                    Cell::str(*i),
                    Cell::str("N"),
                    Cell::str("platform"),
                    Cell::Null,
                    Cell::Null,
                    Cell::Int(0),
                    Cell::Null,
                ]
            })
            .collect();
        t
    }

    #[test]
    fn rows_written_in_parts_equal_rows_written_at_once() {
        for format in [Format::Csv, Format::Jsonl] {
            let mut buf = Vec::new();
            let mut s = match Sink::new(format, TEAMS.columns, &mut buf) {
                Ok(s) => s,
                Err(e) => panic!("{e}"),
            };
            assert!(s.rows(&part(&["a"]), None).is_ok());
            assert!(s.rows(&part(&["b", "c"]), None).is_ok());
            assert!(s.finish().is_ok());
            assert_eq!(Ok(buf), format.write(&part(&["a", "b", "c"])));
        }
    }

    /// Rows appended one at a time, in parts (each ended), give the bytes
    /// of the same parts written whole, in every format, with and without
    /// a date; Parquet's row groups follow the parts.
    #[test]
    fn rows_appended_one_at_a_time_equal_parts_written_whole() {
        use crate::export::history;
        use crate::report::testcat::date;
        let parts = [part(&["a", "b"]), part(&["c"]), part(&[])];
        for format in [Format::Parquet, Format::Csv, Format::Jsonl] {
            for day in [None, Some(date("2026-09-30"))] {
                let cols = match day {
                    Some(_) => history::dated_columns(TEAMS.columns),
                    None => TEAMS.columns.to_vec(),
                };
                let (mut whole, mut one) = (Vec::new(), Vec::new());
                let (Ok(mut w), Ok(mut o)) = (
                    Sink::new(format, &cols, &mut whole),
                    Sink::new(format, &cols, &mut one),
                ) else {
                    panic!("no sink")
                };
                for (i, p) in parts.iter().enumerate() {
                    // The second part a day later: `as_of` changes.
                    let d = day.map(|d| d + chrono::Days::new(i as u64));
                    assert!(w.rows(p, d).is_ok());
                    for r in &p.rows {
                        assert!(o.row(&p.columns, r, d).is_ok());
                    }
                    assert!(o.end_part().is_ok());
                }
                assert!(w.finish().is_ok());
                assert!(o.finish().is_ok());
                assert_eq!(one, whole, "{format:?} {day:?}");
                assert!(!one.is_empty());
            }
        }
    }

    /// A part written with a date prefix gives the bytes of the same rows
    /// with `as_of` stored first in each (Parquet, JSON Lines, CSV).
    #[test]
    fn a_prefix_writes_as_of_first_in_every_row() {
        use crate::export::history;
        use crate::report::testcat::date;
        let day = date("2026-09-30");
        for format in [Format::Parquet, Format::Csv, Format::Jsonl] {
            let cols = history::dated_columns(TEAMS.columns);
            let mut buf = Vec::new();
            let mut s = match Sink::new(format, &cols, &mut buf) {
                Ok(s) => s,
                Err(e) => panic!("{e}"),
            };
            assert!(s.rows(&part(&["a", "b"]), Some(day)).is_ok());
            assert!(s.finish().is_ok());
            let mut dated = part(&["a", "b"]);
            history::date(&mut dated, day);
            assert_eq!(Ok(buf), format.write(&dated), "{format:?}");
        }
    }
}
