//! `platctl report roadmap`: the quarterly roadmap report.

use crate::app::{write_output, Env};
use crate::catalog::Catalog;
use crate::cli::report::RoadmapArgs;
use crate::cli::ReportFormat as Format;
use crate::commands::roadmap::quarter_arg;
use crate::model::Quarter;
use crate::ops::roadmap::planned_quarters;
use crate::report::roadmap::build;
use crate::report::scope::Scope;
use crate::Outcome;
use anyhow::{bail, Result};

pub fn run(env: &Env, a: RoadmapArgs) -> Result<Outcome> {
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
