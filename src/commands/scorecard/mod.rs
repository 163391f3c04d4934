//! `platctl scorecard list|show|check`: standards as code.

mod check;
mod list;
mod show;

use super::Env;
use crate::catalog::Catalog;
use crate::model::Scorecard;
use crate::ops::read_scorecard::Past;
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

/// The catalog as it stands and its history (when in git), for the
/// commands that read past states: the scorecard trend and report, campaigns.
pub(crate) fn open_with_history(env: &Env) -> Result<(Past, Catalog)> {
    let root = env.root()?;
    let mut history = crate::history::History::open(&root, None)?;
    let cat = match &mut history {
        Ok(h) => h.working_catalog()?,
        Err(_) => env.load()?,
    };
    Ok((history, cat))
}
