//! `platctl deprecation new|list|show|migrate|update`: sunsets and who still
//! has to move. Each subcommand is glue in its own file: the views are built
//! in `report::deprecation_view`, laid out by `output::deprecation`.

use super::Env;
use crate::Outcome;
use anyhow::Result;

mod list;
mod migrate;
mod new;
mod show;
mod update;

pub use list::ListArgs;
pub use show::ShowArgs;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Announce a deprecation: consumers are filled from the services that use it, all pending
    #[command(after_help = new::NEW_HELP)]
    New(new::NewArgs),
    /// List deprecations: state, progress, days to sunset, who is left by team
    #[command(
        after_help = "Examples:\n  platctl deprecation list\n  platctl deprecation list --state overdue,migrating\n  platctl deprecation list --team team-search\n  platctl deprecation list --format json\n\nstate: upcoming (announced), migrating, overdue (sunset passed with consumers\nleft), completed, cancelled. progress = migrated ÷ (consumers − exempt); 100%\nwhen nobody has to move."
    )]
    List(list::ListArgs),
    /// One deprecation: consumers with status, exceptions, and a burn-down from git history
    #[command(
        after_help = "Examples:\n  platctl deprecation show legacy-auth-sunset\n  platctl deprecation show legacy-auth-sunset --format json\n\nThe burn-down reads the commits that changed the deprecation's file (when the\ncatalog is in git)."
    )]
    Show(show::ShowArgs),
    /// Set the migration status of consumers (keeps the file's comments)
    #[command(after_help = migrate::MIGRATE_HELP)]
    Migrate(migrate::MigrateArgs),
    /// Change a deprecation's own fields: status, sunset, replacement, migration guide
    #[command(after_help = update::UPDATE_HELP)]
    Update(update::UpdateArgs),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new::new(env, a),
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Migrate(a) => migrate::migrate(env, a),
        Command::Update(a) => update::update(env, a),
    }
}

pub(crate) use crate::ops::deprecation::find;
