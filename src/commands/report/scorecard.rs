//! `platctl report scorecard [ID]`: distribution, roll-up by team, per-rule
//! pass rates, a trend chart and "why this level" per entity.

use crate::app::Env;
use crate::cli::report::ScorecardArgs;
use crate::cli::ReportFormat as Format;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ScorecardArgs) -> Result<Outcome> {
    let (mut history, cat) = crate::commands::scorecard::open_with_history(env)?;
    let cards: Vec<&crate::model::Scorecard> = match &a.id {
        Some(id) => vec![crate::ops::read_scorecard::find(&cat, id)?],
        None => cat.scorecards.iter().collect(),
    };
    let v = crate::ops::read_scorecard::report(&mut history, &cat, cards, env.today)?;
    let text = match a.format.unwrap_or(Format::Md) {
        Format::Json => crate::output::json_document(&v)?,
        Format::Md => crate::output::scorecard_report::markdown(&v),
        Format::Html => crate::output::scorecard_report::html(&v),
    };
    crate::app::write_output(env, a.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}
