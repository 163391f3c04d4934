//! `platctl import backstage|opslevel|cortex PATH...`: another catalog's files
//! into teams, services and capabilities, the same result on every run.

use super::{Env, ShowFormat};
use crate::catalog::Kind;
use crate::interop::{self, Source};
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
capabilities (import.backstage in platctl.yaml). Running it again changes no byte.

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const OPSLEVEL_HELP: &str = "Examples:
  platctl import opslevel ../repos
  platctl import opslevel svc/opslevel.yml --dry-run

Reads opslevel.yml files (a `service:` or `component:` block): each becomes a
service; its owner alias names the team (created when the catalog has none).

Exit status: 0 everything mapped, 1 an entity was skipped or a value not mapped,
2 the import could not run.";

const CORTEX_HELP: &str = "Examples:
  platctl import cortex ../repos
  platctl import cortex svc/cortex.yaml --dry-run

Reads cortex.yaml entity descriptors (info.x-cortex-tag …): services and teams.

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
    let gathered = env.spinning("reading the source files", || {
        interop::gather::gather(&env.cwd, &a.paths, source == Source::Backstage)
    });
    let gathered = gathered.map_err(|e| anyhow!(e))?;
    if env.verbose {
        env.note(&format!(
            "read {} files in {:.0?}",
            gathered.files.len(),
            started.elapsed()
        ));
    }
    let headers: Vec<(Kind, Option<String>)> = [Kind::Team, Kind::Service, Kind::Capability]
        .into_iter()
        .map(|k| (k, crate::store::writer::schema_header(&root, k)))
        .collect();
    let header = |k: Kind| {
        headers
            .iter()
            .find(|(x, _)| *x == k)
            .and_then(|(_, h)| h.clone())
    };
    let opts = crate::store::writer::Options::for_run(env.today, a.commit, a.dry_run);
    let prune = a.prune;
    // The mapping reads teams, capabilities and the settings, never services:
    // a service file that already holds what import would write is not parsed.
    let prepare = |cat: &crate::catalog::Catalog, present: &std::collections::HashSet<String>| {
        let known = interop::Known::of(cat);
        let mut mapped = match source {
            Source::Backstage => {
                interop::backstage::map(&gathered.files, &cat.config.import.backstage, &known)
            }
            Source::Opslevel => interop::opslevel::map(&gathered.files, &known),
            Source::Cortex => interop::cortex::map(&gathered.files, &known),
        };
        mapped.not_read.extend(gathered.not_read.iter().cloned());
        let expected = interop::merge::expected(&mapped, Kind::Service, source, &header, present);
        (mapped, expected)
    };
    let plan = |mapped: interop::Mapped,
                cat: &crate::catalog::Catalog,
                unchanged: &std::collections::HashSet<String>| {
        let p = interop::plan(cat, source, mapped, prune, &header, unchanged);
        let changes = p.changes.clone();
        (p, changes)
    };
    // One line: the commit path takes a subject (the report has the details).
    let message = |_: &interop::Plan, kept: &[interop::merge::Change]| {
        let created = kept.iter().filter(|c| c.old.is_none()).count();
        let removed = kept.iter().filter(|c| c.new.is_none()).count();
        let updated = kept.len() - created - removed;
        format!(
            "import {}: {created} created, {updated} updated, {removed} removed",
            source.name()
        )
    };
    let (plan, applied) = env
        .spinning("importing", || {
            crate::store::import::apply(&root, &opts, Kind::Service, &prepare, &plan, &message)
        })
        .map_err(super::writing::write_error)?;
    let report = plan.report(&applied.refused, a.dry_run, applied.commit.clone());
    print_report(env, &a, &report, &applied.kept)?;
    if env.verbose {
        env.note(&format!("done in {:.0?}", started.elapsed()));
    }
    let problems = report.has_problems();
    // The process ends right after this: freeing every parsed source file
    // and planned text one by one would cost more than comparing them did.
    std::mem::forget(gathered);
    std::mem::forget(plan);
    std::mem::forget(applied);
    Ok(if problems {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
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
