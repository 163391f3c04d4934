//! `platctl report scorecard [ID]`: distribution, roll-up by team, per-rule
//! pass rates, a trend chart and "why this level" per entity.

use crate::commands::Env;
use crate::commands::ReportFormat as Format;
use crate::Outcome;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # every scorecard, as Markdown
  platctl report scorecard
  platctl report scorecard production-readiness --format html \\
      -o readiness.html
  platctl report scorecard --format json

The trend shows counts per level at the end of each of the last four quarters, read from git
history. The HTML page is self-contained: open it, mail it.")]
pub struct Args {
    /// One scorecard (default: all)
    pub id: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let (mut history, cat) = crate::commands::scorecard::open_with_history(env)?;
    let cards: Vec<&crate::model::Scorecard> = match &a.id {
        Some(id) => vec![crate::commands::scorecard::find(&cat, id)?],
        None => cat.scorecards.iter().collect(),
    };
    let v = crate::ops::read_scorecard::report(&mut history, &cat, cards, env.today)?;
    let text = match a.format.unwrap_or(Format::Md) {
        Format::Json => crate::output::json_document(&v)?,
        Format::Md => crate::output::scorecard_report::markdown(&v),
        Format::Html => crate::output::scorecard_report::html(&v),
    };
    crate::commands::write_output(env, a.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}
