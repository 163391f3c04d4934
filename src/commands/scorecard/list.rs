//! `platctl scorecard list`.

use crate::app::Env;
use crate::cli::scorecard::{Format, ListArgs};
use crate::scorecard::view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let v = view::list_view(&cat, env.today);
    let out = match a.format {
        Format::Json => crate::output::json_document(&v)?,
        Format::Table => crate::output::scorecard::list_table(&v, false, env.width()),
        Format::Csv => crate::output::scorecard::list_table(&v, true, None),
        Format::Openmetrics => crate::output::openmetrics::scorecards(&v),
    };
    env.print_as(&out, a.format == Format::Table)?;
    Ok(Outcome::Ok)
}
