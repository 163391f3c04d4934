//! `platctl search QUERY`: find anything in the catalog by id, name,
//! summary, title or team.

use crate::app::Env;
use crate::cli::search::{Args, Format};
use crate::output::listing;
use crate::report::search::search;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let view = search(&cat, &a.query.join(" "))?;
    listing::print(
        env,
        &view,
        match a.format {
            Format::Table => listing::Format::Table,
            Format::Json => listing::Format::Json,
        },
    )?;
    Ok(Outcome::Ok)
}
