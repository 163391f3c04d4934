//! JSON Lines: one JSON object a line, keys in column order, null for no
//! value, dates as `YYYY-MM-DD`.

use super::{history::AS_OF, Cell, Column, Prefix, Table};
use chrono::{Datelike, NaiveDate};
use std::io::Write;

/// A finite number as JSON writes it (shortest form that reads back the same).
pub fn number(x: f64) -> String {
    serde_json::Number::from_f64(x).map_or_else(|| "null".to_string(), |n| n.to_string())
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "null".to_string())
}

/// Appends a JSON string (escaped as `serde_json` escapes it).
fn push_str(out: &mut Vec<u8>, s: &str) {
    if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// Appends a number as [`number`] writes it.
pub fn push_number(out: &mut Vec<u8>, x: f64) {
    // serde_json writes a finite f64 in its shortest form, as Number does,
    // and a number that is not finite as null.
    if serde_json::to_writer(&mut *out, &x).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// Appends a date as `YYYY-MM-DD` (as chrono's `%Y-%m-%d` writes it).
pub fn push_date(out: &mut Vec<u8>, d: NaiveDate) {
    if (0..=9999).contains(&d.year()) {
        let _ = write!(out, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    } else {
        let _ = write!(out, "{}", d.format("%Y-%m-%d"));
    }
}

pub fn write(t: &Table) -> Vec<u8> {
    let mut out = Vec::new();
    rows(&mut out, &t.columns, &t.rows, None);
    out
}

/// Appends a line per row; with a prefix, `as_of` first in each.
pub fn rows(out: &mut Vec<u8>, columns: &[Column], rows: &[Vec<Cell>], prefix: Prefix) {
    let keys = keys(columns);
    let first = first(prefix);
    for r in rows {
        row(out, &keys, first.as_deref(), r);
    }
}

/// Each column's key as a line writes it (`"name":`).
pub fn keys(columns: &[Column]) -> Vec<String> {
    columns.iter().map(|c| json_str(c.name) + ":").collect()
}

/// The `as_of` member a line starts with, for a prefix.
pub fn first(prefix: Prefix) -> Option<Vec<u8>> {
    prefix.map(|d| {
        let mut v = json_str(AS_OF.name).into_bytes();
        v.extend_from_slice(b":\"");
        push_date(&mut v, d);
        v.push(b'"');
        v
    })
}

/// Appends one row's line: `first` (the `as_of` member), then a member
/// per key and cell.
pub fn row(out: &mut Vec<u8>, keys: &[String], first: Option<&[u8]>, r: &[Cell]) {
    out.push(b'{');
    let mut comma = false;
    if let Some(f) = first {
        out.extend_from_slice(f);
        comma = true;
    }
    for (k, c) in keys.iter().zip(r) {
        if comma {
            out.push(b',');
        }
        comma = true;
        out.extend_from_slice(k.as_bytes());
        match c {
            Cell::Null => out.extend_from_slice(b"null"),
            Cell::Str(s) => push_str(out, s),
            Cell::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Cell::Float(x) => push_number(out, *x),
            Cell::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            Cell::Date(d) => {
                out.push(b'"');
                push_date(out, *d);
                out.push(b'"');
            }
        }
    }
    out.extend_from_slice(b"}\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::KPI_VALUES;
    use crate::report::testcat::date;

    #[test]
    fn one_object_a_line_in_column_order() {
        let mut t = Table::new(&KPI_VALUES);
        t.rows = vec![vec![
            Cell::str("2026-Q4"),
            Cell::Date(date("2026-10-01")),
            Cell::Date(date("2026-12-31")),
            Cell::str("adoption-rate"),
            Cell::str("derived"),
            Cell::str("ratio"),
            Cell::Float(0.1 + 0.2),
            Cell::Null,
            Cell::Null,
            Cell::Float(0.6),
            Cell::Null,
            Cell::Null,
            Cell::str("off-target \"q\""),
        ]];
        let s = String::from_utf8(write(&t)).unwrap_or_default();
        assert_eq!(
            s,
            "{\"period\":\"2026-Q4\",\"period_start\":\"2026-10-01\",\"period_end\":\"2026-12-31\",\
             \"kpi_id\":\"adoption-rate\",\"source\":\"derived\",\"unit\":\"ratio\",\
             \"value\":0.30000000000000004,\"previous\":null,\"change\":null,\"target_min\":0.6,\
             \"target_max\":null,\"target_trend\":null,\"status\":\"off-target \\\"q\\\"\"}\n"
        );
    }
}
