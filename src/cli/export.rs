//! `platctl export`: what a user types and reads in `--help`.

use crate::export::Format;
use crate::kpi::periods::Every;
use std::path::PathBuf;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Backstage entities: one file per team, service and capability, plus a Location
    #[command(after_help = BACKSTAGE_HELP)]
    Backstage(BackstageArgs),
    /// Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards
    Tables(TablesArgs),
}

pub const BACKSTAGE_HELP: &str = "Examples:
  platctl export backstage -o backstage-catalog
  platctl -C catalog export backstage -o /srv/backstage/platform

Writes DIR/all.yaml, a Location listing every file (register that one URL in
Backstage), and one file per entity: teams as Groups (teams/ID.yaml), services
and capabilities as Components (services/, capabilities/). Every file follows
Backstage's entity schemas and naming rules. Each entity carries the annotation
platctl.dev/level.<scorecard>: <level> for every scorecard that scores it
(`none` below the first level), as `platctl scorecard show` gives it for --today.
DIR is replaced whole, never merged; the same catalog gives the same bytes.";

#[derive(clap::Args, Debug)]
pub struct BackstageArgs {
    /// The directory to write (replaced whole)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # today's catalog as Parquet
  platctl export tables -o warehouse/
  # CSV, safe to open in a spreadsheet
  platctl export tables -o out --format csv
  # plus a set of rows per quarter end, read from git
  platctl export tables -o out --since 2025-Q1
  platctl export tables -o out --since 2026-01 --every month \\
      --format jsonl

One file per table (teams, services, capabilities, adoption, roadmap_items, deprecations,
deprecation_consumers, exceptions, intake, kpi_values, scorecard_levels, scorecard_outcomes) and
manifest.json (columns, types, row counts, revision, today). With --since, every table but
kpi_values gets an `as_of` column: the catalog at the last commit on or before each period's end
(today's catalog for the period not over yet), and kpi_values a row per KPI per period.
A file left out of the tables (it does not parse, or an entity in it lacks a
required value) is named in a warning, with the dates it was left out of.
Exit status: 0 written, 2 could not write.")]
pub struct TablesArgs {
    /// The directory to write into (made when missing; files in it are replaced)
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: PathBuf,
    /// File format
    #[arg(long, value_enum, default_value_t = Format::Parquet)]
    pub format: Format,
    /// The first period of history: a quarter (2025-Q1) or a month (2026-01)
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
    /// A set of rows per quarter or per month (default: quarter, or month when --since is a month)
    #[arg(long, value_enum)]
    pub every: Option<Every>,
}
