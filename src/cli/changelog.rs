//! `platctl changelog`: what a user types and reads in `--help`.

use clap::ValueEnum;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # since the last tag (or the first commit) up to HEAD
  platctl changelog
  # release notes since a tag
  platctl changelog --from v2026-q3
  platctl changelog --from HEAD~5 --to worktree --format json

Changes: capabilities added or removed, lifecycle moves, interface versions, owners, deprecations
announced, sunsets moved (brought forward = breaking), deprecations completed or cancelled,
exceptions granted, expired or revoked, roadmap items added, delivered, slipped or dropped.
A capability removed or retired and an interface version removed are breaking too.")]
pub struct Args {
    /// The older revision (default: the last tag before --to, else the first commit)
    #[arg(long, value_name = "REV")]
    pub from: Option<String>,
    /// The newer revision, or `worktree` for the files as they are now (default: HEAD)
    #[arg(long, value_name = "REV")]
    pub to: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Json,
}
