//! `platctl export tables`: the catalog as typed tables (Parquet, JSON Lines
//! or CSV) and a manifest, optionally with a set of rows per period end read
//! from git history.

use crate::commands::kpi::{self as kpi_cmd, Every};
use crate::commands::Env;
use crate::export::{history, manifest, tables, Format, Table};
use crate::kpi;
use crate::model::{Period, Quarter};
use crate::Outcome;
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl export tables -o warehouse/                     today's catalog as Parquet
  platctl export tables -o out --format csv               CSV, safe to open in a spreadsheet
  platctl export tables -o out --since 2025-Q1            plus a set of rows per quarter end, from git
  platctl export tables -o out --since 2026-01 --every month --format jsonl

One file per table (teams, services, capabilities, adoption, roadmap_items, deprecations,
deprecation_consumers, exceptions, intake, kpi_values, scorecard_levels, scorecard_outcomes) and
manifest.json (columns, types, row counts, revision, today). With --since, every table but kpi_values
gets an `as_of` column: the catalog at the last commit on or before each period's end (today's
catalog for the period not over yet), and kpi_values a row per KPI per period.
Exit status: 0 written, 2 could not write.")]
pub struct Args {
    /// The directory to write into (made when missing; files in it are replaced)
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: PathBuf,
    /// File format (default: parquet)
    #[arg(long, value_enum, default_value_t = Format::Parquet)]
    pub format: Format,
    /// The first period of history: a quarter (2025-Q1) or a month (2026-01)
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
    /// A set of rows per quarter or per month (default: quarter, or month when --since is a month)
    #[arg(long, value_enum)]
    pub every: Option<Every>,
}

fn parse_period(s: &str) -> Result<Period> {
    Period::parse(s.trim()).ok_or_else(|| {
        anyhow!("--since `{s}` is not a period: write a quarter (2026-Q4) or a month (2026-11)")
    })
}

fn month_of(d: NaiveDate) -> Period {
    Period::Month {
        year: chrono::Datelike::year(&d),
        month: chrono::Datelike::month(&d),
    }
}

/// The periods of the tables: the one holding today, or every one from
/// `--since` to it.
fn periods(a: &Args, today: NaiveDate, fy: u32) -> Result<(Vec<Period>, Every)> {
    let since = a.since.as_deref().map(parse_period).transpose()?;
    let every = a.every.unwrap_or(match since {
        Some(Period::Month { .. }) => Every::Month,
        _ => Every::Quarter,
    });
    let now = match every {
        Every::Quarter => Period::Quarter(Quarter::of(today, fy)),
        Every::Month => month_of(today),
    };
    let Some(since) = since else {
        return Ok((vec![now], every));
    };
    let since = match (every, since) {
        (Every::Quarter, p) => Period::Quarter(p.quarter(fy)),
        (Every::Month, Period::Month { .. }) => since,
        (Every::Month, Period::Quarter(q)) => month_of(q.start(fy)),
    };
    if since > now {
        bail!("--since {since} is after the period holding today ({now}): give an earlier one");
    }
    let v = kpi::periods_between(since, now);
    if v.last() != Some(&now) {
        bail!(
            "--since {since}: at most {} periods of history in one export",
            kpi::MAX_TREND_PERIODS
        );
    }
    Ok((v, every))
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let mut src = kpi_cmd::open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let today = env.today;
    let (periods, every) = periods(&a, today, fy)?;
    let with_history = a.since.is_some();
    let revision = src.history.as_ref().ok().map(|h| h.tip().id.clone());

    // The past states of the snapshot tables: each period that ended
    // before today, at its last day.
    let past: Vec<NaiveDate> = periods
        .iter()
        .map(|p| p.end(fy))
        .filter(|d| *d < today)
        .collect();
    let states = if with_history && !past.is_empty() {
        let h = src
            .history
            .as_mut()
            .map_err(|why| anyhow!("--since needs the catalog's git history, and {why}"))?;
        let states = env.spinning(
            &format!("reading the catalog at {} period ends", past.len()),
            || h.catalogs_on(&past, &crate::history::NoProgress),
        )?;
        Some(states)
    } else {
        if with_history {
            if let Err(why) = &src.history {
                bail!("--since needs the catalog's git history, and {why}");
            }
        }
        None
    };

    // KPI values, as `platctl kpi` (--trend) computes them.
    let snaps = kpi_cmd::snapshots(env, &mut src, &periods)?;
    let current = src.current();
    let kpis = kpi::resolve(&src.config);
    let ctx = kpi::Ctx::new(&current, today, &snaps);
    let kpi_rows = kpi::trend(&kpis, &ctx, &periods);
    let kpi_table = tables::kpi_values(&kpi_rows, fy);

    // Snapshot tables: today's, and each past state's (states in parallel,
    // each catalog assembled once and dropped when its tables are built).
    let mut dated: Vec<(NaiveDate, Vec<Table>)> = vec![(today, tables::snapshot(&current, today))];
    if let Some(states) = states {
        for (d, r) in &states.days {
            if let Err(why) = r {
                env.warn(&format!("no rows as of {d}: {why}"));
            }
        }
        dated.extend(past_tables(states));
    }
    let as_of: Vec<String> = {
        let mut v: Vec<NaiveDate> = dated.iter().map(|(d, _)| *d).collect();
        v.sort();
        v.into_iter().map(manifest::day).collect()
    };
    let mut all = if with_history {
        history::stack(dated)
    } else {
        dated.pop().map(|(_, t)| t).unwrap_or_default()
    };
    let at = all
        .iter()
        .position(|t| t.name == tables::SCORECARD_LEVELS.name)
        .unwrap_or(all.len());
    all.insert(at, kpi_table);

    write_all(env, &a, &all, revision, &periods, every, as_of)?;
    // The process is about to end: the OS takes the catalogs back faster.
    std::mem::forget(src);
    std::mem::forget(current);
    Ok(Outcome::Ok)
}

/// The snapshot tables of each past day that has a state, in parallel by commit.
fn past_tables(states: crate::history::PastStates) -> Vec<(NaiveDate, Vec<Table>)> {
    use rayon::prelude::*;
    let crate::history::PastStates { days, files } = states;
    let mut by_commit: Vec<(String, crate::history::WorkingFiles, Vec<NaiveDate>)> = files
        .into_iter()
        .map(|(id, f)| {
            let ds = days
                .iter()
                .filter(|(_, c)| c.as_ref().is_ok_and(|c| c.id == id))
                .map(|(d, _)| *d)
                .collect();
            (id, f, ds)
        })
        .collect();
    by_commit.sort_by(|a, b| a.0.cmp(&b.0));
    by_commit
        .into_par_iter()
        .flat_map_iter(|(_, f, ds)| {
            let cat = f.assemble();
            let out: Vec<(NaiveDate, Vec<Table>)> = ds
                .into_iter()
                .map(|d| (d, tables::snapshot(&cat, d)))
                .collect();
            out
        })
        .collect()
}

fn write_all(
    env: &Env,
    a: &Args,
    all: &[Table],
    revision: Option<String>,
    periods: &[Period],
    every: Every,
    as_of: Vec<String>,
) -> Result<()> {
    use rayon::prelude::*;
    let dir = if a.output.is_absolute() {
        a.output.clone()
    } else {
        env.cwd.join(&a.output)
    };
    crate::store::atomic::ensure_dir(&dir)
        .with_context(|| format!("cannot make the directory {}", dir.display()))?;
    let format = a.format;
    let results: Vec<Result<usize>> = all
        .par_iter()
        .map(|t| {
            let bytes = format.write(t).map_err(|e| anyhow!(e))?;
            let path = dir.join(format!("{}.{}", t.name, format.extension()));
            crate::store::atomic::write_file(&path, &bytes, true)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(t.rows.len())
        })
        .collect();
    let mut rows = 0;
    for r in results {
        rows += r?;
    }
    let m = manifest::Manifest {
        version: 1,
        today: manifest::day(env.today),
        revision,
        format,
        since: a.since.as_ref().and(periods.first()).map(|p| p.to_string()),
        every: a.since.as_ref().map(|_| match every {
            Every::Quarter => "quarter",
            Every::Month => "month",
        }),
        as_of,
        tables: all
            .iter()
            .map(|t| manifest::TableEntry::of(t, format))
            .collect(),
    };
    let path = dir.join("manifest.json");
    crate::store::atomic::write_file(&path, manifest::to_json(&m).as_bytes(), true)
        .with_context(|| format!("cannot write {}", path.display()))?;
    env.note(&format!(
        "wrote {} tables ({rows} rows) and manifest.json to {}",
        all.len(),
        dir.display()
    ));
    Ok(())
}
