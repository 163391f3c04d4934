//! Snapshot tables over time: the same tables read at several dates,
//! stacked with an `as_of` column first in their key.

use super::{col, Cell, ColType, Column, Table};
use chrono::NaiveDate;

/// The column that says on which date a row held.
pub const AS_OF: Column = col(
    "as_of",
    ColType::Date,
    false,
    "the date the row held: a period's last day, or today for the period not over yet",
);

/// Stacks the snapshot tables of several dates (each state's tables in
/// the same order) into one set of tables with `as_of` first; states are
/// taken in date order, so rows stay sorted by (as_of, key).
pub fn stack(mut states: Vec<(NaiveDate, Vec<Table>)>) -> Vec<Table> {
    states.sort_by_key(|(d, _)| *d);
    let mut out: Vec<Table> = Vec::new();
    for (day, tables) in states {
        for (i, t) in tables.into_iter().enumerate() {
            if out.len() <= i {
                let mut empty = Table {
                    rows: Vec::new(),
                    ..t.clone_shape()
                };
                empty.columns.insert(0, AS_OF);
                empty.key.insert(0, AS_OF.name);
                out.push(empty);
            }
            if let Some(o) = out.get_mut(i) {
                o.rows.reserve(t.rows.len());
                for mut r in t.rows {
                    r.insert(0, Cell::Date(day));
                    o.rows.push(r);
                }
            }
        }
    }
    out
}

impl Table {
    /// The table's name, key and columns, without rows.
    fn clone_shape(&self) -> Table {
        Table {
            name: self.name,
            description: self.description,
            key: self.key.clone(),
            columns: self.columns.clone(),
            rows: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::TEAMS;
    use crate::report::testcat::date;

    #[test]
    fn states_stack_in_date_order_with_as_of_first() {
        let t = |ids: &[&str]| {
            let mut t = Table::new(&TEAMS);
            t.rows = ids.iter().map(|i| vec![Cell::str(*i)]).collect();
            vec![t]
        };
        let out = stack(vec![
            (date("2026-12-06"), t(&["a", "b"])),
            (date("2026-09-30"), t(&["a"])),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].columns[0].name, "as_of");
        assert_eq!(out[0].key, vec!["as_of", "id"]);
        assert_eq!(
            out[0].rows,
            vec![
                vec![Cell::Date(date("2026-09-30")), Cell::str("a")],
                vec![Cell::Date(date("2026-12-06")), Cell::str("a")],
                vec![Cell::Date(date("2026-12-06")), Cell::str("b")],
            ]
        );
    }
}
