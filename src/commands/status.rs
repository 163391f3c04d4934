//! `platctl status`: what needs attention today, ranked.

use crate::app::Env;
use crate::cli::status::{Args, Format};
use crate::model::{Period, Quarter};
use crate::output::listing;
use crate::output::status as out;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let mut src = super::sources::open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let period = Period::Quarter(Quarter::of(env.today, fy));
    let snaps = if a.team.is_none() {
        super::sources::snapshots(env, &mut src, &[period])?
    } else {
        Default::default()
    };
    let cat = super::sources::current(env, &mut src);
    crate::ops::known_team(&cat, a.team.as_deref())?;
    // Scorecard levels are compared with the catalog at the previous
    // quarter's end (the last commit on or before it); none outside git.
    let before =
        crate::ops::read_scorecard::catalog_last_quarter(&mut src.history, &cat, env.today)?;
    let view = crate::status::build(
        &cat,
        env.today,
        a.team.as_deref(),
        &snaps,
        before.as_deref(),
    );
    match a.format {
        Format::Table => listing::print(env, &view, listing::Format::Table)?,
        Format::Json => listing::print(env, &view, listing::Format::Json)?,
        // A weekly post by kind, not a table: text, through the terminal guard.
        Format::Md => env.print_text(&out::markdown(&view))?,
    }
    Ok(Outcome::Ok)
}
