//! `platctl site`: what a user types and reads in `--help`.

use std::path::PathBuf;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs
    Build(BuildArgs),
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl site build -o public
  platctl site build -o public --since 2026-10-01
  platctl --today 2026-11-27 site build -o site --since 2w

Pages: index.html (counts, search, what needs attention, what changed lately), capabilities/,
services/, teams/, deprecations/, exceptions/, intake/, roadmap/<quarter>.html, kpis.html,
scorecards/ and campaigns/ (with trends and burn-ups from git), radar.html, search.html, and
data/*.json (the data behind the pages). Every link is relative
and names a file, so the site works from any sub-path and opened from disk. Nothing is loaded
from elsewhere; only the search page runs a script.

DIR is replaced whole on every build (written beside it, synced once, then swapped in); platctl
refuses a DIR that is not empty and that it did not build. See docs/site.md to publish on
GitHub Pages or GitLab Pages.

Exit status: 0 the site was written (whatever the catalog's findings: each is shown on its
entry's page), 2 it could not be.")]
pub struct BuildArgs {
    /// The directory to write the site to (replaced whole)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// "What changed" on the home page starts here: a number of days or weeks back (30d, 2w),
    /// a date (2026-10-01), or a quarter or month (its first day); default 30d
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
}
