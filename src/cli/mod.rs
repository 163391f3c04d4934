//! The command line: global flags and the command tree (clap derive).
//!
//! This module is data: what a user types and what `--help` says. Each
//! command group has its file here (its `Command` enum, `*Args` structs,
//! value enums and help texts); `commands/` holds the glue that runs them.

pub mod campaign;
pub mod capability;
pub mod changelog;
pub mod completions;
pub mod deprecation;
pub mod exception;
pub mod explain;
pub mod export;
pub mod import;
pub mod init;
pub mod intake;
pub mod kpi;
pub mod lint;
pub mod man;
pub mod mcp;
pub mod report;
pub mod roadmap;
pub mod schema;
pub mod scorecard;
pub mod search;
pub mod service;
pub mod show;
pub mod site;
pub mod status;
pub mod team;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

/// Heading of the options every command takes.
const GLOBAL: &str = "Global options";

#[derive(Parser, Debug)]
#[command(
    name = "platctl",
    version,
    about = "Run your internal developer platform as a product: catalog, intake, roadmap, KPIs — from git, offline",
    long_about = "platctl reads and writes a platform catalog kept as YAML files in git: capabilities, \
services, teams, the quarterly roadmap, deprecations, exceptions, intake requests, metrics and surveys. \
It lints the catalog in CI, files and triages requests, and computes KPI and roadmap reports — locally, \
offline, in milliseconds.",
    after_help = "Examples:\n  platctl init my-catalog --example\n  platctl -C catalog --today 2026-11-27 lint\n  platctl explain exception-expiring\n  platctl intake new\n  platctl report roadmap --format html -o q4.html\n\nExit status: 0 success, 1 a check found problems (lint, readiness), 2 the command could not run."
)]
pub struct Cli {
    /// The catalog root (the directory holding platctl.yaml); default: search upward from here
    #[arg(
        short = 'C',
        long = "catalog",
        global = true,
        env = "PLATCTL_CATALOG",
        hide_env_values = true,
        value_name = "DIR",
        help_heading = GLOBAL
    )]
    pub catalog: Option<PathBuf>,

    /// The date every date rule and KPI uses (YYYY-MM-DD); default: the local date
    #[arg(
        long,
        global = true,
        env = "PLATCTL_TODAY",
        hide_env_values = true,
        value_name = "DATE",
        help_heading = GLOBAL
    )]
    pub today: Option<String>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorChoice,

    /// Print only results, warnings and errors
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// Say more about what is happening (timings, files read)
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Make a new catalog: platctl.yaml with commented defaults and the directories
    Init(init::Args),
    /// Check the catalog: schemas, references, lifecycle policy, dates
    Lint(lint::Args),
    /// Explain a lint rule: why it exists, an example that breaks it, the fix
    Explain(explain::Args),
    /// File, list, deduplicate and triage requests from product teams
    #[command(subcommand)]
    Intake(intake::Command),
    /// The capability catalog: list, show, release readiness
    #[command(subcommand)]
    Capability(capability::Command),
    /// Teams: list them, add one
    #[command(subcommand)]
    Team(team::Command),
    /// Services: list them, add one, record what it adopted
    #[command(subcommand)]
    Service(service::Command),
    /// The quarterly roadmap
    #[command(subcommand)]
    Roadmap(roadmap::Command),
    /// Reports: the quarterly roadmap report, the KPI dashboard, the catalog page
    #[command(subcommand)]
    Report(report::Command),
    /// KPIs for a period: value, target, status, change; --trend over history
    Kpi(kpi::Args),
    /// Deprecations and their migrations
    #[command(subcommand)]
    Deprecation(deprecation::Command),
    /// Time-bound exceptions to platform standards
    #[command(subcommand)]
    Exception(exception::Command),
    /// Scorecards: each entity's level against a standard, what it needs next, trends
    #[command(subcommand)]
    Scorecard(scorecard::Command),
    /// Campaigns: time-boxed pushes to get entities passing scorecard rules by a date
    #[command(subcommand)]
    Campaign(campaign::Command),
    /// What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs
    Status(status::Args),
    /// What changed in the catalog between two revisions, as release notes
    Changelog(changelog::Args),
    /// Import another catalog: Backstage, OpsLevel or Cortex files
    #[command(subcommand)]
    Import(import::Command),
    /// Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)
    #[command(subcommand)]
    Export(export::Command),
    /// The portal: a static website of the whole catalog, for any static file host
    #[command(subcommand)]
    Site(site::Command),
    /// Write a JSON Schema for every kind of file, for editors and other tools
    Schema(schema::Args),
    /// Print shell completions
    Completions(completions::Args),
    /// Write man pages
    Man(man::Args),
    /// Find anything in the catalog by id, name, summary, title or team
    Search(search::Args),
    /// One entity of any kind: capability, service, team, deprecation, exception, request
    Show(show::Args),
    /// Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default
    Mcp(mcp::Args),
}

/// Output of a listing (`list` subcommands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

/// Output of a `show` subcommand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

/// Output of a report: Markdown (GitHub), one self-contained HTML file, or JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Json,
}

/// The flags of every command that writes a file.
#[derive(clap::Args, Clone, Copy, Debug)]
pub struct WriteFlags {
    /// Check and print the file instead of writing it
    #[arg(long)]
    pub dry_run: bool,
    /// Also commit the file it writes (and only it) to git
    #[arg(long)]
    pub commit: bool,
}

/// The colour of clap's own output (help, usage errors): `--color` as the
/// command line gives it (clap itself only reads it once parsing is done),
/// else none with `NO_COLOR`, else auto.
pub fn clap_color(args: &[OsString], no_color: bool) -> clap::ColorChoice {
    let mut chosen = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--color") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        match value.as_deref() {
            Some("never") => chosen = Some(clap::ColorChoice::Never),
            Some("always") => chosen = Some(clap::ColorChoice::Always),
            Some("auto") => chosen = Some(clap::ColorChoice::Auto),
            _ => {}
        }
    }
    chosen.unwrap_or(if no_color {
        clap::ColorChoice::Never
    } else {
        clap::ColorChoice::Auto
    })
}

/// Parses the process's arguments. Help, version and usage errors come back
/// as the error, styled in the colour `--color` asks for: `main` prints it
/// and exits with its code (0 for help and version, 2 for a usage error).
#[allow(clippy::disallowed_methods)] // NO_COLOR for clap's own messages, before Env exists
pub fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let cmd = Cli::command().color(clap_color(&args, no_color));
    let m = cmd.try_get_matches_from(args)?;
    Cli::from_arg_matches(&m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn color(args: &[&str], no_color: bool) -> clap::ColorChoice {
        let v: Vec<OsString> = args.iter().map(OsString::from).collect();
        clap_color(&v, no_color)
    }

    #[test]
    fn color_flag_reaches_clap() {
        use clap::ColorChoice::*;
        assert_eq!(
            color(&["platctl", "--color", "never", "lint"], false),
            Never
        );
        assert_eq!(color(&["platctl", "lint", "--color=always"], true), Always);
        assert_eq!(color(&["platctl", "lint"], true), Never);
        assert_eq!(color(&["platctl", "lint"], false), Auto);
        assert_eq!(color(&["platctl", "--", "--color", "never"], false), Auto);
    }
}
