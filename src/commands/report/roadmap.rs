//! `platctl report roadmap`: the quarterly roadmap report.

use crate::catalog::Catalog;
use crate::commands::roadmap::{planned_quarters, quarter_arg};
use crate::commands::ReportFormat as Format;
use crate::commands::{write_output, Env};
use crate::model::Quarter;
use crate::report::roadmap::build;
use crate::report::scope::Scope;
use crate::Outcome;
use anyhow::{bail, Result};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl report roadmap\n  platctl report roadmap --quarter 2026-Q4 --format html -o q4.html\n  platctl report roadmap --quarter 2026-Q3 --format json\n\n\
Predictability = committed items delivered by the quarter's last day ÷ committed items; a delivery after \
the last day and stretch items are not counted. The target range comes from platctl.yaml \
(kpis: roadmap-predictability: {min, max}; default 70%–85%). Scope changes are read from git history: \
items added, removed, or moved between stretch and committed after the last commit on or before the \
quarter's first day (or the first commit that has the quarter)."
)]
pub struct Args {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format: Markdown (GitHub), one self-contained HTML file, or JSON
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let q = quarter_arg(env, &cat, a.quarter.as_deref())?;
    let Some(rq) = cat.quarter(q) else {
        bail!(
            "the catalog has no roadmap for {q}\n  help: quarters planned: {}; add roadmap/{q}.yaml to plan this one",
            planned_quarters(&cat)
        );
    };
    let scope = scope_from_history(env, &cat, q)?;
    let report = build(&cat, rq, env.today, scope);
    let out = match a.format {
        Format::Md => crate::output::roadmap_md::render(&report),
        Format::Html => crate::output::roadmap_html::render(&report),
        Format::Json => crate::output::json_document(&report)?,
    };
    write_output(env, a.output.as_deref(), &out)?;
    Ok(Outcome::Ok)
}

/// The quarter's scope changes from git history; `None` outside git (or
/// before the first commit). A spinner on a terminal while history is read.
pub(crate) fn scope_from_history(env: &Env, cat: &Catalog, q: Quarter) -> Result<Option<Scope>> {
    env.spinning(&format!("reading the history of {q}"), || {
        crate::ops::read_roadmap::scope_from_history(cat, q, env.today)
    })
}
