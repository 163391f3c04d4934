//! `platctl scorecard show ID [--team T] [--level L] [--trend]`.

use crate::commands::kpi::Every;
use crate::commands::{Env, ListFormat};
use crate::ops::read_scorecard;
use crate::output::listing;
use crate::scorecard::{self, view};
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The scorecard's id
    pub id: String,
    /// Only entities of this team and of the teams below it (through `parent`)
    #[arg(long)]
    pub team: Option<String>,
    /// Only entities at this level (`none` for below the first)
    #[arg(long)]
    pub level: Option<String>,
    /// Counts per level at each period end, from git history
    #[arg(long)]
    pub trend: bool,
    /// With --trend: the first period (2026-Q1 or 2026-01); default four quarters back
    #[arg(long, value_name = "PERIOD", requires = "trend")]
    pub since: Option<String>,
    /// With --trend: one point per quarter or per month
    #[arg(long, value_enum, default_value_t = Every::Quarter, requires = "trend")]
    pub every: Every,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    if a.trend {
        return trend(env, &a);
    }
    let cat = env.load()?;
    let sc = super::find(&cat, &a.id)?;
    if let Some(l) = &a.level {
        if l != "none" && sc.level_rank(l).is_none() {
            let levels: Vec<&str> = sc.levels.iter().map(|l| l.value.as_str()).collect();
            bail!(
                "--level `{l}` is not a level of {} (its levels: none, {})",
                sc.id.value,
                levels.join(", ")
            );
        }
    }
    if let Some(t) = &a.team {
        if cat.team(t).is_none() {
            return Err(crate::commands::writing::unknown(
                &cat,
                crate::catalog::Kind::Team,
                t,
            ));
        }
    }
    let ev = scorecard::evaluate(&cat, sc, env.today);
    let filter = view::ShowFilter {
        team: a.team.clone(),
        level: a.level.clone(),
    };
    let v = view::show_view(&cat, &ev, &filter);
    let format = match a.format {
        ListFormat::Table => listing::Format::Table,
        ListFormat::Csv => listing::Format::Csv,
        ListFormat::Json => listing::Format::Json,
    };
    listing::print(env, &v, format)?;
    Ok(Outcome::Ok)
}

/// `--trend`: counts per level at each period's end, each from the catalog
/// as it was then (git history).
fn trend(env: &Env, a: &Args) -> Result<Outcome> {
    let (mut history, current) = super::open_with_history(env)?;
    let sc = super::find(&current, &a.id)?;
    let monthly = a.every == Every::Month;
    let v = read_scorecard::trend_view(
        &mut history,
        &current,
        sc,
        a.since.as_deref(),
        monthly,
        env.today,
    )?;
    let format = match a.format {
        ListFormat::Table => listing::Format::Table,
        ListFormat::Csv => listing::Format::Csv,
        ListFormat::Json => listing::Format::Json,
    };
    listing::print(env, &v, format)?;
    Ok(Outcome::Ok)
}
