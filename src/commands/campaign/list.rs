//! `platctl campaign list`.

use crate::commands::{Env, ListFormat};
use crate::output::listing::{self, Format};
use crate::scorecard::campaign::list_view;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let v = list_view(&cat, env.today);
    listing::print(
        env,
        &v,
        match a.format {
            ListFormat::Table => Format::Table,
            ListFormat::Csv => Format::Csv,
            ListFormat::Json => Format::Json,
        },
    )?;
    Ok(Outcome::Ok)
}
