//! `platctl campaign show ID`: progress, what is left, the weekly burn-up.

use crate::app::Env;
use crate::cli::campaign::ShowArgs;
use crate::cli::ShowFormat;
use crate::ops::read_scorecard::campaign_view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let (mut history, cat) = crate::commands::scorecard::open_with_history(env)?;
    let c = cat
        .campaigns
        .iter()
        .find(|c| c.id.value == a.id)
        .ok_or_else(|| crate::ops::unknown(&cat, crate::catalog::Kind::Campaign, &a.id))?;
    let v = campaign_view(&mut history, &cat, c, env.today)?;
    match a.format {
        ShowFormat::Json => env.print_data(&crate::output::json_document(&v)?)?,
        ShowFormat::Text => {
            env.print_text(&crate::output::scorecard::campaign_text(&v, env.style))?
        }
    }
    Ok(Outcome::Ok)
}
