//! `platctl scorecard show ID [--team T] [--level L] [--trend]`.

use crate::app::Env;
use crate::cli::scorecard::ShowArgs;
use crate::cli::ListFormat;
use crate::kpi::periods::Every;
use crate::ops::read_scorecard;
use crate::output::scorecard as out;
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
    let text = match a.format {
        ListFormat::Json => crate::output::json_document(&v)?,
        ListFormat::Table => out::show_table(&v, false, env.width()),
        ListFormat::Csv => out::show_table(&v, true, None),
    };
    env.print_as(&text, a.format == ListFormat::Table)?;
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
    let text = match a.format {
        ListFormat::Json => crate::output::json_document(&v)?,
        ListFormat::Table => out::trend_table(&v, false, env.width()),
        ListFormat::Csv => out::trend_table(&v, true, None),
    };
    env.print_as(&text, a.format == ListFormat::Table)?;
    Ok(Outcome::Ok)
}
