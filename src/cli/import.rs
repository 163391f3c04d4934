//! `platctl import`: what a user types and reads in `--help`.

use super::ShowFormat;
use std::path::PathBuf;

const BACKSTAGE_HELP: &str = "Examples:
  platctl import backstage ../repos
  platctl import backstage catalog-info.yaml org/all.yaml --dry-run
  platctl import backstage ../repos --commit --prune
  platctl import backstage ../repos --format json

Directories are searched for *.yaml and *.yml files holding Backstage entities
(apiVersion backstage.io/v1alpha1 or v1beta1); a Location's relative targets and
globs are followed, URLs are listed as not read. Groups become teams, Components
of a service type services, Components and Resources of a capability type
capabilities (import.backstage in platctl.yaml). Running it again changes no byte.
A run that refuses no file and makes no commit (one that wrote files included)
keeps the report its rerun gives in .platctl/cache: with nothing changed since,
that report is printed without reading the sources (--no-cache reads them).

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const OPSLEVEL_HELP: &str = "Examples:
  platctl import opslevel ../repos
  platctl import opslevel svc/opslevel.yml --dry-run

Reads opslevel.yml files (a `service:` or `component:` block): each becomes a
service; its owner alias names the team (created when the catalog has none).
A run that refuses no file and makes no commit (one that wrote files included)
keeps its rerun's report in .platctl/cache: with nothing changed, it is printed.

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const CORTEX_HELP: &str = "Examples:
  platctl import cortex ../repos
  platctl import cortex svc/cortex.yaml --dry-run

Reads cortex.yaml entity descriptors (info.x-cortex-tag …): services and teams.
A run that refuses no file and makes no commit (one that wrote files included)
keeps its rerun's report in .platctl/cache: with nothing changed, it is printed.

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Import Backstage descriptor files (catalog-info.yaml): groups, components, resources
    #[command(after_help = BACKSTAGE_HELP)]
    Backstage(Args),
    /// Import OpsLevel opslevel.yml files: services and their owners
    #[command(after_help = OPSLEVEL_HELP)]
    Opslevel(Args),
    /// Import Cortex cortex.yaml entity descriptors: services and teams
    #[command(after_help = CORTEX_HELP)]
    Cortex(Args),
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories to read (any number: one per repository)
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print what would change, as a diff, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Commit the files written (and only them) in one commit
    #[arg(long)]
    pub commit: bool,
    /// Remove files import created whose entity is gone from the source
    #[arg(long)]
    pub prune: bool,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
    /// Read every source even when nothing changed since the last import
    /// (the cache in .platctl/cache is neither read nor written)
    #[arg(long)]
    pub no_cache: bool,
}
