//! What `deprecation list` and `deprecation show` say, as data: the
//! renderers in `output::deprecation` lay it out as a table, CSV or text,
//! and JSON is these structs as they are.

use super::deprecation_status::{burn_down, from_file, migration, BurnPoint, Migration};
use super::exception_status::days_left;
use crate::catalog::Catalog;
use crate::git::FileVersion;
use crate::model::{Deprecation, ExceptionState};
use chrono::NaiveDate;
use serde::Serialize;

/// A deprecation with its migration as of the day.
#[derive(Serialize)]
pub struct DeprecationRow<'a> {
    #[serde(flatten)]
    pub deprecation: &'a Deprecation,
    #[serde(flatten)]
    pub migration: Migration,
}

/// `deprecation list`, in id order.
#[derive(Serialize)]
pub struct DeprecationList<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub deprecations: Vec<DeprecationRow<'a>>,
}

/// Which deprecations a listing keeps (empty or `None`: all).
pub struct ListFilter<'f> {
    pub states: &'f [String],
    pub capability: Option<&'f str>,
    /// Only those where this team still has consumers to move.
    pub team: Option<&'f str>,
}

pub fn list<'a>(cat: &'a Catalog, today: NaiveDate, f: &ListFilter) -> DeprecationList<'a> {
    let mut rows: Vec<DeprecationRow> = cat
        .deprecations
        .iter()
        .filter(|d| f.capability.is_none_or(|c| c == d.capability.value))
        .map(|d| DeprecationRow {
            deprecation: d,
            migration: migration(cat, d, today),
        })
        .filter(|r| f.states.is_empty() || f.states.iter().any(|s| s == r.migration.state.as_str()))
        .filter(|r| {
            f.team
                .is_none_or(|t| r.migration.remaining_by_team.iter().any(|x| x.team == t))
        })
        .collect();
    rows.sort_by(|x, y| x.deprecation.id.value.cmp(&y.deprecation.id.value));
    DeprecationList {
        version: 1,
        as_of: today,
        deprecations: rows,
    }
}

/// A consumer as `show` tells it.
#[derive(Serialize)]
pub struct ConsumerView {
    pub service: String,
    /// None when the service is not in the catalog.
    pub team: Option<String>,
    pub status: String,
    pub exception: Option<String>,
    pub exception_state: Option<ExceptionState>,
}

#[derive(Serialize)]
pub struct ExceptionView {
    pub id: String,
    pub title: String,
    pub service: Option<String>,
    pub state: ExceptionState,
    pub expires: NaiveDate,
    pub days_left: Option<i64>,
}

/// `deprecation show`.
#[derive(Serialize)]
pub struct DeprecationShow<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub deprecation: DeprecationRow<'a>,
    pub consumers: Vec<ConsumerView>,
    pub exceptions: Vec<ExceptionView>,
    /// `git` when the burn-down was read from history, else `none`.
    pub history: &'static str,
    pub burn_down: Vec<BurnPoint>,
}

/// One deprecation in full. `versions` are its file's committed versions,
/// newest first (`None` outside git), for the burn-down.
pub fn show<'a>(
    cat: &'a Catalog,
    d: &'a Deprecation,
    today: NaiveDate,
    versions: Option<Vec<FileVersion>>,
) -> DeprecationShow<'a> {
    let warn = cat.config.policy.exception_warn_days;
    let consumers: Vec<ConsumerView> = d
        .consumers
        .iter()
        .map(|c| ConsumerView {
            service: c.service.value.clone(),
            team: cat.service(&c.service.value).map(|s| s.team.value.clone()),
            status: c.status.value.to_string(),
            exception: c.exception.as_ref().map(|e| e.value.clone()),
            exception_state: c
                .exception
                .as_ref()
                .and_then(|e| cat.exception(&e.value))
                .map(|e| e.state(today, warn)),
        })
        .collect();
    // Exceptions that consumers name, and any other that waives the deprecated capability.
    let mut exceptions: Vec<ExceptionView> = cat
        .exceptions
        .iter()
        .filter(|e| {
            e.waives_standard(&d.capability.value)
                || d.consumers
                    .iter()
                    .any(|c| c.exception.as_ref().is_some_and(|x| x.value == e.id.value))
        })
        .map(|e| ExceptionView {
            id: e.id.value.clone(),
            title: e.title.value.clone(),
            service: e.service.as_ref().map(|s| s.value.clone()),
            state: e.state(today, warn),
            expires: e.expires.value,
            days_left: days_left(e, today),
        })
        .collect();
    exceptions.sort_by(|x, y| x.id.cmp(&y.id));
    let history = if versions.is_some() { "git" } else { "none" };
    let past: Vec<(NaiveDate, String, Deprecation)> = versions
        .unwrap_or_default()
        .into_iter()
        .rev() // oldest first, so that one day's versions keep their order
        .filter_map(|v| Some((v.date, v.commit, from_file(&v.bytes?, &d.id.value)?)))
        .collect();
    DeprecationShow {
        version: 1,
        as_of: today,
        burn_down: burn_down(past, Some(d), today),
        deprecation: DeprecationRow {
            deprecation: d,
            migration: migration(cat, d, today),
        },
        consumers,
        exceptions,
        history,
    }
}
