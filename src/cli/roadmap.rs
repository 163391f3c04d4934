//! `platctl roadmap`: what a user types and reads in `--help`.

use super::WriteFlags;
use crate::prompt::roadmap::Flags;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List a quarter's items with theme, owner, commitment and status
    #[command(
        after_help = "Examples:\n  platctl roadmap list\n  platctl roadmap list --quarter 2027-Q1\n  platctl roadmap list --format json\n\nThe quarter defaults to the one that holds today (--today), in the catalog's fiscal year."
    )]
    List(ListArgs),
    /// Change the roadmap: add an item, set its status, deliver it, slip it
    #[command(subcommand)]
    Item(Box<ItemCommand>),
}

#[derive(clap::Subcommand, Debug)]
pub enum ItemCommand {
    /// Add an item to a quarter's roadmap (the quarter's file is made when missing)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--title and --owner). The id defaults to the title made a slug.

Examples:
  platctl roadmap item new
  platctl roadmap item new --yes --quarter 2027-Q1 \\
      --title \"Managed Postgres read replicas\" --owner team-data-platform \\
      --capability managed-postgres --theme reliability --effort 4
  platctl roadmap item new --yes --title \"Docs search\" --owner team-devex \\
      --commitment stretch --dry-run"
    )]
    New(Box<NewArgs>),
    /// Set an item's status: planned, in-progress, at-risk or dropped
    #[command(
        verbatim_doc_comment,
        after_long_help = "delivered and slipped have their own commands, which also record the date or
the quarter: `roadmap item deliver` and `roadmap item slip`.

Examples:
  platctl roadmap item set-status legacy-auth-shutdown at-risk
  platctl roadmap item set-status pci-cluster in-progress --commit"
    )]
    SetStatus(SetStatusArgs),
    /// Mark an item delivered, on a date (default: today)
    #[command(
        verbatim_doc_comment,
        after_long_help = "Examples:
  platctl roadmap item deliver preview-envs-beta
  platctl roadmap item deliver preview-envs-beta --on 2026-11-26 --commit"
    )]
    Deliver(DeliverArgs),
    /// Mark an item slipped to a later quarter
    #[command(
        verbatim_doc_comment,
        after_long_help = "The item stays in its quarter's file (the quarter's plan is history) with
status slipped and slipped_to; plan the follow-up in the later quarter with
`platctl roadmap item new --quarter Q`.

Examples:
  platctl roadmap item slip pci-cluster --to 2027-Q1
  platctl roadmap item slip pci-cluster --to 2027-Q1 --dry-run"
    )]
    Slip(SlipArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: Flags,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct SetStatusArgs {
    /// The item's id
    pub id: String,
    /// The new status
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(["planned", "in-progress", "at-risk", "dropped"]))]
    pub status: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct DeliverArgs {
    /// The item's id
    pub id: String,
    /// The delivery date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct SlipArgs {
    /// The item's id
    pub id: String,
    /// The quarter it slips to, YYYY-Qn
    #[arg(long, value_name = "QUARTER")]
    pub to: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}
