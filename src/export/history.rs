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

/// The columns of a snapshot table with history: `as_of` first.
pub fn dated_columns(columns: &[Column]) -> Vec<Column> {
    std::iter::once(AS_OF)
        .chain(columns.iter().copied())
        .collect()
}

/// Marks a state's table with its date: `as_of` first in its columns, its
/// key and every row. States written in date order keep the rows sorted by
/// (as_of, key).
pub fn date(t: &mut Table, day: NaiveDate) {
    t.columns.insert(0, AS_OF);
    t.key.insert(0, AS_OF.name);
    for r in &mut t.rows {
        r.insert(0, Cell::Date(day));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::TEAMS;
    use crate::report::testcat::date as date_of;

    #[test]
    fn a_dated_table_has_as_of_first() {
        let mut t = Table::new(&TEAMS);
        t.rows = vec![vec![Cell::str("a")], vec![Cell::str("b")]];
        date(&mut t, date_of("2026-09-30"));
        assert_eq!(t.columns[0].name, "as_of");
        assert_eq!(t.columns, dated_columns(TEAMS.columns));
        assert_eq!(t.key, vec!["as_of", "id"]);
        assert_eq!(
            t.rows,
            vec![
                vec![Cell::Date(date_of("2026-09-30")), Cell::str("a")],
                vec![Cell::Date(date_of("2026-09-30")), Cell::str("b")],
            ]
        );
    }
}
