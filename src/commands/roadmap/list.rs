//! `roadmap list`.

use super::{planned_quarters, quarter_arg};
use crate::commands::Env;
use crate::output::listing::{self, Format};
use crate::report::roadmap_view as view;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

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
