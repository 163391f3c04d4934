//! A table's file written a set of rows at a time (one state after
//! another), so that a history of many states never sits in memory whole.

use super::{csv, jsonl, parquet, Column, Format, Prefix, Table};
use std::io::{BufWriter, Write};

pub enum Sink<W: Write + Send> {
    Parquet(Box<parquet::Writer<BufWriter<W>>>),
    Text(Format, BufWriter<W>),
}

impl<W: Write + Send> Sink<W> {
    /// Starts a file of `columns` (CSV writes its header now).
    pub fn new(format: Format, columns: &[Column], out: W) -> Result<Sink<W>, String> {
        let mut w = BufWriter::with_capacity(1 << 16, out);
        match format {
            Format::Parquet => Ok(Sink::Parquet(Box::new(parquet::Writer::new(w, columns)?))),
            Format::Csv => {
                w.write_all(&csv::header(columns))
                    .map_err(|e| e.to_string())?;
                Ok(Sink::Text(format, w))
            }
            Format::Jsonl => Ok(Sink::Text(format, w)),
        }
    }

    /// Appends the table's rows, each after `prefix` when there is one
    /// (the file's columns then start with `as_of`).
    pub fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<(), String> {
        match self {
            Sink::Parquet(p) => p.rows(t, prefix),
            Sink::Text(format, w) => {
                let mut buf = Vec::with_capacity(t.rows.len() * 64);
                match format {
                    Format::Csv => csv::rows(&mut buf, &t.rows, prefix),
                    _ => jsonl::rows(&mut buf, &t.columns, &t.rows, prefix),
                }
                w.write_all(&buf).map_err(|e| e.to_string())
            }
        }
    }

    /// Ends the file and flushes it.
    pub fn finish(self) -> Result<(), String> {
        let mut w = match self {
            Sink::Parquet(p) => p.finish()?,
            Sink::Text(_, w) => w,
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
