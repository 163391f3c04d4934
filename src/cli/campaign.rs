//! `platctl campaign`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Each campaign: scorecard, rules, due date, progress, overdue
    #[command(
        after_help = "Examples:\n  platctl campaign list\n  platctl campaign list --format json\n\nProgress = entities done / entities in scope (the scorecard's entities that\nthe campaign's `when` admits). Done: each of its rules passes (pass, exempt or\nskip), whatever the rule's enable_on. Overdue: active, past due, progress below 1."
    )]
    List(ListArgs),
    /// One campaign: progress, entities left with their team, a weekly burn-up from git history
    #[command(
        after_help = "Examples:\n  platctl campaign show sso-everywhere\n  platctl campaign show sso-everywhere --format json"
    )]
    Show(ShowArgs),
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The campaign's id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}
