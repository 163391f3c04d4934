//! `platctl scorecard list|show|check`: standards as code.

mod check;
mod list;
mod show;
pub(crate) mod trend;

use super::Env;
use crate::catalog::Catalog;
use crate::model::Scorecard;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Each scorecard: what it applies to, entities scored, counts per level, median, progress, target
    #[command(
        after_help = "Examples:\n  platctl scorecard list\n  platctl scorecard list --format json\n  platctl --today 2027-01-15 scorecard list --format csv"
    )]
    List(list::Args),
    /// One scorecard: each entity's level, score and failing rules; --trend over git history
    #[command(
        after_help = "Examples:\n  platctl scorecard show production-readiness\n  platctl scorecard show production-readiness --team team-payments \\\n      --level none\n  platctl scorecard show production-readiness --trend --since 2026-Q1\n  platctl scorecard show production-readiness --trend --every month \\\n      --format json\n\nA failing rule is shown with its outcome: fail, unknown (no data: an absent\nmetric or fact) or error (the expression could not be evaluated)."
    )]
    Show(show::Args),
    /// Why an entity is at its level, each rule's outcome and the next step; a CI gate with --min-level
    #[command(
        after_help = "Examples:\n  platctl scorecard check payments-api\n  platctl scorecard check payments-api --scorecard production-readiness \\\n      --min-level silver\n  platctl scorecard check payments-api --format json\n\nExit status: 0 the level is reached (or no --min-level), 1 below --min-level, 2 could not check."
    )]
    Check(check::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Check(a) => check::run(env, a),
    }
}

/// The scorecard with this id, or an error naming the closest.
pub(crate) fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Scorecard> {
    cat.scorecards
        .iter()
        .find(|s| s.id.value == id)
        .ok_or_else(|| super::writing::unknown(cat, crate::catalog::Kind::Scorecard, id))
}

/// scorecard-level-regressed findings against `rev` (none outside git or
/// without scorecards), at their final level.
pub(crate) fn regressions(
    cat: &Catalog,
    rev: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<crate::lint::Diagnostic>> {
    if cat.scorecards.is_empty() {
        return Ok(Vec::new());
    }
    let Ok(mut h) = crate::history::History::open(&cat.root, Some(rev))? else {
        return Ok(Vec::new());
    };
    let tip = h.tip().clone();
    let Some(before) = h.catalog_at(&tip)? else {
        return Ok(Vec::new());
    };
    let mut v = crate::lint::rules::regressions(cat, &before, rev, today);
    let level = cat
        .config
        .lint
        .rules
        .iter()
        .find(|(id, _)| id.value == "scorecard-level-regressed")
        .map(|(_, l)| l.value)
        .unwrap_or(crate::model::Level::Warning);
    for d in &mut v {
        d.level = level;
    }
    v.retain(|d| d.level != crate::model::Level::Off);
    Ok(v)
}
