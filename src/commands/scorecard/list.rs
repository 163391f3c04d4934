//! `platctl scorecard list`.

use crate::commands::Env;
use crate::output::listing;
use crate::scorecard::view;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A listing's formats, and OpenMetrics text for monitoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// OpenMetrics text for Prometheus, Grafana Agent or Datadog
    Openmetrics,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let v = view::list_view(&cat, env.today);
    let format = match a.format {
        // Not a listing: the same view as metrics for monitoring.
        Format::Openmetrics => {
            env.print(&crate::output::openmetrics::scorecards(&v))?;
            return Ok(Outcome::Ok);
        }
        Format::Table => listing::Format::Table,
        Format::Csv => listing::Format::Csv,
        Format::Json => listing::Format::Json,
    };
    listing::print(env, &v, format)?;
    Ok(Outcome::Ok)
}
