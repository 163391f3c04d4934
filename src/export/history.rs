//! Snapshot tables over time: the same tables read at several dates,
//! stacked with an `as_of` column first in their key.

use super::{col, Cell, ColType, Column, Table};
use crate::kpi::periods::{self, Every};
use crate::model::{Period, Quarter};
use chrono::NaiveDate;

/// The column that says on which date a row held.
pub const AS_OF: Column = col(
    "as_of",
    ColType::Date,
    false,
    "the date the row held: a period's last day, or today for the period not over yet",
);

/// The periods an export covers: the one holding today, or every one from
/// `since` to it, by `every` (default: quarters, or months when `since` is
/// a month).
pub fn periods(
    since: Option<&str>,
    every: Option<Every>,
    today: NaiveDate,
    fy: u32,
) -> anyhow::Result<(Vec<Period>, Every)> {
    let since = since.map(|s| periods::parse(s, "--since")).transpose()?;
    let every = every.unwrap_or(match since {
        Some(Period::Month { .. }) => Every::Month,
        _ => Every::Quarter,
    });
    let now = match every {
        Every::Quarter => Period::Quarter(Quarter::of(today, fy)),
        Every::Month => periods::month_of(today),
    };
    let Some(since) = since else {
        return Ok((vec![now], every));
    };
    let since = periods::as_kind(since, every, fy, true);
    if since > now {
        anyhow::bail!(
            "--since {since} is after the period holding today ({now}): give an earlier one"
        );
    }
    let v = crate::kpi::periods_between(since, now);
    if v.last() != Some(&now) {
        anyhow::bail!(
            "--since {since}: at most {} periods of history in one export",
            crate::kpi::MAX_TREND_PERIODS
        );
    }
    Ok((v, every))
}

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

    fn names(v: &[Period]) -> Vec<String> {
        v.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn periods_run_from_since_to_the_one_holding_today() {
        let today = date_of("2026-11-27");
        let (v, every) = periods(None, None, today, 1).expect("periods");
        assert_eq!(
            (names(&v), every),
            (vec!["2026-Q4".to_string()], Every::Quarter)
        );
        let (v, every) = periods(Some("2025-Q1"), None, today, 1).expect("periods");
        assert_eq!(every, Every::Quarter);
        assert_eq!(
            names(&v),
            [
                "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3",
                "2026-Q4"
            ]
        );
        // A month since: by month; a quarter by month starts at its first.
        let (v, every) = periods(Some("2026-09"), None, today, 1).expect("periods");
        assert_eq!(
            (names(&v), every),
            (
                vec!["2026-09".into(), "2026-10".into(), "2026-11".into()],
                Every::Month
            )
        );
        let (v, _) = periods(Some("2026-Q4"), Some(Every::Month), today, 1).expect("periods");
        assert_eq!(names(&v), ["2026-10", "2026-11"]);
        // A month by quarter: the quarter that holds it.
        let (v, _) = periods(Some("2026-08"), Some(Every::Quarter), today, 1).expect("periods");
        assert_eq!(names(&v), ["2026-Q3", "2026-Q4"]);
    }

    #[test]
    fn a_since_after_today_or_not_a_period_is_refused() {
        let today = date_of("2026-11-27");
        let e = periods(Some("2027-Q1"), None, today, 1).expect_err("after today");
        assert!(
            e.to_string()
                .contains("is after the period holding today (2026-Q4)"),
            "{e}"
        );
        let e = periods(Some("soon"), None, today, 1).expect_err("not a period");
        assert_eq!(
            e.to_string(),
            "--since `soon` is not a period: write a quarter (2026-Q4) or a month (2026-11)"
        );
    }

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
