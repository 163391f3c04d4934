//! `platctl exception`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat, WriteFlags};
use crate::model::ExceptionState;
use crate::prompt::exception::Flags;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Request (or record) an exception: a fresh EXC- id, an expiry within the policy
    #[command(after_help = NEW_HELP)]
    New(NewArgs),
    /// List exceptions with their state and days left
    #[command(
        after_help = "Examples:\n  platctl exception list\n  platctl exception list --expiring 30\n  platctl exception list --state expiring,expired\n  platctl exception list --format json\n\nstate: requested, open, expiring (open, and expires within\npolicy.exception_warn_days), expired, rejected, revoked. Expiry is never\nwritten into the file: it follows from the date."
    )]
    List(ListArgs),
    /// One exception: what it waives, for whom, its state, and the deprecations it exempts
    #[command(
        after_help = "Examples:\n  platctl exception show EXC-4F7Q2M\n  platctl exception show EXC-4F7Q2M --format json"
    )]
    Show(ShowArgs),
    /// Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires
    #[command(after_help = APPROVE_HELP)]
    Approve(ApproveArgs),
    /// Reject a requested exception
    #[command(after_help = REJECT_HELP)]
    Reject(StatusArgs),
    /// Revoke an exception before it expires
    #[command(after_help = REVOKE_HELP)]
    Revoke(StatusArgs),
}

pub const APPROVE_HELP: &str =
    "Sets status approved, approved_by and granted (today, or --granted); --expires
moves the expiry. Approving an approved exception renews it. The expiry must
stay within policy exception_max_days of the grant. Rejected and revoked
exceptions stay closed: file a new one.

Examples:
  platctl exception approve EXC-4F7Q2M --by \"Security: J. Doe\"
  platctl exception approve EXC-4F7Q2M --by \"Security: J. Doe\" \\
      --expires 2027-05-31 --commit";

#[derive(clap::Args, Debug)]
pub struct ApproveArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    /// Who approves (e.g. "Security: J. Doe")
    #[arg(long, value_name = "WHO")]
    pub by: String,
    /// A new expiry, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// The grant date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub granted: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub const REJECT_HELP: &str = "Only a requested exception can be rejected.

Example:
  platctl exception reject EXC-4F7Q2M --commit";

pub const REVOKE_HELP: &str =
    "Ends a requested or approved exception now; the file keeps its history (and
git the rest).

Example:
  platctl exception revoke EXC-4F7Q2M --commit";

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only approved exceptions that expire within DAYS from today (not yet expired)
    #[arg(long, value_name = "DAYS")]
    pub expiring: Option<u32>,
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(ExceptionState::NAMES))]
    pub state: Vec<String>,
    /// Only exceptions to this standard (a capability id)
    #[arg(long, value_name = "CAPABILITY")]
    pub standard: Option<String>,
    /// Only exceptions of this team
    #[arg(long)]
    pub team: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub const NEW_HELP: &str =
    "On a terminal it asks, one question at a time; every question has a flag. With
--yes, or without a terminal, it asks nothing and fails naming each missing
required flag (--title, --standard, --team, --reason, --risk, --expires).

Every exception ends: --expires is required, on or after the start (granted,
or requested while not yet granted) and at most policy exception_max_days
after it. A new exception is `requested`; give --approved-by to record one
already granted (granted defaults to today).

Examples:
  platctl exception new
  platctl exception new --yes \\
      --title \"Search keeps legacy auth until the rewrite\" \\
      --standard legacy-auth --team team-search --service search-indexer \\
      --reason \"Crawler speaks only the old API\" \\
      --risk medium --expires 2027-03-31 --commit";

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
    /// The exception's id (EXC-…)
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}
