//! `roadmap list`.

use super::{planned_quarters, quarter_arg};
use crate::app::Env;
use crate::cli::roadmap::{ListArgs, ListFormat};
use crate::output::listing::{self, Format};
use crate::report::roadmap_view as view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let q = quarter_arg(env, &cat, a.quarter.as_deref())?;
    if cat.quarter(q).is_none() {
        env.note(&format!(
            "no roadmap for {q}; quarters planned: {}",
            planned_quarters(&cat)
        ));
    }
    let v = view::list(&cat, q);
    listing::print(
        env,
        &v,
        match a.format {
            ListFormat::Table => Format::Table,
            ListFormat::Json => Format::Json,
        },
    )?;
    if a.format == ListFormat::Table {
        env.note(&format!(
            "{} of {q} ({})",
            crate::output::fmt::plural(v.items.len(), "item", "items"),
            crate::output::fmt::date_range(v.start, v.end)
        ));
    }
    Ok(Outcome::Ok)
}
