//! `platctl team`: what a user types and reads in `--help`.

use super::{ListFormat, WriteFlags};
use crate::model::TeamType;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List teams with how many services they run and capabilities they own
    #[command(
        after_help = "Examples:\n  platctl team list\n  platctl team list --type platform\n  platctl team list --parent team-platform --format json"
    )]
    List(ListArgs),
    /// Add a team (asks on a terminal)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name). The id defaults to `team-` and the name made a slug.

Examples:
  platctl team new
  platctl team new --yes --name \"Payments\" --type product \\
      --contact \"#team-payments\"
  platctl team new --yes --id team-ml --name \"ML Platform\" \\
      --type platform --parent team-platform --commit"
    )]
    New(NewArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: crate::prompt::team::Flags,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only teams of these types (repeat or separate with commas)
    #[arg(long = "type", value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(TeamType::NAMES))]
    pub kind: Vec<String>,
    /// Only the teams directly under this one
    #[arg(long, value_name = "TEAM")]
    pub parent: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}
