//! `platctl init`: what a user types and reads in `--help`.

use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl init\n  platctl init platform-catalog --name \"Acme Platform\" --example\n  platctl init --no-git\n\nA directory that is in no git repository is made one (`git init`): the\ntrends, the changelog and the roadmap's scope changes read the catalog's history."
)]
pub struct Args {
    /// Where to make the catalog (default: here)
    pub dir: Option<PathBuf>,
    /// The platform's name, shown in report titles (default: the directory's name)
    #[arg(long)]
    pub name: Option<String>,
    /// Add a small sample: two teams, services, capabilities, a roadmap quarter, a request
    #[arg(long)]
    pub example: bool,
    /// Do not run `git init` when the directory is in no repository
    #[arg(long)]
    pub no_git: bool,
}
