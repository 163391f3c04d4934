//! What a command that writes says about it: `ID PATH` on standard output,
//! a remark on standard error.

use super::fmt::{plural, relative_days};
use crate::lifecycle::draft::DeprecationDraft;
use crate::model::{Deprecation, IntakeStatus, Route};
use crate::ops::init::Made;
use crate::site::Site;
use crate::store::writer::Written;
use chrono::NaiveDate;
use std::path::Path;
use std::time::Duration;

/// The result line: the id and the file, for scripts.
pub fn line(w: &Written) -> String {
    format!("{} {}\n", w.id, w.path)
}

/// ", committed <12 hex digits>" after a `--commit`, else nothing.
pub fn committed(w: &Written) -> String {
    w.commit
        .as_deref()
        .map(|c| format!(", committed {}", c.get(..12).unwrap_or(c)))
        .unwrap_or_default()
}

/// "<done>, committed <sha>; next: <next>", as every write says it.
pub fn done(w: &Written, done: &str, next: &str) -> String {
    let next = if next.is_empty() {
        String::new()
    } else {
        format!("; next: {next}")
    };
    format!("{done}{}{next}", committed(w))
}

/// A dry run's verdict (its text goes to standard output).
pub fn dry_run(w: &Written) -> String {
    format!("{} is valid (dry run: nothing was written)", w.path)
}

/// An edit that found everything as asked already.
pub fn unchanged(w: &Written) -> String {
    format!("{} {}: nothing changed", w.id, w.path)
}

/// What `intake triage` did: the request's new status and route, or that
/// it was so already.
pub fn triaged(w: &Written, status: IntakeStatus, route: Route) -> String {
    let what = if w.written {
        "triaged"
    } else {
        "already so, unchanged:"
    };
    format!("{what} {}: {status}, route {route}{}", w.id, committed(w))
}

/// What `exception approve` did: by whom, from when, until when (the
/// expiry the file now holds, when it could be read back).
pub fn approved(
    w: &Written,
    by: &str,
    granted: NaiveDate,
    expires: Option<NaiveDate>,
    today: NaiveDate,
) -> String {
    match expires {
        Some(x) => format!(
            "{} approved by {by}, granted {granted}, expires {x} ({})",
            w.id,
            relative_days((x - today).num_days())
        ),
        None => format!("{} approved by {by}", w.id),
    }
}

/// The warning after a deprecation is marked completed while consumers
/// are still to move.
pub fn completed_with_consumers(d: &Deprecation) -> String {
    format!(
        "{} is completed with {} consumer(s) still pending or in progress",
        d.id.value,
        d.remaining()
    )
}

/// What `deprecation new` did: what is deprecated, where, the sunset and
/// how far off it is, and how many consumers have to move.
pub fn announced(w: &Written, thing: &str, d: &DeprecationDraft, today: NaiveDate) -> String {
    let n = d.consumers.len();
    format!(
        "announced {} in {}: sunset {} ({}), {n} consumer{} to move, all pending",
        thing,
        w.path,
        d.sunset,
        relative_days((d.sunset - today).num_days()),
        if n == 1 { "" } else { "s" }
    )
}

/// What `platctl init` did: the repository it made, the catalog and what
/// to run next.
pub fn initialized(dir: &Path, made: &Made) -> Vec<String> {
    let mut out = Vec::new();
    if made.git_init {
        out.push(format!(
            "made {} a git repository (its history feeds trends and the changelog)",
            dir.display()
        ));
    }
    out.push(format!(
        "made a catalog at {} ({}); next: `platctl -C {} lint`",
        dir.display(),
        plural(made.written.len(), "file", "files"),
        dir.display()
    ));
    out
}

/// What `site build` wrote: how many files, where, how many pages of each
/// kind, and (with -v) how long it took.
pub fn site(n: usize, out: &Path, s: &Site, took: Option<Duration>) -> String {
    format!(
        "wrote {n} files to {} ({} pages of services, {} of capabilities, {} of teams){}",
        out.display(),
        s.services.len(),
        s.capabilities.len(),
        s.teams.len(),
        took.map(|d| format!(" in {d:.0?}")).unwrap_or_default()
    )
}
