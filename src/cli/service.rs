//! `platctl service`: what a user types and reads in `--help`.

use super::{ListFormat, WriteFlags};
use crate::model::ServiceStatus;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List services: team, tier, status, system and how many capabilities each adopted
    #[command(
        after_help = "Examples:\n  platctl service list\n  platctl service list --team team-checkout --tier 1\n  platctl service list --uses managed-postgres --format csv\n  platctl service list --status active --format json\n\nThe JSON holds each service's fields, `uses` with each capability it adopted."
    )]
    List(ListArgs),
    /// Add a service (asks on a terminal)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --team). The id defaults to the name made a slug; the tier to 2; created
to today.

Examples:
  platctl service new
  platctl service new --yes --name \"Invoice API\" --team team-checkout --tier 1
  platctl service new --yes --id invoice-api --name \"Invoice API\" \\
      --team team-checkout --first-deploy 2026-11-30 --commit
  platctl service new --yes --name \"Invoice API\" --team team-checkout \\
      --description \"Issues invoices\" --system checkout \\
      --repo https://git.example.com/checkout/invoice-api \\
      --oncall pagerduty:checkout"
    )]
    New(NewArgs),
    /// Record that a service adopted a capability (added to its `uses`, with `since`)
    #[command(
        verbatim_doc_comment,
        after_long_help = "Appends the capability to the service's `uses` list in the style the file
already uses (block or flow), with `since` (default: today) and the interface
`version` when given; the rest of the file is kept as written.

Examples:
  platctl service adopt checkout-api preview-environments
  platctl service adopt search-api observability --version v2 --since 2026-11-20
  platctl service adopt gift-cards identity-sso --commit"
    )]
    Adopt(AdoptArgs),
}

#[derive(clap::Args, Debug)]
pub struct AdoptArgs {
    /// The service's id
    pub service: String,
    /// The capability it adopted
    pub capability: String,
    /// When it adopted it, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// The interface version it uses, e.g. v2
    #[arg(long)]
    pub version: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: crate::prompt::service::Flags,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only services of these teams (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_name = "TEAM")]
    pub team: Vec<String>,
    /// Only these tiers (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u8).range(1..=3))]
    pub tier: Vec<u8>,
    /// Only services with these statuses
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(ServiceStatus::NAMES))]
    pub status: Vec<String>,
    /// Only services of this system
    #[arg(long)]
    pub system: Option<String>,
    /// Only services that adopted this capability
    #[arg(long, value_name = "CAPABILITY")]
    pub uses: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}
