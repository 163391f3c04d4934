//! `platctl campaign list`.

use crate::commands::{Env, ListFormat};
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
    let out = match a.format {
        ListFormat::Json => crate::output::json_document(&v)?,
        f => crate::output::scorecard::campaign_table(&v, f == ListFormat::Csv, env.width()),
    };
    env.print(&out)?;
    Ok(Outcome::Ok)
}
