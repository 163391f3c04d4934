//! `platctl capability`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat, WriteFlags};
use crate::model::Lifecycle;
use crate::prompt::capability::Flags;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List capabilities with their adopters, eligible services and adoption rate
    #[command(
        after_help = "Examples:\n  platctl capability list\n  platctl capability list --lifecycle ga --golden-path\n  platctl capability list --owner team-devex --format csv\n  platctl capability list --format json\n\nadoption = adopters ÷ eligible: eligible services are the active ones that\nmatch the capability's `eligible` tiers and teams (every active service when\nit has none); a user that is not eligible is counted in neither."
    )]
    List(ListArgs),
    /// Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies
    /// both ways, adopters by team, open deprecations and exceptions, release readiness
    #[command(
        after_help = "Examples:\n  platctl capability show ci-pipelines\n  platctl capability show identity-sso --format json"
    )]
    Show(ShowArgs),
    /// The release-readiness checklist: exits 1 when a `ga` capability is not ready
    #[command(
        after_help = "Each field that `policy.ga_requires` names is ticked or missing, and the lint\nfindings in the capability's file are listed. A capability is ready when every\nfield is there and its file has no error finding.\n\nExamples:\n  platctl capability readiness ci-pipelines\n  platctl capability readiness --all          # every ga capability, e.g. in CI\n\nExit status: 0 ready (or not ga), 1 a ga capability is not ready, 2 could not\nrun."
    )]
    Readiness(ReadinessArgs),
    /// Add a capability to the catalog (asks on a terminal)
    #[command(verbatim_doc_comment, after_long_help = NEW_HELP)]
    New(NewArgs),
    /// Move a capability to another lifecycle stage (proposed … ga … retired)
    #[command(verbatim_doc_comment, after_long_help = SET_LIFECYCLE_HELP)]
    SetLifecycle(SetLifecycleArgs),
    /// Change a capability's name, summary, owner, category, docs, runbook or review date
    #[command(verbatim_doc_comment, after_long_help = EDIT_HELP)]
    Edit(EditArgs),
}

pub const EDIT_HELP: &str =
    "Sets the fields given; every other byte of the file (comments, order, quoting)
is kept. An empty value removes an optional field.

Examples:
  platctl capability edit managed-postgres \\
      --docs https://docs.example.com/postgres \\
      --runbook https://runbooks.example.com/pg
  platctl capability edit feature-flags --owner team-devex --commit
  platctl capability edit cost-insights --security-review 2026-11-20 --dry-run";

#[derive(clap::Args, Debug)]
pub struct EditArgs {
    /// The capability's id
    pub id: String,
    /// The name
    #[arg(long)]
    pub name: Option<String>,
    /// One line: what it gives its users
    #[arg(long)]
    pub summary: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// A category slug (empty: remove)
    #[arg(long)]
    pub category: Option<String>,
    /// Documentation URL (empty: remove)
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL (empty: remove)
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
    /// Date of the last security review, YYYY-MM-DD (empty: remove)
    #[arg(long, value_name = "DATE")]
    pub security_review: Option<String>,
    /// Part of the paved road
    #[arg(long, value_name = "BOOL")]
    pub golden_path: Option<bool>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these lifecycles (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Vec<String>,
    /// Only capabilities owned by this team
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// Only this category
    #[arg(long)]
    pub category: Option<String>,
    /// Only capabilities on the golden path
    #[arg(long)]
    pub golden_path: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub const NEW_HELP: &str =
    "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --summary, --owner). The id defaults to the name made a slug; the
lifecycle to proposed.

Examples:
  platctl capability new
  platctl capability new --yes --name \"Object storage\" \\
      --summary \"S3-compatible buckets with lifecycle rules\" \\
      --owner team-runtime --category runtime --lifecycle experimental
  platctl capability new --yes --id queues --name Queues \\
      --summary \"Managed queues\" --owner team-data-platform --dry-run";

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
pub struct ReadinessArgs {
    /// The capabilities to check
    #[arg(required_unless_present = "all")]
    pub ids: Vec<String>,
    /// Check every `ga` capability
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub const SET_LIFECYCLE_HELP: &str =
    "The file is checked as lint would check it: moving to ga is refused while the
readiness checklist (policy.ga_requires) is incomplete. Moving to deprecated
says how to announce the deprecation with a sunset.

Examples:
  platctl capability set-lifecycle preview-environments beta
  platctl capability set-lifecycle managed-postgres ga --commit
  platctl capability set-lifecycle legacy-ci retired --dry-run";

#[derive(clap::Args, Debug)]
pub struct SetLifecycleArgs {
    /// The capability's id
    pub id: String,
    /// The new lifecycle
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The capability's id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}
