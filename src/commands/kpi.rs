//! `platctl kpi`: every KPI for a period, or a trend over periods.

use super::Env;
use crate::catalog::{Catalog, Kind};
use crate::history::{History, WorkingFiles};
use crate::kpi::{self, Snapshot, Snapshots};
use crate::model::{Config, Period, Quarter};
use crate::output::kpi as out;
use crate::report::kpi::HistoryNote;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use clap::ValueEnum;
use std::sync::Arc;
use std::time::Instant;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # this quarter: value, target, status, previous, change
  platctl kpi
  # one quarter as JSON; one month
  platctl kpi --period 2026-Q3 --format json
  platctl kpi --period 2026-11
  # a row per quarter (or month) per KPI, read from git history
  platctl kpi --trend --since 2025-Q1
  platctl kpi --trend --every month --since 2026-01
  # the catalog as it was at a tag
  platctl kpi --rev v2026-q3
  # KPIs for Prometheus' textfile collector
  platctl kpi --format openmetrics > /var/lib/node_exporter/platctl.prom

Derived KPIs are computed from the catalog; observed ones are read from metrics/. Snapshot KPIs
(adoption-rate, adoption-growth, security-control-coverage, deprecation-progress) of a past period
are read from the last commit on or before its last day; outside git they are null, and the output
says why. Each KPI has a default target; platctl.yaml `kpis` overrides it.
Exit status: 0 whatever it shows.")]
pub struct Args {
    /// The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// Output format (default: table)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Read the catalog as it is at this git revision instead of the working tree
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// A row per period per KPI, from --since to --period
    #[arg(long)]
    pub trend: bool,
    /// With --trend: the first period (default: the last four quarters, or twelve months)
    #[arg(long, value_name = "PERIOD", requires = "trend")]
    pub since: Option<String>,
    /// With --trend: a row per quarter or per month (default: quarter)
    #[arg(long, value_enum, requires = "trend")]
    pub every: Option<Every>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Md,
    /// OpenMetrics text for Prometheus, Grafana Agent or Datadog
    Openmetrics,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Every {
    Quarter,
    Month,
}

/// Parses a `--period`-like value.
fn parse_period(s: &str, flag: &str) -> Result<Period> {
    Period::parse(s.trim()).ok_or_else(|| {
        anyhow!("{flag} `{s}` is not a period: write a quarter (2026-Q4) or a month (2026-11)")
    })
}

/// `--period`, or the quarter that holds today.
pub(crate) fn period_arg(arg: Option<&str>, today: chrono::NaiveDate, fy: u32) -> Result<Period> {
    match arg {
        Some(s) => parse_period(s, "--period"),
        None => Ok(Period::Quarter(Quarter::of(today, fy))),
    }
}

/// The month that holds a day.
fn month_of(d: chrono::NaiveDate) -> Period {
    Period::Month {
        year: chrono::Datelike::year(&d),
        month: chrono::Datelike::month(&d),
    }
}

/// The period of `every`'s kind that holds `p`; for a quarter counted in
/// months, its first month (`first`) or its last.
fn as_kind(p: Period, every: Every, fy: u32, first: bool) -> Period {
    match (every, p) {
        (Every::Quarter, _) => Period::Quarter(p.quarter(fy)),
        (Every::Month, Period::Month { .. }) => p,
        (Every::Month, Period::Quarter(q)) => month_of(if first { q.start(fy) } else { q.end(fy) }),
    }
}

/// The catalog as it stands and its history, opened once per command.
pub(crate) struct Sources {
    /// The settings of the catalog as it stands.
    pub config: Config,
    /// The catalog as it stands; an empty placeholder while `parsed` holds
    /// its files, which are assembled once history is read.
    current: Arc<Catalog>,
    parsed: Option<WorkingFiles>,
    pub history: std::result::Result<History, String>,
    /// The commit `--rev` named.
    pub rev: Option<String>,
    started: Instant,
}

impl Sources {
    /// The catalog as it stands (assembled now if it is not yet).
    pub fn current(&mut self) -> Arc<Catalog> {
        if let Some(w) = self.parsed.take() {
            self.current = Arc::new(w.assemble());
        }
        self.current.clone()
    }
}

/// Loads the catalog (the working tree, or `rev`) and opens its history.
/// With history, the working tree is parsed through the blob cache so that
/// snapshots reuse its parses, and assembled while history is read.
pub(crate) fn open(env: &Env, rev: Option<&str>) -> Result<Sources> {
    let started = Instant::now();
    let root = env.root()?;
    let mut history = History::open(&root, rev)?;
    let (current, parsed, rev) = match (&mut history, rev) {
        (Ok(h), Some(r)) => {
            let tip = h.tip().clone();
            let cat = h.catalog_at(&tip)?.ok_or_else(|| {
                anyhow!(
                    "--rev {r}: commit {} has no platctl.yaml where the catalog is",
                    tip.short()
                )
            })?;
            (cat, None, Some(tip.id))
        }
        (Ok(h), None) => {
            let w = env.spinning(&format!("loading {}", root.display()), || h.working_files())?;
            (Arc::default(), Some(w), None)
        }
        (Err(_), _) => (Arc::new(env.load()?), None, None),
    };
    let (config, (files, entities)) = match &parsed {
        Some(w) => (w.config(), w.counts()),
        None => (
            current.config.clone(),
            (current.files_read(), current.entity_count),
        ),
    };
    // (Env::load says this itself outside git.)
    if env.verbose && history.is_ok() {
        env.note(&format!(
            "loaded {}, {} in {:.0?}",
            crate::output::fmt::plural(files, "file", "files"),
            crate::output::fmt::plural(entities, "entity", "entities"),
            started.elapsed()
        ));
    }
    Ok(Sources {
        config,
        current,
        parsed,
        history,
        rev,
        started,
    })
}

/// Snapshot KPIs need the services, capabilities and deprecations only.
const SNAPSHOT_KINDS: &[Kind] = &[
    Kind::Team,
    Kind::Service,
    Kind::Capability,
    Kind::Deprecation,
    Kind::Exception,
    Kind::Metric,
    Kind::Scorecard,
];

/// Reads the catalog at the end of every past period the given periods need
/// (a progress bar on a terminal when there are several commits).
pub(crate) fn snapshots(env: &Env, src: &mut Sources, periods: &[Period]) -> Result<Snapshots> {
    let fy = src.config.fiscal_year_start_month;
    let need = kpi::history_periods(periods, env.today, fy);
    let mut snaps = Snapshots::new();
    let h = match &mut src.history {
        Ok(h) => h,
        Err(why) => {
            for p in need {
                snaps.insert(p, Err(why.clone()));
            }
            return Ok(snaps);
        }
    };
    let days: Vec<_> = need.iter().map(|p| p.end(fy)).collect();
    let bar = Bar::new(env, days.len());
    // Assembling the catalog as it stands is sequential work: it runs while
    // the other cores read the commits.
    let parsed = src.parsed.take();
    let (cat, states) = rayon::join(
        || parsed.map(WorkingFiles::assemble),
        || h.files_on(&days, SNAPSHOT_KINDS, &bar),
    );
    if let Some(cat) = cat {
        src.current = Arc::new(cat);
    }
    let states = states?;
    bar.finish();
    for (p, c) in need.into_iter().zip(states) {
        snaps.insert(
            p,
            c.map(|(commit, files)| Snapshot {
                files,
                date: commit.date(),
                commit: commit.id,
            }),
        );
    }
    Ok(snaps)
}

/// A progress bar on stderr while history is read, on a terminal only.
struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    /// Shown when several past states are to be read.
    fn new(env: &Env, states: usize) -> Bar {
        if !env.stderr_tty || env.quiet || states < 2 {
            return Bar(None);
        }
        let pb = indicatif::ProgressBar::new(0);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("history: {msg} [{bar:30}] {pos}/{len}")
        {
            pb.set_style(style.progress_chars("=> "));
        }
        pb.set_message(format!("finding the commits of {states} past periods"));
        pb.enable_steady_tick(std::time::Duration::from_millis(100));
        Bar(Some(pb))
    }

    fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

impl crate::history::Progress for Bar {
    fn phase(&self, what: &str, steps: usize) {
        if let Some(pb) = &self.0 {
            pb.set_position(0);
            pb.set_length(steps as u64);
            pb.set_message(what.to_string());
        }
    }
    fn done(&self, steps: usize) {
        if let Some(pb) = &self.0 {
            pb.inc(steps as u64);
        }
    }
}

/// With -v: commits read and how the blob cache did.
pub(crate) fn report_cache(env: &Env, src: &Sources) {
    if !env.verbose {
        return;
    }
    if let Ok(h) = &src.history {
        let s = h.stats();
        env.note(&format!(
            "history: {} commit trees read, {} file lookups: {} cache hits, {} misses ({:.1}% hit rate), {} distinct file versions parsed; {:.0?} in all",
            h.trees_read(),
            s.hits + s.misses,
            s.hits,
            s.misses,
            s.hit_rate() * 100.0,
            h.parsed_versions(),
            src.started.elapsed()
        ));
    }
}

/// Whether past states could be read, and why not.
pub(crate) fn history_note(src: &Sources) -> HistoryNote {
    HistoryNote {
        available: src.history.is_ok(),
        reason: src.history.as_ref().err().cloned(),
    }
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let format = a.format.unwrap_or(Format::Table);
    let mut src = open(env, a.rev.as_deref())?;
    let fy = src.config.fiscal_year_start_month;
    let period = period_arg(a.period.as_deref(), env.today, fy)?;
    let mut kpis = kpi::resolve(&src.config);
    let name = src.config.name.clone();
    let rev = a.rev.as_deref();
    let text = if a.trend {
        let every = a.every.unwrap_or(match (&a.since, period) {
            (None, Period::Month { .. }) => Every::Month,
            _ => Every::Quarter,
        });
        // Months run up to this month unless --period says otherwise.
        let until = match (&a.period, every) {
            (None, Every::Month) => month_of(env.today),
            _ => as_kind(period, every, fy, false),
        };
        let since = match &a.since {
            Some(s) => as_kind(parse_period(s, "--since")?, every, fy, true),
            None => {
                let back = if every == Every::Quarter { 3 } else { 11 };
                (0..back).fold(until, |p, _| p.prev())
            }
        };
        if since > until {
            bail!("--since {since} is after the last period {until}: give an earlier --since or a later --period");
        }
        let periods = kpi::periods_between(since, until);
        let snaps = snapshots(env, &mut src, &periods)?;
        let current = src.current();
        kpi::registry::add_scorecards(&mut kpis, &current);
        let ctx = kpi::Ctx::new(&current, env.today, &snaps);
        let rows = kpi::trend(&kpis, &ctx, &periods);
        match format {
            Format::Table => out::table(&rows, &name, None, env.today, rev, env.style, env.width()),
            Format::Md => out::markdown(&rows, &name, None, env.today, rev),
            Format::Csv => out::csv(&rows),
            Format::Openmetrics => crate::output::openmetrics::kpis(&rows),
            Format::Json => out::trend_json(
                &rows,
                &periods,
                env.today,
                src.rev.as_deref(),
                history_note(&src),
            ),
        }
    } else {
        let snaps = snapshots(env, &mut src, &[period])?;
        let current = src.current();
        kpi::registry::add_scorecards(&mut kpis, &current);
        let ctx = kpi::Ctx::new(&current, env.today, &snaps);
        let rows = kpi::evaluate(&kpis, &ctx, period);
        match format {
            Format::Table => out::table(
                &rows,
                &name,
                Some(period),
                env.today,
                rev,
                env.style,
                env.width(),
            ),
            Format::Md => out::markdown(&rows, &name, Some(period), env.today, rev),
            Format::Csv => out::csv(&rows),
            Format::Openmetrics => crate::output::openmetrics::kpis(&rows),
            Format::Json => out::json(
                &rows,
                period,
                env.today,
                src.rev.as_deref(),
                history_note(&src),
            ),
        }
    };
    report_cache(env, &src);
    // Freeing every parsed file and snapshot one by one costs more than the
    // work left; the process is about to end and the OS takes it all back.
    std::mem::forget(src);
    env.print_as(&text, format == Format::Table)?;
    Ok(Outcome::Ok)
}
