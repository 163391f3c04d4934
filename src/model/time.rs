//! Dates, quarters (fiscal-year aware) and periods.
//!
//! A quarter is named after the fiscal year in which it ends: with a fiscal
//! year starting in July, 2027-Q1 runs from 2026-07-01 to 2026-09-30.

use chrono::{Datelike, Months, NaiveDate};
use std::fmt;

/// Parses a strict `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if !b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// A quarter `YYYY-Qn` of a fiscal year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    pub q: u8,
}

impl Quarter {
    pub fn parse(s: &str) -> Option<Quarter> {
        let (y, q) = s.split_once("-Q")?;
        if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) || q.len() != 1 {
            return None;
        }
        let q: u8 = q.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        Some(Quarter {
            year: y.parse().ok()?,
            q,
        })
    }

    /// First day of the quarter, for a fiscal year starting in `fy_start` (1..=12).
    pub fn start(self, fy_start: u32) -> NaiveDate {
        let fy_start = fy_start.clamp(1, 12);
        // The fiscal year `year` starts in calendar year `year - 1` when fy_start > 1.
        let start_year = if fy_start > 1 {
            self.year - 1
        } else {
            self.year
        };
        let base = NaiveDate::from_ymd_opt(start_year, fy_start, 1).unwrap_or(NaiveDate::MIN);
        base.checked_add_months(Months::new(3 * (u32::from(self.q) - 1)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Last day of the quarter.
    pub fn end(self, fy_start: u32) -> NaiveDate {
        self.next()
            .start(fy_start)
            .pred_opt()
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether the quarter holds a day. Arithmetic on the month only: KPIs
    /// ask this of every entity for every period of a trend.
    pub fn contains(self, d: NaiveDate, fy_start: u32) -> bool {
        Quarter::of(d, fy_start) == self
    }

    /// The quarter that holds a date.
    pub fn of(d: NaiveDate, fy_start: u32) -> Quarter {
        let fy_start = fy_start.clamp(1, 12) as i32;
        let m = d.month() as i32;
        // Months since the start of the fiscal year (0..12).
        let offset = (m - fy_start).rem_euclid(12);
        let fy = if fy_start > 1 && m >= fy_start {
            d.year() + 1
        } else {
            d.year()
        };
        Quarter {
            year: fy,
            q: (offset / 3 + 1) as u8,
        }
    }

    pub fn next(self) -> Quarter {
        if self.q == 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q + 1,
            }
        }
    }

    pub fn prev(self) -> Quarter {
        if self.q == 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q - 1,
            }
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-Q{}", self.year, self.q)
    }
}

/// A reporting period: a quarter or a calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Quarter(Quarter),
    Month { year: i32, month: u32 },
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        if let Some(q) = Quarter::parse(s) {
            return Some(Period::Quarter(q));
        }
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let month: u32 = m.parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Period::Month {
            year: y.parse().ok()?,
            month,
        })
    }

    pub fn start(self, fy_start: u32) -> NaiveDate {
        match self {
            Period::Quarter(q) => q.start(fy_start),
            Period::Month { year, month } => {
                NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
            }
        }
    }

    pub fn end(self, fy_start: u32) -> NaiveDate {
        match self {
            Period::Quarter(q) => q.end(fy_start),
            Period::Month { .. } => self
                .next()
                .start(fy_start)
                .pred_opt()
                .unwrap_or(NaiveDate::MAX),
        }
    }

    pub fn contains(self, d: NaiveDate, fy_start: u32) -> bool {
        match self {
            Period::Quarter(q) => q.contains(d, fy_start),
            Period::Month { year, month } => d.year() == year && d.month() == month,
        }
    }

    pub fn next(self) -> Period {
        match self {
            Period::Quarter(q) => Period::Quarter(q.next()),
            Period::Month { year, month: 12 } => Period::Month {
                year: year + 1,
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
        }
    }

    pub fn prev(self) -> Period {
        match self {
            Period::Quarter(q) => Period::Quarter(q.prev()),
            Period::Month { year, month: 1 } => Period::Month {
                year: year - 1,
                month: 12,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month - 1,
            },
        }
    }

    /// The quarter that holds this period (itself for a quarter).
    pub fn quarter(self, fy_start: u32) -> Quarter {
        match self {
            Period::Quarter(q) => q,
            Period::Month { .. } => Quarter::of(self.start(fy_start), fy_start),
        }
    }

    pub fn is_quarter(self) -> bool {
        matches!(self, Period::Quarter(_))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Quarter(q) => q.fmt(f),
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).expect("valid date")
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2026-11-27"), Some(d("2026-11-27")));
        assert_eq!(parse_date("2026-2-01"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-11-27x"), None);
        assert_eq!(parse_date("+026-11-27"), None);
    }

    #[test]
    fn calendar_quarters() {
        let q = Quarter::parse("2026-Q4").expect("quarter");
        assert_eq!(q.start(1), d("2026-10-01"));
        assert_eq!(q.end(1), d("2026-12-31"));
        assert_eq!(Quarter::of(d("2026-11-27"), 1), q);
        assert_eq!(q.next().to_string(), "2027-Q1");
        assert_eq!(q.prev().to_string(), "2026-Q3");
        assert_eq!(Quarter::parse("2026-Q5"), None);
        assert_eq!(Quarter::parse("26-Q1"), None);
    }

    #[test]
    fn fiscal_quarters_start_in_july() {
        let q1 = Quarter::parse("2027-Q1").expect("quarter");
        assert_eq!(q1.start(7), d("2026-07-01"));
        assert_eq!(q1.end(7), d("2026-09-30"));
        assert_eq!(Quarter::of(d("2026-07-01"), 7), q1);
        assert_eq!(Quarter::of(d("2026-06-30"), 7).to_string(), "2026-Q4");
        let q4 = Quarter::parse("2027-Q4").expect("quarter");
        assert_eq!(q4.start(7), d("2027-04-01"));
        assert_eq!(q4.end(7), d("2027-06-30"));
        assert_eq!(Quarter::of(d("2027-02-15"), 7).to_string(), "2027-Q3");
    }

    #[test]
    fn fiscal_quarter_starting_in_february() {
        let q = Quarter::parse("2027-Q4").expect("quarter");
        assert_eq!(q.start(2), d("2026-11-01"));
        assert_eq!(q.end(2), d("2027-01-31"));
        assert_eq!(Quarter::of(d("2027-01-31"), 2), q);
    }

    #[test]
    fn contains_agrees_with_the_first_and_last_days() {
        let periods: Vec<Period> = (2024..2028)
            .flat_map(|y| {
                (1..=4u8)
                    .map(move |q| Period::Quarter(Quarter { year: y, q }))
                    .chain((1..=12).map(move |m| Period::Month { year: y, month: m }))
            })
            .collect();
        for fy in [1, 2, 7, 10, 12] {
            let mut day = d("2024-01-01");
            while day < d("2027-12-31") {
                for p in &periods {
                    let by_bounds = p.start(fy) <= day && day <= p.end(fy);
                    assert_eq!(p.contains(day, fy), by_bounds, "{p} {day} fy {fy}");
                }
                day = day + chrono::Days::new(1);
            }
        }
    }

    #[test]
    fn months() {
        let p = Period::parse("2026-12").expect("month");
        assert_eq!(p.end(1), d("2026-12-31"));
        assert_eq!(p.next().to_string(), "2027-01");
        assert_eq!(p.quarter(1).to_string(), "2026-Q4");
        assert_eq!(Period::parse("2026-02").expect("m").end(1), d("2026-02-28"));
        assert_eq!(Period::parse("2026-13"), None);
    }
}
