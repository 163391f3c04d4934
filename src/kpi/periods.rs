//! Which periods a KPI listing covers: `--period`, or a trend from
//! `--since` to it, by quarter or by month. "Today" is a parameter.

use crate::model::{Period, Quarter};
use chrono::{Datelike, NaiveDate};

/// A row per quarter or per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Every {
    Quarter,
    Month,
}

/// A period given on the command line that is not one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("{flag} `{value}` is not a period: write a quarter (2026-Q4) or a month (2026-11)")]
    NotAPeriod { flag: &'static str, value: String },
    #[error("--since {since} is after the last period {until}: give an earlier --since or a later --period")]
    SinceAfterUntil { since: Period, until: Period },
}

/// What a listing was asked for: `--period`, and for a trend `--since` and `--every`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ask<'a> {
    pub period: Option<&'a str>,
    pub trend: bool,
    pub since: Option<&'a str>,
    pub every: Option<Every>,
}

/// The periods of a listing: one (`period` is `Some`), or a trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The one period of a single-period listing; `None` for a trend.
    pub period: Option<Period>,
    /// Every period listed, oldest first.
    pub periods: Vec<Period>,
}

/// Parses a `--period`-like value given with `flag`.
pub fn parse(s: &str, flag: &'static str) -> Result<Period, PeriodError> {
    Period::parse(s.trim()).ok_or_else(|| PeriodError::NotAPeriod {
        flag,
        value: s.to_string(),
    })
}

/// `--period`, or the quarter that holds today.
pub fn period_or_quarter(
    arg: Option<&str>,
    today: NaiveDate,
    fy: u32,
) -> Result<Period, PeriodError> {
    match arg {
        Some(s) => parse(s, "--period"),
        None => Ok(Period::Quarter(Quarter::of(today, fy))),
    }
}

/// The month that holds a day.
pub fn month_of(d: NaiveDate) -> Period {
    Period::Month {
        year: d.year(),
        month: d.month(),
    }
}

/// The period of `every`'s kind that holds `p`; for a quarter counted in
/// months, its first month (`first`) or its last.
pub fn as_kind(p: Period, every: Every, fy: u32, first: bool) -> Period {
    match (every, p) {
        (Every::Quarter, _) => Period::Quarter(p.quarter(fy)),
        (Every::Month, Period::Month { .. }) => p,
        (Every::Month, Period::Quarter(q)) => month_of(if first { q.start(fy) } else { q.end(fy) }),
    }
}

/// The periods asked for. A trend runs from `since` (default: the last
/// four quarters, or twelve months) to `period` (default: the quarter, or
/// the month, that holds today), by `every` (default: months when `period`
/// is a month and `since` is not given, else quarters).
pub fn span(ask: Ask, today: NaiveDate, fy: u32) -> Result<Span, PeriodError> {
    let period = period_or_quarter(ask.period, today, fy)?;
    if !ask.trend {
        return Ok(Span {
            period: Some(period),
            periods: vec![period],
        });
    }
    let every = ask.every.unwrap_or(match (ask.since, period) {
        (None, Period::Month { .. }) => Every::Month,
        _ => Every::Quarter,
    });
    // Months run up to this month unless --period says otherwise.
    let until = match (ask.period, every) {
        (None, Every::Month) => month_of(today),
        _ => as_kind(period, every, fy, false),
    };
    let since = match ask.since {
        Some(s) => as_kind(parse(s, "--since")?, every, fy, true),
        None => {
            let back = if every == Every::Quarter { 3 } else { 11 };
            (0..back).fold(until, |p, _| p.prev())
        }
    };
    if since > until {
        return Err(PeriodError::SinceAfterUntil { since, until });
    }
    Ok(Span {
        period: None,
        periods: super::periods_between(since, until),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::model::parse_date(s).expect("date")
    }

    fn names(s: &Span) -> Vec<String> {
        s.periods.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn one_period_or_the_quarter_of_today() {
        let today = day("2026-11-27");
        let s = span(Ask::default(), today, 1).expect("span");
        assert_eq!(names(&s), ["2026-Q4"]);
        assert_eq!(s.period.map(|p| p.to_string()).as_deref(), Some("2026-Q4"));
        let ask = Ask {
            period: Some(" 2026-11 "),
            ..Ask::default()
        };
        assert_eq!(names(&span(ask, today, 1).expect("span")), ["2026-11"]);
    }

    #[test]
    fn trends_default_to_a_year_back() {
        let today = day("2026-11-27");
        let trend = Ask {
            trend: true,
            ..Ask::default()
        };
        let s = span(trend, today, 1).expect("span");
        assert_eq!(s.period, None);
        assert_eq!(names(&s), ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
        // By month: twelve months to this one.
        let months = Ask {
            every: Some(Every::Month),
            ..trend
        };
        let s = span(months, today, 1).expect("span");
        assert_eq!(s.periods.len(), 12);
        assert_eq!(names(&s)[0], "2025-12");
        assert_eq!(names(&s)[11], "2026-11");
        // A month --period makes a monthly trend; a quarter --since counts from its first month.
        let s = span(
            Ask {
                period: Some("2026-03"),
                since: Some("2026-Q1"),
                every: Some(Every::Month),
                ..trend
            },
            today,
            1,
        )
        .expect("span");
        assert_eq!(names(&s), ["2026-01", "2026-02", "2026-03"]);
        let s = span(
            Ask {
                period: Some("2026-03"),
                ..trend
            },
            today,
            1,
        )
        .expect("span");
        assert_eq!(names(&s)[11], "2026-03");
    }

    #[test]
    fn wrong_periods_say_what_to_write() {
        let today = day("2026-11-27");
        let e = span(
            Ask {
                period: Some("Q5"),
                ..Ask::default()
            },
            today,
            1,
        )
        .expect_err("not a period");
        assert_eq!(
            e.to_string(),
            "--period `Q5` is not a period: write a quarter (2026-Q4) or a month (2026-11)"
        );
        let e = span(
            Ask {
                trend: true,
                since: Some("2027-Q1"),
                ..Ask::default()
            },
            today,
            1,
        )
        .expect_err("since after until");
        assert_eq!(
            e.to_string(),
            "--since 2027-Q1 is after the last period 2026-Q4: give an earlier --since or a later --period"
        );
    }
}
