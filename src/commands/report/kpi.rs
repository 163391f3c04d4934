//! `platctl report kpi`: the KPI dashboard.

use crate::app::Env;
use crate::cli::report::KpiArgs;
use crate::cli::ReportFormat as Format;
use crate::commands::sources::{current, open, report_cache, snapshots};
use crate::kpi;
use crate::output::kpi_dashboard;
use crate::report::kpi::{build, spark_periods};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: KpiArgs) -> Result<Outcome> {
    let started = std::time::Instant::now();
    let mut src = open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let period = kpi::periods::period_or_quarter(a.period.as_deref(), env.today, fy)?;
    let snaps = snapshots(env, &mut src, &spark_periods(period))?;
    let current = current(env, &mut src);
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
    crate::app::write_output(env, a.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}
