//! `platctl scorecard show ID [--team T] [--level L] [--trend]`.

use crate::app::Env;
use crate::cli::scorecard::ShowArgs;
use crate::kpi::periods::Every;
use crate::ops::read_scorecard;
use crate::output::listing;
use crate::scorecard::{self, view};
use crate::Outcome;
use anyhow::{bail, Result};

pub fn run(env: &Env, a: ShowArgs) -> Result<Outcome> {
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
            return Err(crate::ops::unknown(&cat, crate::catalog::Kind::Team, t));
        }
    }
    let ev = scorecard::evaluate(&cat, sc, env.today);
    let filter = view::ShowFilter {
        team: a.team.clone(),
        level: a.level.clone(),
    };
    let v = view::show_view(&cat, &ev, &filter);
    listing::print(env, &v, a.format.into())?;
    Ok(Outcome::Ok)
}

/// `--trend`: counts per level at each period's end, each from the catalog
/// as it was then (git history).
fn trend(env: &Env, a: &ShowArgs) -> Result<Outcome> {
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
    listing::print(env, &v, a.format.into())?;
    Ok(Outcome::Ok)
}
