//! `platctl lint`: what a user types and reads in `--help`.

use clap::ValueEnum;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl lint\n  platctl lint capabilities/ci-pipelines.yaml\n  platctl lint --format json --deny-warnings\n  platctl lint --rule roadmap-item-without-outcome=off\n\nIn CI:\n  platctl lint --changed-since origin/main     # what the pull request changed\n  platctl lint --format sarif > platctl.sarif  # GitHub code scanning\n  platctl lint --format github                 # annotations (default when GITHUB_ACTIONS=true)\n  platctl lint --format junit > junit.xml      # test reports (GitLab, Jenkins)\n\nExit status: 0 no errors (and no warnings with --deny-warnings), 1 findings at that level, 2 lint could not run."
)]
pub struct Args {
    /// Report only findings in these files (the whole catalog is still loaded)
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Report only findings in files that differ from this git revision
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Exit 1 on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Set a rule's level for this run: ID=error|warning|off (repeatable)
    #[arg(long = "rule", value_name = "ID=LEVEL")]
    pub rules: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Github,
    Junit,
}
