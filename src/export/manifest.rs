//! `manifest.json`: what was written — each table's file, row count, key
//! and columns (name, type, nullable, description) — with the catalog's
//! revision, `today`, and the dates history rows hold.

use super::{Column, Format, Table};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
pub struct Manifest<'a> {
    pub version: u32,
    pub today: String,
    /// The commit the catalog's repository is at (null outside git).
    pub revision: Option<String>,
    pub format: Format,
    /// With history: the first period, and quarter or month.
    pub since: Option<String>,
    pub every: Option<&'static str>,
    /// The dates snapshot tables hold rows for, oldest first.
    pub as_of: Vec<String>,
    pub tables: Vec<TableEntry<'a>>,
}

#[derive(Serialize)]
pub struct TableEntry<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub file: String,
    pub rows: usize,
    pub key: &'a [&'static str],
    pub columns: &'a [Column],
}

/// A table's shape (columns and key) and the rows written.
pub struct Counted {
    pub table: Table<'static>,
    pub rows: usize,
}

impl<'a> Manifest<'a> {
    /// What was exported: in `format`, as of `today`, at `revision`; with
    /// history, its first period, by quarter or month, and the dates of
    /// its states (else only today's).
    pub fn of(
        format: Format,
        today: NaiveDate,
        revision: Option<String>,
        history: Option<(
            Option<crate::model::Period>,
            crate::kpi::periods::Every,
            &[NaiveDate],
        )>,
        counts: &'a [Counted],
    ) -> Manifest<'a> {
        use crate::kpi::periods::Every;
        let (since, every, as_of) = match history {
            Some((first, every, dated)) => (
                first.map(|p| p.to_string()),
                Some(match every {
                    Every::Quarter => "quarter",
                    Every::Month => "month",
                }),
                dated.iter().map(|d| day(*d)).collect(),
            ),
            None => (None, None, vec![day(today)]),
        };
        Manifest {
            version: 1,
            today: day(today),
            revision,
            format,
            since,
            every,
            as_of,
            tables: counts.iter().map(|t| TableEntry::of(t, format)).collect(),
        }
    }
}

impl TableEntry<'_> {
    pub fn of(c: &Counted, format: Format) -> TableEntry<'_> {
        let t = &c.table;
        TableEntry {
            name: t.name,
            description: t.description,
            file: format!("{}.{}", t.name, format.extension()),
            rows: c.rows,
            key: &t.key,
            columns: &t.columns,
        }
    }
}

/// Pretty JSON with a final newline.
pub fn to_json(m: &Manifest) -> String {
    let mut s = serde_json::to_string_pretty(m).unwrap_or_default();
    s.push('\n');
    s
}

/// A date as the manifest writes it.
pub fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
