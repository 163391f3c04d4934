//! CSV (RFC 4180, spreadsheet-safe): a header line of column names, then a
//! line per row. Null is an empty field; an empty text is `""`; text that a
//! spreadsheet would run as a formula is prefixed with `'`; numbers, booleans
//! (`true`/`false`) and dates (`YYYY-MM-DD`) are written as they are.

use super::{Cell, Column, Prefix, Table};
use crate::output::csv::{neutralise, quote, text_field};
use std::io::Write;

/// The whole file: the header line, then the rows.
pub fn write(t: &Table) -> Vec<u8> {
    let mut out = header(&t.columns);
    rows(&mut out, &t.rows, None);
    out
}

/// The header line: the column names.
pub fn header(columns: &[Column]) -> Vec<u8> {
    let names: Vec<String> = columns.iter().map(|c| text_field(c.name)).collect();
    format!("{}\r\n", names.join(",")).into_bytes()
}

/// Appends a line per row; with a prefix, `as_of` first in each.
pub fn rows(out: &mut Vec<u8>, rows: &[Vec<Cell>], prefix: Prefix) {
    let first = first(prefix);
    for r in rows {
        row(out, first.as_deref(), r);
    }
}

/// The `as_of` field a line starts with, for a prefix.
pub fn first(prefix: Prefix) -> Option<Vec<u8>> {
    prefix.map(|d| {
        let mut v = Vec::new();
        super::jsonl::push_date(&mut v, d);
        v
    })
}

/// Appends one row's line: `first` (the `as_of` field), then a field per
/// cell.
pub fn row(out: &mut Vec<u8>, first: Option<&[u8]>, r: &[Cell]) {
    let mut comma = false;
    if let Some(f) = first {
        out.extend_from_slice(f);
        comma = true;
    }
    for c in r {
        if comma {
            out.push(b',');
        }
        comma = true;
        match c {
            Cell::Null => {}
            Cell::Str(s) => out.extend_from_slice(quote(&neutralise(s)).as_bytes()),
            Cell::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Cell::Float(x) => super::jsonl::push_number(out, *x),
            Cell::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            Cell::Date(d) => super::jsonl::push_date(out, *d),
        }
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::TEAMS;

    #[test]
    fn nulls_are_empty_and_text_is_safe() {
        let mut t = Table::new(&TEAMS);
        t.rows = vec![vec![
            Cell::str("t1"),
            Cell::str("=cmd|' /C calc'!A0"),
            Cell::str("platform"),
            Cell::Null,
            Cell::str(""),
            Cell::Int(3),
            Cell::Null,
        ]];
        let s = String::from_utf8(write(&t)).unwrap_or_default();
        assert_eq!(
            s,
            "id,name,type,contact,parent,active_services,labels\r\n\
             t1,'=cmd|' /C calc'!A0,platform,,\"\",3,\r\n"
        );
    }
}
