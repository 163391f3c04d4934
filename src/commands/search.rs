//! `platctl search QUERY`: find anything in the catalog by id, name,
//! summary, title or team.

use crate::app::Env;
use crate::cli::search::{Args, Format};
use crate::report::search::search;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let view = search(&cat, &a.query.join(" "))?;
    let out = match a.format {
        Format::Json => crate::output::json_document(&view)?,
        Format::Table => crate::output::entity::search_table(&view, env.width()),
    };
    env.print(&out)?;
    Ok(Outcome::Ok)
}
