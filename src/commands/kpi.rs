//! `platctl kpi`: every KPI for a period, or a trend over periods.

use super::sources::{open, report_cache, snapshots};
use super::Env;
use crate::kpi;
use crate::kpi::periods::{self, Ask};
use crate::output::listing;
use crate::Outcome;
use anyhow::Result;
use clap::ValueEnum;
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

pub use crate::kpi::periods::Every;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let started = Instant::now();
    let format = a.format.unwrap_or(Format::Table);
    let mut src = open(env, a.rev.as_deref())?;
    let ask = Ask {
        period: a.period.as_deref(),
        trend: a.trend,
        since: a.since.as_deref(),
        every: a.every,
    };
    let span = periods::span(ask, env.today, src.config.fiscal_year_start_month)?;
    let snaps = snapshots(env, &mut src, &span.periods)?;
    let current = src.current();
    let mut kpis = kpi::resolve(&src.config);
    kpi::registry::add_scorecards(&mut kpis, &current);
    let ctx = kpi::Ctx::new(&current, env.today, &snaps);
    let l = kpi::view::listing(&kpis, &ctx, span, &src, a.rev.as_deref());
    let as_listing = match format {
        Format::Table => Some(listing::Format::Table),
        Format::Md => Some(listing::Format::Markdown),
        Format::Csv => Some(listing::Format::Csv),
        Format::Json => Some(listing::Format::Json),
        Format::Openmetrics => None,
    };
    let text = match as_listing {
        Some(f) => listing::render(&l, f, env.style, env.width())?,
        // Not a listing: the same rows as metrics for monitoring.
        None => crate::output::openmetrics::kpis(&l.rows),
    };
    report_cache(env, &src, started);
    // Freeing every parsed file and snapshot one by one costs more than the
    // work left; the process is about to end and the OS takes it all back.
    std::mem::forget(src);
    env.print_as(&text, format == Format::Table)?;
    Ok(Outcome::Ok)
}
