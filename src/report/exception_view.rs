//! What `exception list` and `exception show` say, as data: the renderers
//! in `output::exception` lay it out as a table, CSV or text, and JSON is
//! these structs as they are.

use super::exception_status::{days_left, exemptions, expires_within, Exemption};
use crate::catalog::Catalog;
use crate::model::{Exception, ExceptionState};
use chrono::NaiveDate;
use serde::Serialize;

/// An exception with its state and days left as of the day.
#[derive(Serialize)]
pub struct ExceptionRow<'a> {
    #[serde(flatten)]
    pub exception: &'a Exception,
    pub state: ExceptionState,
    pub days_left: Option<i64>,
}

/// `exception list`, in id order.
#[derive(Serialize)]
pub struct ExceptionList<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub exceptions: Vec<ExceptionRow<'a>>,
}

/// Which exceptions a listing keeps (empty or `None`: all).
pub struct ListFilter<'f> {
    /// Only approved ones that expire within so many days (not yet expired).
    pub expiring: Option<u32>,
    pub states: &'f [String],
    /// Only those waiving this standard (a capability id).
    pub standard: Option<&'f str>,
    pub team: Option<&'f str>,
}

fn row<'a>(cat: &Catalog, e: &'a Exception, today: NaiveDate) -> ExceptionRow<'a> {
    ExceptionRow {
        exception: e,
        state: e.state(today, cat.config.policy.exception_warn_days),
        days_left: days_left(e, today),
    }
}

pub fn list<'a>(cat: &'a Catalog, today: NaiveDate, f: &ListFilter) -> ExceptionList<'a> {
    let mut rows: Vec<ExceptionRow> = cat
        .exceptions
        .iter()
        .filter(|e| {
            f.expiring
                .is_none_or(|n| expires_within(e, today, i64::from(n)))
        })
        .filter(|e| f.standard.is_none_or(|s| e.waived() == s))
        .filter(|e| f.team.is_none_or(|t| t == e.team.value))
        .map(|e| row(cat, e, today))
        .filter(|r| f.states.is_empty() || f.states.iter().any(|s| s == r.state.as_str()))
        .collect();
    rows.sort_by(|x, y| x.exception.id.value.cmp(&y.exception.id.value));
    ExceptionList {
        version: 1,
        as_of: today,
        exceptions: rows,
    }
}

/// `exception show`.
#[derive(Serialize)]
pub struct ExceptionShow<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub exception: ExceptionRow<'a>,
    /// Deprecation consumers exempt under it.
    pub exempts: Vec<Exemption>,
    /// What it waives, for people: the capability with its name and
    /// lifecycle, or the scorecard rule (JSON has the ids in `exception`).
    #[serde(skip)]
    pub waives: String,
}

pub fn show<'a>(cat: &'a Catalog, e: &'a Exception, today: NaiveDate) -> ExceptionShow<'a> {
    let waives = match (e.standard_id(), e.rule.as_ref()) {
        (Some(id), _) => match cat.capability(id) {
            Some(c) => format!("{} — {} ({})", c.id.value, c.name.value, c.lifecycle.value),
            None => format!("{id} (not a known capability)"),
        },
        (None, Some(r)) => format!("scorecard rule {}", r.value),
        (None, None) => String::new(),
    };
    ExceptionShow {
        version: 1,
        as_of: today,
        exception: row(cat, e, today),
        exempts: exemptions(cat, &e.id.value),
        waives,
    }
}
