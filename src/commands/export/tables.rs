//! `platctl export tables`: the catalog as typed tables (Parquet, JSON Lines
//! or CSV) and a manifest, optionally with a set of rows per period end read
//! from git history.

use crate::app::Env;
use crate::cli::export::TablesArgs;
use crate::export::history::periods as history_periods;
use crate::export::write::{self, past_states, Output, State};
use crate::export::{manifest, tables};
use crate::kpi;
use crate::model::Period;
use crate::Outcome;
use anyhow::{bail, Result};
use chrono::NaiveDate;

pub fn run(env: &Env, a: TablesArgs) -> Result<Outcome> {
    let mut src = crate::commands::sources::open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let today = env.today;
    let (periods, every) = history_periods(a.since.as_deref(), a.every, today, fy)?;
    let with_history = a.since.is_some();
    if let (true, Err(why)) = (with_history, &src.history) {
        bail!("--since needs the catalog's git history, and {why}");
    }
    let revision = src.history.as_ref().ok().map(|h| h.tip().id.clone());

    let bar = progress_bar(env, &src);
    let mut states = read_past(env, &mut src, &periods, with_history, &bar)?;

    // The states KPIs read (the snapshot kinds at each period end).
    let snaps = src.snapshots(&periods, today, &bar)?;
    let current = src.current();
    // The blob cache is not needed any more: each state holds its own
    // parses, freed once it is written, and the catalog as it stands is
    // assembled. (Freed on another core.)
    let history = src.close_history();
    rayon::spawn(move || drop(history));
    states.push(State::Now);
    let kpis = kpi::registry::for_catalog(&current);
    let targets: Vec<String> = kpi::scorecard_targets(&kpis).map(str::to_string).collect();

    let dir = if a.output.is_absolute() {
        a.output.clone()
    } else {
        env.cwd.join(&a.output)
    };
    let mut out = Output::open(&dir, a.format, with_history)?;
    // The tables of every state; scorecard target KPIs take their values
    // from the same results (the memo serves the states they still score).
    let memo = crate::scorecard::Memo::default();
    // KPI values, as `platctl kpi` (--trend) computes them, while the last
    // state's tables are written.
    let (dated, kpi_rows, left_out) = write::states(
        &mut out,
        states,
        &current,
        &memo,
        today,
        with_history,
        &targets,
        &bar,
        |scored, known| {
            let ctx = kpi::Ctx::knowing(&current, today, &snaps, known)
                .with_scorecard_memo(&memo)
                .with_scored_states(scored);
            let rows = kpi::trend(&kpis, &ctx, &periods);
            // The process is about to end: the OS takes its catalogs back faster.
            std::mem::forget(ctx);
            rows
        },
    )?;
    out.rows(&tables::kpi_values(&kpi_rows, fy), None)?;
    let done = out.finish()?;
    bar.finish();
    for w in crate::output::export::left_out(&left_out, today, with_history) {
        env.warn(&w);
    }
    let history = with_history.then(|| (periods.first().copied(), every, dated.as_slice()));
    let m = manifest::Manifest::of(a.format, today, revision, history, &done.counts);
    let manifest = manifest::to_json(&m);
    let (tables, rows) = (done.counts.len(), done.rows);
    done.commit(manifest.as_bytes())?;
    env.note(&format!(
        "wrote {tables} tables ({rows} rows) and manifest.json to {}",
        dir.display()
    ));
    // The process is about to end: the OS takes the catalogs back faster.
    std::mem::forget(kpi_rows);
    std::mem::forget(snaps);
    std::mem::forget(src);
    std::mem::forget(current);
    std::mem::forget(memo);
    Ok(Outcome::Ok)
}

/// One bar on a terminal, from reading the history to the last state's
/// tables.
fn progress_bar(env: &Env, src: &crate::kpi::Sources) -> crate::output::progress::HistoryBar {
    crate::output::progress::HistoryBar::labelled(
        env.shows_progress(),
        "export",
        if src.history.is_ok() {
            "reading the catalog's history"
        } else {
            "writing the tables"
        },
    )
}

/// The past states of the snapshot tables: each period that ended before
/// today, at its last day, read through the blob cache.
fn read_past(
    env: &Env,
    src: &mut crate::kpi::Sources,
    periods: &[Period],
    with_history: bool,
    bar: &crate::output::progress::HistoryBar,
) -> Result<Vec<State>> {
    let (fy, today) = (src.config.fiscal_year_start_month, env.today);
    let past: Vec<NaiveDate> = periods
        .iter()
        .map(|p| p.end(fy))
        .filter(|d| *d < today)
        .collect();
    if with_history && !past.is_empty() {
        let Some(read) = src.read_history(|h| h.catalogs_on(&past, bar)) else {
            return Ok(Vec::new());
        };
        let read = read?;
        for (d, r) in &read.days {
            if let Err(why) = r {
                bar.suspend(|| env.warn(&format!("no rows as of {d}: {why}")));
            }
        }
        return Ok(past_states(read));
    }
    Ok(Vec::new())
}
