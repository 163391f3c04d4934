//! `platctl campaign list|show ID`: time-boxed pushes on scorecard rules.

mod list;
mod show;

use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Each campaign: scorecard, rules, due date, progress, overdue
    #[command(
        after_help = "Examples:\n  platctl campaign list\n  platctl campaign list --format json\n\nProgress = entities done / entities in scope (the scorecard's entities that\nthe campaign's `when` admits). Done: each of its rules passes (pass, exempt or\nskip), whatever the rule's enable_on. Overdue: active, past due, progress below 1."
    )]
    List(list::Args),
    /// One campaign: progress, the entities left with their team, and a weekly burn-up from git history
    #[command(
        after_help = "Examples:\n  platctl campaign show sso-everywhere\n  platctl campaign show sso-everywhere --format json"
    )]
    Show(show::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
    }
}
