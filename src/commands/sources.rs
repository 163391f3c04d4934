//! The catalog and its history for commands that compute KPIs
//! (`kpi::Sources`), with a spinner, a progress bar and `-v`'s timings.

use crate::app::Env;
use crate::kpi::{Snapshots, Sources};
use crate::model::Period;
use crate::output::progress::{self, HistoryBar};
use anyhow::Result;
use std::time::Instant;

/// Loads the catalog (the working tree, or `rev`) and opens its history.
pub(crate) fn open(env: &Env, rev: Option<&str>) -> Result<Sources> {
    let started = Instant::now();
    let root = env.root()?;
    let src = Sources::open(
        &root,
        rev,
        |h| env.spinning(&format!("loading {}", root.display()), || h.working_files()),
        || env.load_quietly(),
    )?;
    // (Env::load says this itself outside git.)
    if env.verbose && src.history.is_ok() {
        let (files, entities) = src.loaded();
        env.note(&format!(
            "loaded {}, {} in {:.0?}",
            crate::output::fmt::plural(files, "file", "files"),
            crate::output::fmt::plural(entities, "entity", "entities"),
            started.elapsed()
        ));
    }
    Ok(src)
}

/// The catalog as it stands, with a warning for each file it leaves out
/// (lint's hint only for the working tree, not a `--rev`).
pub(crate) fn current(env: &Env, src: &mut Sources) -> std::sync::Arc<crate::catalog::Catalog> {
    let cat = src.current();
    env.warn_left_out(&cat, src.rev.is_none());
    cat
}

/// Reads the catalog at the end of every past period the given periods need
/// (a progress bar on a terminal when there are several commits).
pub(crate) fn snapshots(env: &Env, src: &mut Sources, periods: &[Period]) -> Result<Snapshots> {
    let bar = HistoryBar::new(env.shows_progress(), src.states_to_read(periods, env.today));
    let snaps = src.snapshots(periods, env.today, &bar)?;
    bar.finish();
    Ok(snaps)
}

/// With -v: commits read and how the blob cache did, since `started`.
pub(crate) fn report_cache(env: &Env, src: &Sources, started: Instant) {
    if let (true, Some(s)) = (env.verbose, src.history_stats()) {
        env.note(&progress::history_stats(&s, started.elapsed()));
    }
}
