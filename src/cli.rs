//! The command line: global flags and the command tree (clap derive).

use crate::commands;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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
        value_name = "DIR"
    )]
    pub catalog: Option<PathBuf>,

    /// The date every date rule and KPI uses (YYYY-MM-DD); default: the local date
    #[arg(long, global = true, env = "PLATCTL_TODAY", value_name = "DATE")]
    pub today: Option<String>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print only results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Say more about what is happening (timings, files read)
    #[arg(short, long, global = true)]
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
    Init(commands::init::Args),
    /// Check the catalog: schemas, references, lifecycle policy, dates
    Lint(commands::lint::Args),
    /// Explain a lint rule: why it exists, an example that breaks it, the fix
    Explain(commands::explain::Args),
    /// File, list, deduplicate and triage requests from product teams
    #[command(subcommand)]
    Intake(commands::intake::Command),
    /// The capability catalog: list, show, release readiness
    #[command(subcommand)]
    Capability(commands::capability::Command),
    /// The quarterly roadmap
    #[command(subcommand)]
    Roadmap(commands::roadmap::Command),
    /// Reports: the quarterly roadmap report, the KPI dashboard, the catalog page
    #[command(subcommand)]
    Report(commands::report::Command),
    /// KPIs for a period: value, target, status, change; --trend over history
    Kpi(commands::kpi::Args),
    /// Deprecations and their migrations
    #[command(subcommand)]
    Deprecation(commands::deprecation::Command),
    /// Time-bound exceptions to platform standards
    #[command(subcommand)]
    Exception(commands::exception::Command),
    /// Scorecards: each entity's level against a standard, what it needs next, trends
    #[command(subcommand)]
    Scorecard(commands::scorecard::Command),
    /// Campaigns: time-boxed pushes to get entities passing scorecard rules by a date
    #[command(subcommand)]
    Campaign(commands::campaign::Command),
    /// What changed in the catalog between two revisions, as release notes
    Changelog(commands::changelog::Args),
    /// Write a JSON Schema for every kind of file, for editors and other tools
    Schema(commands::schema::Args),
    /// Print shell completions
    Completions(commands::completions::Args),
    /// Write man pages
    Man(commands::man::Args),
}
