//! `platctl report kpi`: the KPI dashboard.

use crate::commands::sources::{open, report_cache, snapshots};
use crate::commands::Env;
use crate::commands::ReportFormat as Format;
use crate::kpi;
use crate::output::kpi_dashboard;
use crate::report::kpi::{build, spark_periods};
use crate::Outcome;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl report kpi                          Markdown, this quarter
  platctl report kpi --format html -o kpis.html
  platctl report kpi --period 2026-Q3 --format json

A card per KPI with its value, target, status, change and a sparkline of the last eight periods
(snapshot KPIs of past periods are read from git history), grouped as adoption, delivery,
reliability, satisfaction, governance and cost. The HTML page is self-contained: open it, mail it.")]
pub struct Args {
    /// The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let started = std::time::Instant::now();
    let mut src = open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let period = kpi::periods::period_or_quarter(a.period.as_deref(), env.today, fy)?;
    let snaps = snapshots(env, &mut src, &spark_periods(period))?;
    let current = src.current();
    let kpis = kpi::registry::for_catalog(&current);
    let ctx = kpi::Ctx::new(&current, env.today, &snaps);
    let d = build(&kpis, &ctx, &src.config.name, period, src.history_note());
    let text = match a.format.unwrap_or(Format::Md) {
        Format::Md => kpi_dashboard::markdown(&d),
        Format::Html => kpi_dashboard::page(&d),
        Format::Json => kpi_dashboard::json(&d),
    };
    report_cache(env, &src, started);
    // Freeing every parsed file and snapshot one by one costs more than the
    // work left; the process is about to end and the OS takes it all back.
    std::mem::forget(src);
    crate::commands::write_output(env, a.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}
