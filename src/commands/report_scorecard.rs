//! `platctl report scorecard [ID]`: distribution, roll-up by team, per-rule
//! pass rates, a trend chart and "why this level" per entity.

use super::Env;
use super::ReportFormat as Format;
use crate::history::History;
use crate::model::{Period, Quarter};
use crate::scorecard::{self, view};
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
    let root = env.root()?;
    let mut history = History::open(&root, None)?;
    let cat = match &mut history {
        Ok(h) => h.working_catalog()?,
        Err(_) => env.load()?,
    };
    let mut cards: Vec<&crate::model::Scorecard> = match &a.id {
        Some(id) => vec![super::scorecard::find(&cat, id)?],
        None => cat.scorecards.iter().collect(),
    };
    cards.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    cards.dedup_by(|x, y| x.id.value == y.id.value);
    let fy = cat.fy();
    let now = Period::Quarter(Quarter::of(env.today, fy));
    let periods = crate::kpi::periods_between((0..3).fold(now, |p, _| p.prev()), now);
    let inp = scorecard::inputs::Inputs::new(&cat, env.today);
    let mut out = Vec::new();
    for sc in cards {
        let ev = scorecard::compile(sc).evaluate(&inp);
        let trend = super::scorecard::trend::collect(
            &mut history,
            &cat,
            &sc.id.value,
            &periods,
            env.today,
        )?;
        out.push(view::report_card(&cat, &ev, trend));
    }
    let v = view::ReportView {
        version: 1,
        catalog: cat.config.name.clone(),
        as_of: env.today,
        scorecards: out,
    };
    let text = match a.format.unwrap_or(Format::Md) {
        Format::Json => crate::output::json_document(&v)?,
        Format::Md => crate::output::scorecard_report::markdown(&v),
        Format::Html => crate::output::scorecard_report::html(&v),
    };
    super::write_output(env, a.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}
