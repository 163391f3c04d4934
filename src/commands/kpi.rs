//! `platctl kpi`: every KPI for a period, or a trend over periods.

use super::sources::{current, open, report_cache, snapshots};
use crate::app::Env;
use crate::cli::kpi::{Args, Format};
use crate::kpi;
use crate::kpi::periods::{self, Ask};
use crate::output::listing;
use crate::Outcome;
use anyhow::Result;
use std::time::Instant;

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
    let current = current(env, &mut src);
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
