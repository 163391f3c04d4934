//! `platctl export tables`: the catalog as typed tables (Parquet, JSON Lines
//! or CSV) and a manifest, optionally with a set of rows per period end read
//! from git history.

use crate::catalog::Catalog;
use crate::commands::kpi::Every;
use crate::commands::Env;
use crate::export::manifest::Counted;
use crate::export::sink::Sink;
use crate::export::{history, manifest, tables, Format, Prefix, Table};
use crate::kpi;
use crate::model::{Period, Quarter};
use crate::Outcome;
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # today's catalog as Parquet
  platctl export tables -o warehouse/
  # CSV, safe to open in a spreadsheet
  platctl export tables -o out --format csv
  # plus a set of rows per quarter end, read from git
  platctl export tables -o out --since 2025-Q1
  platctl export tables -o out --since 2026-01 --every month \\
      --format jsonl

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
    let mut src = crate::commands::sources::open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let today = env.today;
    let (periods, every) = periods(&a, today, fy)?;
    let with_history = a.since.is_some();
    if let (true, Err(why)) = (with_history, &src.history) {
        bail!("--since needs the catalog's git history, and {why}");
    }
    let revision = src.history.as_ref().ok().map(|h| h.tip().id.clone());

    // The past states of the snapshot tables: each period that ended
    // before today, at its last day, read through the blob cache.
    let past: Vec<NaiveDate> = periods
        .iter()
        .map(|p| p.end(fy))
        .filter(|d| *d < today)
        .collect();
    let mut states = Vec::new();
    if let (true, false, Ok(h)) = (with_history, past.is_empty(), &mut src.history) {
        let read = env.spinning(
            &format!("reading the catalog at {} period ends", past.len()),
            || h.catalogs_on(&past, &crate::history::NoProgress),
        )?;
        for (d, r) in &read.days {
            if let Err(why) = r {
                env.warn(&format!("no rows as of {d}: {why}"));
            }
        }
        states = past_states(read);
    }

    // KPI values, as `platctl kpi` (--trend) computes them.
    let snaps = crate::commands::sources::snapshots(env, &mut src, &periods)?;
    let current = src.current();
    let kpis = kpi::registry::for_catalog(&current);
    // One memo for every scorecard evaluation: KPIs and tables score the
    // same states.
    let memo = crate::scorecard::Memo::default();
    let ctx = kpi::Ctx::new(&current, today, &snaps).with_scorecard_memo(&memo);
    let kpi_rows = kpi::trend(&kpis, &ctx, &periods);
    let kpi_table = tables::kpi_values(&kpi_rows, fy);
    memo.pin();
    // The states KPIs read are not needed any more, nor the blob cache:
    // each state holds its own parses, freed once it is written, and the
    // catalog as it stands is assembled. (Freed on another core.)
    drop(ctx);
    drop(snaps);
    let history = src.close_history();
    rayon::spawn(move || drop(history));
    states.push(State::Now);

    let dir = if a.output.is_absolute() {
        a.output.clone()
    } else {
        env.cwd.join(&a.output)
    };
    let mut out = Output::open(&dir, a.format, with_history)?;
    // States in date order: each catalog assembled and its scorecards
    // evaluated (on every core) while the state before is written, its
    // tables built and written to their files in parallel; the rows borrow
    // the catalog's text, and go with it.
    let mut sources: Vec<Option<crate::history::WorkingFiles>> = Vec::new();
    let mut jobs: Vec<(usize, NaiveDate)> = Vec::new();
    for (ix, s) in states.into_iter().enumerate() {
        match s {
            State::Past(files, days) => {
                sources.push(Some(files));
                jobs.extend(days.into_iter().map(|d| (ix, d)));
            }
            State::Now => {
                sources.push(None);
                jobs.push((ix, today));
            }
        }
    }
    // The catalog of the state last prepared (a commit that stands for
    // several days is assembled once).
    let mut held: Option<(usize, Arc<Catalog>)> = None;
    let mut prepare = |(ix, day): (usize, NaiveDate)| {
        let cat = match &held {
            Some((i, c)) if *i == ix => c.clone(),
            _ => {
                let c = match sources.get_mut(ix).and_then(Option::take) {
                    Some(files) => Arc::new(files.assemble()),
                    None => current.clone(),
                };
                held = Some((ix, c.clone()));
                c
            }
        };
        // A state's entities mostly reuse the previous state's results.
        memo.rotate();
        let scored = tables::evaluate_scorecards(&cat, day, &memo);
        Prepared { cat, day, scored }
    };
    let mut dated: Vec<NaiveDate> = Vec::new();
    let mut jobs = jobs.into_iter();
    let mut next = jobs.next().map(&mut prepare);
    while let Some(p) = next.take() {
        let day = p.day;
        let (written, prepared) = rayon::join(
            || {
                let r = out.state(&p, with_history);
                drop(p);
                r
            },
            || jobs.next().map(&mut prepare),
        );
        written?;
        dated.push(day);
        next = prepared;
    }
    out.rows(&kpi_table, None)?;
    let (counts, rows) = out.finish()?;

    let m = manifest::Manifest {
        version: 1,
        today: manifest::day(today),
        revision,
        format: a.format,
        since: a.since.as_ref().and(periods.first()).map(|p| p.to_string()),
        every: a.since.as_ref().map(|_| match every {
            Every::Quarter => "quarter",
            Every::Month => "month",
        }),
        as_of: if with_history {
            dated.iter().map(|d| manifest::day(*d)).collect()
        } else {
            vec![manifest::day(today)]
        },
        tables: counts
            .iter()
            .map(|t| manifest::TableEntry::of(t, a.format))
            .collect(),
    };
    let path = dir.join("manifest.json");
    crate::store::atomic::write_file(&path, manifest::to_json(&m).as_bytes(), true)
        .with_context(|| format!("cannot write {}", path.display()))?;
    env.note(&format!(
        "wrote {} tables ({rows} rows) and manifest.json to {}",
        counts.len(),
        dir.display()
    ));
    // The process is about to end: the OS takes the catalogs back faster.
    std::mem::forget(src);
    std::mem::forget(current);
    std::mem::forget(memo);
    Ok(Outcome::Ok)
}

/// A state to write: a past commit's files and the days it stands for, or
/// the catalog as it stands (today).
enum State {
    Past(crate::history::WorkingFiles, Vec<NaiveDate>),
    Now,
}

/// The past days that have a state, by commit, in date order (a commit
/// stands for consecutive days: the last one on or before each).
fn past_states(read: crate::history::PastStates) -> Vec<State> {
    let crate::history::PastStates { days, mut files } = read;
    let mut out: Vec<(String, Vec<NaiveDate>)> = Vec::new();
    for (d, c) in days {
        let Ok(c) = c else { continue };
        match out.last_mut() {
            Some((id, ds)) if *id == c.id => ds.push(d),
            _ => out.push((c.id, vec![d])),
        }
    }
    out.into_iter()
        .filter_map(|(id, ds)| files.remove(&id).map(|f| State::Past(f, ds)))
        .collect()
}

/// A state ready to write: its catalog, its day and its scorecards' results.
struct Prepared {
    cat: Arc<Catalog>,
    day: NaiveDate,
    scored: Vec<Vec<crate::scorecard::Scored>>,
}

/// The table files being written, a sink per table, and the rows each got.
struct Output {
    files: Vec<TableFile>,
}

/// One table's file being written.
struct TableFile {
    pending: crate::store::atomic::PendingFile,
    sink: Sink<std::fs::File>,
    /// The table's name, key and columns (no rows).
    shape: Table<'static>,
    rows: usize,
}

impl TableFile {
    fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<()> {
        self.sink
            .rows(t, prefix)
            .map_err(|e| anyhow!("{}: {e}", t.name))?;
        self.rows += t.rows.len();
        Ok(())
    }
}

impl Output {
    fn open(dir: &std::path::Path, format: Format, with_history: bool) -> Result<Output> {
        crate::store::atomic::ensure_dir(dir)
            .with_context(|| format!("cannot make the directory {}", dir.display()))?;
        let mut files = Vec::new();
        for spec in tables::specs() {
            let mut shape = Table::new(spec);
            if with_history && spec.snapshot {
                shape.columns = history::dated_columns(spec.columns);
                shape.key.insert(0, history::AS_OF.name);
            }
            let path = dir.join(format!("{}.{}", spec.name, format.extension()));
            let pending = crate::store::atomic::PendingFile::create(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let sink = Sink::new(format, &shape.columns, pending.handle()?)
                .map_err(|e| anyhow!("cannot write {}: {e}", path.display()))?;
            files.push(TableFile {
                pending,
                sink,
                shape,
                rows: 0,
            });
        }
        Ok(Output { files })
    }

    /// Appends a whole table's rows to its file.
    fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<()> {
        self.files
            .iter_mut()
            .find(|f| f.shape.name == t.name)
            .ok_or_else(|| anyhow!("no file for table {}", t.name))?
            .rows(t, prefix)
    }

    /// Appends a state's snapshot tables on its day (with `as_of` first
    /// when with history): each table built and written, tables in parallel.
    fn state(&mut self, p: &Prepared, with_history: bool) -> Result<()> {
        use rayon::prelude::*;
        let cat: &Catalog = &p.cat;
        let (levels, outcomes) = tables::scorecard_tables(cat, &p.scored);
        let prefix = with_history.then_some(p.day);
        self.files
            .par_iter_mut()
            .try_for_each(|f| match f.shape.name {
                n if n == levels.name => f.rows(&levels, prefix),
                n if n == outcomes.name => f.rows(&outcomes, prefix),
                n => match tables::build(n, cat, p.day) {
                    Some(t) => f.rows(&t, prefix),
                    None => Ok(()),
                },
            })
    }

    /// Finishes and puts every file in place; the tables' shapes with their
    /// row counts (rows left empty) and the total.
    fn finish(self) -> Result<(Vec<Counted>, usize)> {
        let mut out = Vec::new();
        let mut total = 0;
        for f in self.files {
            let name = f.shape.name;
            f.sink
                .finish()
                .map_err(|e| anyhow!("cannot write {name}: {e}"))?;
            f.pending
                .commit()
                .with_context(|| format!("cannot write the table {name}"))?;
            total += f.rows;
            out.push(Counted {
                table: f.shape,
                rows: f.rows,
            });
        }
        Ok((out, total))
    }
}
