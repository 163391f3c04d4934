//! Warehouse tables: the catalog and its KPIs as typed rows, for engines
//! that load files (DuckDB, BigQuery, Snowflake, Spark, ...).
//!
//! Pure: [`tables`] builds the rows from the same core functions the
//! listings print (adoption, migration, exception state, RICE, KPI rows);
//! [`history`] stacks snapshots read at period ends under an `as_of`
//! column; one writer per format turns a table into bytes ([`parquet`],
//! [`jsonl`], [`csv`]) and [`manifest`] describes them. Writing the bytes
//! to disk is the command's job, through `store/`.

pub mod csv;
pub mod history;
pub mod jsonl;
pub mod manifest;
pub mod parquet;
pub mod sink;
pub mod tables;
pub mod write;

use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;

/// A column's type, as a warehouse sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColType {
    String,
    Int64,
    Float64,
    Bool,
    /// A calendar day: Parquet DATE, `YYYY-MM-DD` in JSONL and CSV.
    Date,
}

/// One column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Column {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub ty: ColType,
    pub nullable: bool,
    pub description: &'static str,
}

/// Shorthands for column lists.
pub(crate) const fn col(
    name: &'static str,
    ty: ColType,
    nullable: bool,
    description: &'static str,
) -> Column {
    Column {
        name,
        ty,
        nullable,
        description,
    }
}

/// One value of a row. Text borrows from the catalog the row was built
/// from when it can (a table is written before its catalog is dropped).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Null,
    Str(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(NaiveDate),
}

impl<'a> Cell<'a> {
    /// Text, or null for none.
    pub fn opt_str(s: Option<impl Into<Cow<'a, str>>>) -> Cell<'a> {
        s.map_or(Cell::Null, |s| Cell::Str(s.into()))
    }
    pub fn str(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell::Str(s.into())
    }
    /// A number; null for none and for what is not finite.
    pub fn opt_f64(v: Option<f64>) -> Cell<'a> {
        match v {
            Some(x) if x.is_finite() => Cell::Float(x),
            _ => Cell::Null,
        }
    }
    pub fn opt_date(d: Option<NaiveDate>) -> Cell<'a> {
        d.map_or(Cell::Null, Cell::Date)
    }
    pub fn opt_int(v: Option<i64>) -> Cell<'a> {
        v.map_or(Cell::Null, Cell::Int)
    }
    pub fn count(n: usize) -> Cell<'a> {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Null)
    }

    /// Key order: null first, then by value (text by bytes).
    fn cmp_key(&self, o: &Cell<'_>) -> Ordering {
        use Cell::*;
        match (self, o) {
            (Null, Null) => Ordering::Equal,
            (Null, _) => Ordering::Less,
            (_, Null) => Ordering::Greater,
            (Str(a), Str(b)) => a.cmp(b),
            (Int(a), Int(b)) => a.cmp(b),
            (Float(a), Float(b)) => a.total_cmp(b),
            (Bool(a), Bool(b)) => a.cmp(b),
            (Date(a), Date(b)) => a.cmp(b),
            (a, b) => a.rank().cmp(&b.rank()),
        }
    }
    fn rank(&self) -> u8 {
        match self {
            Cell::Null => 0,
            Cell::Str(_) => 1,
            Cell::Int(_) => 2,
            Cell::Float(_) => 3,
            Cell::Bool(_) => 4,
            Cell::Date(_) => 5,
        }
    }
}

/// A table: its name, key, columns and rows (sorted by the key).
#[derive(Clone, Debug, PartialEq)]
pub struct Table<'a> {
    pub name: &'static str,
    pub description: &'static str,
    /// The columns that identify a row, in sort order.
    pub key: Vec<&'static str>,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell<'a>>>,
}

impl<'a> Table<'a> {
    pub fn new(spec: &TableSpec) -> Table<'a> {
        Table {
            name: spec.name,
            description: spec.description,
            key: spec.key.to_vec(),
            columns: spec.columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The index of a column.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// Sorts the rows by the key (stable: rows with equal keys keep their
    /// order). Rows built from a catalog mostly come in key order already:
    /// those are only checked.
    pub fn sort(&mut self) {
        let ix: Vec<usize> = self.key.iter().filter_map(|k| self.index(k)).collect();
        let cmp = |a: &Vec<Cell>, b: &Vec<Cell>| {
            ix.iter()
                .map(|&i| match (a.get(i), b.get(i)) {
                    (Some(x), Some(y)) => x.cmp_key(y),
                    _ => Ordering::Equal,
                })
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        };
        if self.rows.is_sorted_by(|a, b| cmp(a, b).is_le()) {
            return;
        }
        self.rows.sort_by(cmp);
    }
}

/// What a table is, before it has rows.
pub struct TableSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub key: &'static [&'static str],
    pub columns: &'static [Column],
    /// Whether the table describes the catalog at a date (every table but
    /// `kpi_values`, which has its own `period`).
    pub snapshot: bool,
}

/// A table format on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Parquet,
    Jsonl,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }

    /// The bytes of one table in this format.
    pub fn write(self, t: &Table) -> Result<Vec<u8>, String> {
        match self {
            Format::Parquet => parquet::write(t),
            Format::Jsonl => Ok(jsonl::write(t)),
            Format::Csv => Ok(csv::write(t)),
        }
    }
}

/// A date every row of a part of a table shares, written as the table's
/// first column without being stored in each row (history's `as_of`).
pub type Prefix = Option<NaiveDate>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sort_by_key_with_nulls_first() {
        static COLS: [Column; 2] = [
            col("a", ColType::String, true, ""),
            col("b", ColType::Int64, false, ""),
        ];
        let spec = TableSpec {
            name: "t",
            description: "",
            key: &["a", "b"],
            columns: &COLS,
            snapshot: true,
        };
        let mut t = Table::new(&spec);
        t.rows = vec![
            vec![Cell::str("b"), Cell::Int(1)],
            vec![Cell::str("a"), Cell::Int(2)],
            vec![Cell::Null, Cell::Int(9)],
            vec![Cell::str("a"), Cell::Int(1)],
        ];
        t.sort();
        assert_eq!(
            t.rows,
            vec![
                vec![Cell::Null, Cell::Int(9)],
                vec![Cell::str("a"), Cell::Int(1)],
                vec![Cell::str("a"), Cell::Int(2)],
                vec![Cell::str("b"), Cell::Int(1)],
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_finite_are_null() {
        assert_eq!(Cell::opt_f64(Some(f64::NAN)), Cell::Null);
        assert_eq!(Cell::opt_f64(Some(f64::INFINITY)), Cell::Null);
        assert_eq!(Cell::opt_f64(Some(0.5)), Cell::Float(0.5));
        assert_eq!(Cell::opt_f64(None), Cell::Null);
    }
}
