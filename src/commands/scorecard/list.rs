//! `platctl scorecard list`.

use crate::commands::Env;
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
    let out = match a.format {
        Format::Json => crate::output::json_document(&v)?,
        Format::Table => crate::output::scorecard::list_table(&v, false, env.width()),
        Format::Csv => crate::output::scorecard::list_table(&v, true, None),
        Format::Openmetrics => crate::output::openmetrics::scorecards(&v),
    };
    env.print_as(&out, a.format == Format::Table)?;
    Ok(Outcome::Ok)
}
