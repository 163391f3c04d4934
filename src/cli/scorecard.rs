//! `platctl scorecard`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat};
use crate::kpi::periods::Every;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Each scorecard: applies to, entities scored, counts per level, median, progress, target
    #[command(
        after_help = "Examples:\n  platctl scorecard list\n  platctl scorecard list --format json\n  platctl --today 2027-01-15 scorecard list --format csv"
    )]
    List(ListArgs),
    /// One scorecard: each entity's level, score and failing rules; --trend over git history
    #[command(
        after_help = "Examples:\n  platctl scorecard show production-readiness\n  platctl scorecard show production-readiness --team team-payments \\\n      --level none\n  platctl scorecard show production-readiness --trend --since 2026-Q1\n  platctl scorecard show production-readiness --trend --every month \\\n      --format json\n\nA failing rule is shown with its outcome: fail, unknown (no data: an absent\nmetric or fact) or error (the expression could not be evaluated)."
    )]
    Show(ShowArgs),
    /// Why an entity is at its level, each rule's outcome and the next step; a CI gate with --min-level
    #[command(
        after_help = "Examples:\n  platctl scorecard check payments-api\n  platctl scorecard check payments-api --scorecard production-readiness \\\n      --min-level silver\n  platctl scorecard check payments-api --format json\n\nExit status: 0 the level is reached (or no --min-level), 1 below --min-level, 2 could not check."
    )]
    Check(CheckArgs),
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// A service, capability or team id
    pub entity: String,
    /// Only this scorecard (default: every scorecard for the entity's kind)
    #[arg(long, value_name = "ID")]
    pub scorecard: Option<String>,
    /// Exit 1 unless the entity is at this level or above
    #[arg(long, value_name = "LEVEL")]
    pub min_level: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A listing's formats, and OpenMetrics text for monitoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// OpenMetrics text for Prometheus, Grafana Agent or Datadog
    Openmetrics,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The scorecard's id
    pub id: String,
    /// Only entities of this team and of the teams below it (through `parent`)
    #[arg(long)]
    pub team: Option<String>,
    /// Only entities at this level (`none` for below the first)
    #[arg(long)]
    pub level: Option<String>,
    /// Counts per level at each period end, from git history
    #[arg(long)]
    pub trend: bool,
    /// With --trend: the first period (2026-Q1 or 2026-01); default four quarters back
    #[arg(long, value_name = "PERIOD", requires = "trend")]
    pub since: Option<String>,
    /// With --trend: one point per quarter or per month
    #[arg(long, value_enum, default_value_t = Every::Quarter, requires = "trend")]
    pub every: Every,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}
