//! `platctl scorecard list`.

use crate::app::Env;
use crate::cli::scorecard::{Format, ListArgs};
use crate::output::listing;
use crate::scorecard::view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let v = view::list_view(&cat, env.today);
    let format = match a.format {
        // Not a listing: the same view as metrics for monitoring.
        Format::Openmetrics => {
            env.print_data(&crate::output::openmetrics::scorecards(&v))?;
            return Ok(Outcome::Ok);
        }
        Format::Table => listing::Format::Table,
        Format::Csv => listing::Format::Csv,
        Format::Json => listing::Format::Json,
    };
    listing::print(env, &v, format)?;
    Ok(Outcome::Ok)
}
