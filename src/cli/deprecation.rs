//! `platctl deprecation`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat, WriteFlags};
use crate::model::{ConsumerStatus, DeprecationStatus};
use crate::prompt::deprecation::Flags;
use crate::report::deprecation_status::DeprecationState;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Announce a deprecation: consumers are filled from the services that use it, all pending
    #[command(after_help = NEW_HELP)]
    New(NewArgs),
    /// List deprecations: state, progress, days to sunset, who is left by team
    #[command(
        after_help = "Examples:\n  platctl deprecation list\n  platctl deprecation list --state overdue,migrating\n  platctl deprecation list --team team-search\n  platctl deprecation list --format json\n\nstate: upcoming (announced), migrating, overdue (sunset passed with consumers\nleft), completed, cancelled. progress = migrated ÷ (consumers − exempt); 100%\nwhen nobody has to move."
    )]
    List(ListArgs),
    /// One deprecation: consumers with status, exceptions, and a burn-down from git history
    #[command(
        after_help = "Examples:\n  platctl deprecation show legacy-auth-sunset\n  platctl deprecation show legacy-auth-sunset --format json\n\nThe burn-down reads the commits that changed the deprecation's file (when the\ncatalog is in git)."
    )]
    Show(ShowArgs),
    /// Set the migration status of consumers (keeps the file's comments)
    #[command(after_help = MIGRATE_HELP)]
    Migrate(MigrateArgs),
    /// Change a deprecation's own fields: status, sunset, replacement, migration guide
    #[command(after_help = UPDATE_HELP)]
    Update(UpdateArgs),
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(DeprecationState::NAMES))]
    pub state: Vec<String>,
    /// Only deprecations of this capability
    #[arg(long)]
    pub capability: Option<String>,
    /// Only deprecations where this team still has consumers to move
    #[arg(long)]
    pub team: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub const MIGRATE_HELP: &str =
    "Sets the status of each named consumer; the rest of the file (comments, order,
quoting) is kept. `exempt` needs --exception, the waiver that allows the
service to stay.

Examples:
  platctl deprecation migrate legacy-auth-sunset \\
      gift-cards label-printer-bridge --status migrated
  platctl deprecation migrate legacy-auth-sunset loyalty-api \\
      --status in-progress --commit
  platctl deprecation migrate legacy-auth-sunset search-indexer \\
      --status exempt --exception EXC-Y9HH6E";

#[derive(clap::Args, Debug)]
pub struct MigrateArgs {
    /// The deprecation's id
    pub id: String,
    /// The consumers (service ids) to update
    #[arg(required = true, value_name = "SERVICE")]
    pub services: Vec<String>,
    /// Their new status
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ConsumerStatus::NAMES))]
    pub status: String,
    /// The exception that allows an `exempt` consumer to stay (EXC-…)
    #[arg(long, value_name = "EXC-ID")]
    pub exception: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub const NEW_HELP: &str =
    "On a terminal it asks, one question at a time, with defaults; every question
has a flag. With --yes, or without a terminal, it asks nothing and fails
naming each missing required flag (only --capability is required: the rest
have defaults).

consumers are the active services that use the capability now (with
--interface, only those whose `uses` entry names that version), all `pending`.
A sunset sooner than announced + policy deprecation_min_notice_days is refused
unless --force --reason \"...\": the reason is written above `sunset` as a
`# platctl: allow(sunset-notice-too-short)` comment, so lint knows why.

Examples:
  platctl deprecation new
  platctl deprecation new --yes --capability legacy-auth \\
      --replacement identity-sso --sunset 2027-03-31 \\
      --migration-guide https://docs.example.com/migrate-auth --commit
  platctl deprecation new --yes --capability observability --interface v1 \\
      --dry-run";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: Flags,
    /// Ask nothing: take defaults, fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The deprecation's id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub const UPDATE_HELP: &str =
    "Changes only the fields given; the rest of the file (comments, order, quoting)
is kept. A sunset moved sooner than the policy's notice is refused (lint:
sunset-notice-too-short).

Examples:
  platctl deprecation update legacy-auth-sunset --status migrating
  platctl deprecation update legacy-auth-sunset --sunset 2027-03-31 --commit
  platctl deprecation update legacy-ci-shutdown --status completed";

#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// The deprecation's id
    pub id: String,
    /// The deprecation's status
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(DeprecationStatus::NAMES))]
    pub status: Option<String>,
    /// A new sunset, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub sunset: Option<String>,
    /// The capability consumers move to
    #[arg(long, value_name = "ID")]
    pub replacement: Option<String>,
    /// Where consumers learn how to move (a URL)
    #[arg(long, value_name = "URL")]
    pub migration_guide: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}
