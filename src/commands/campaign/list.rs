//! `platctl campaign list`.

use crate::app::Env;
use crate::cli::campaign::ListArgs;
use crate::cli::ListFormat;
use crate::scorecard::campaign::list_view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let v = list_view(&cat, env.today);
    let out = match a.format {
        ListFormat::Json => crate::output::json_document(&v)?,
        f => crate::output::scorecard::campaign_table(&v, f == ListFormat::Csv, env.width()),
    };
    env.print(&out)?;
    Ok(Outcome::Ok)
}
