//! `platctl kpi`: what a user types and reads in `--help`.

use crate::kpi::periods::Every;
use clap::ValueEnum;

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
