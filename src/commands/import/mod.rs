//! `platctl import backstage|opslevel|cortex PATH...`: another catalog's files
//! into teams, services and capabilities, the same result on every run.

use super::{Env, ShowFormat};
use crate::interop::{self, Source};
use crate::ops::import::Via;
use crate::Outcome;
use anyhow::{anyhow, Result};
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
capabilities (import.backstage in platctl.yaml). Running it again changes no byte;
with nothing changed, it prints the last report from .platctl/cache without
reading the sources (--no-cache reads them).

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const OPSLEVEL_HELP: &str = "Examples:
  platctl import opslevel ../repos
  platctl import opslevel svc/opslevel.yml --dry-run

Reads opslevel.yml files (a `service:` or `component:` block): each becomes a
service; its owner alias names the team (created when the catalog has none).
Run again with nothing changed, it prints the last report from .platctl/cache.

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const CORTEX_HELP: &str = "Examples:
  platctl import cortex ../repos
  platctl import cortex svc/cortex.yaml --dry-run

Reads cortex.yaml entity descriptors (info.x-cortex-tag …): services and teams.
Run again with nothing changed, it prints the last report from .platctl/cache.

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

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Backstage(a) => import(env, Source::Backstage, a),
        Command::Opslevel(a) => import(env, Source::Opslevel, a),
        Command::Cortex(a) => import(env, Source::Cortex, a),
    }
}

fn import(env: &Env, source: Source, a: Args) -> Result<Outcome> {
    let root = env.root()?;
    let started = std::time::Instant::now();
    let req = crate::ops::import::Request {
        source,
        cwd: &env.cwd,
        paths: &a.paths,
        prune: a.prune,
        dry_run: a.dry_run,
        commit: a.commit,
        cache: !a.no_cache,
        build: build_id(),
        today: env.today,
    };
    let done = env
        .spinning("importing", || crate::ops::import::import(&root, &req))
        .map_err(|e| match e {
            crate::ops::import::ImportError::Sources(e) => anyhow!(e),
            crate::ops::import::ImportError::Write(e) => super::writing::write_error(e),
        })?;
    print_report(env, &a, &done.report, &done.kept)?;
    if env.verbose {
        env.note(&match done.via {
            Via::Full { sources } => format!("read {sources} source files"),
            Via::Cache { sources, files } => format!(
                "nothing changed since the last import ({sources} source files and {files} catalog files as they were): its report, from {}",
                crate::store::import_cache::DIR
            ),
        });
        env.note(&format!("done in {:.0?}", started.elapsed()));
    }
    let problems = done.report.has_problems();
    std::mem::forget(done);
    Ok(if problems {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}

/// This build of platctl, for the import cache's key: the version and the
/// executable's identity (a rebuild is another build).
fn build_id() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| crate::interop::cache::Ident::at(&p));
    format!("{} {exe:?}", env!("CARGO_PKG_VERSION"))
}

/// The report as text (after the diff, with `--dry-run`) or JSON.
fn print_report(
    env: &Env,
    a: &Args,
    report: &interop::Report,
    kept: &[interop::merge::Change],
) -> Result<()> {
    match a.format {
        ShowFormat::Json => env.print(&crate::output::json_document(report)?)?,
        ShowFormat::Text => {
            if a.dry_run {
                let mut diff = String::new();
                for c in kept {
                    diff.push_str(&crate::output::diff::unified(
                        &c.path,
                        c.old.as_deref(),
                        c.new.as_deref(),
                        3,
                    ));
                }
                env.print(&crate::output::import::term_lines(&diff))?;
            }
            env.print(&crate::output::import::text(report, env.style, env.width()))?;
        }
    }
    Ok(())
}
