//! CSV (RFC 4180, spreadsheet-safe): a header line of column names, then a
//! line per row. Null is an empty field; an empty text is `""`; text that a
//! spreadsheet would run as a formula is prefixed with `'`; numbers, booleans
//! (`true`/`false`) and dates (`YYYY-MM-DD`) are written as they are.

use super::{Cell, Table};
use crate::output::csv::text_field;
use std::fmt::Write;

/// The whole file: the header line, then the rows.
pub fn write(t: &Table) -> Vec<u8> {
    let mut out = header(&t.columns);
    out.extend(rows(t));
    out
}

/// The header line: the column names.
pub fn header(columns: &[super::Column]) -> Vec<u8> {
    let names: Vec<String> = columns.iter().map(|c| text_field(c.name)).collect();
    format!("{}\r\n", names.join(",")).into_bytes()
}

/// A line per row.
pub fn rows(t: &Table) -> Vec<u8> {
    let mut out = String::new();
    for r in &t.rows {
        for (i, c) in r.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match c {
                Cell::Null => {}
                Cell::Str(s) => out.push_str(&text_field(s)),
                Cell::Int(n) => {
                    let _ = write!(out, "{n}");
                }
                Cell::Float(x) => out.push_str(&super::jsonl::number(*x)),
                Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Cell::Date(d) => {
                    let _ = write!(out, "{}", d.format("%Y-%m-%d"));
                }
            }
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
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
