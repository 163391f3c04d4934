//! `platctl import backstage|opslevel|cortex PATH...`: another catalog's files
//! into teams, services and capabilities, the same result on every run.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::import::{Args, Command};
use crate::cli::ShowFormat;
use crate::interop::{self, Source};
use crate::Outcome;
use anyhow::{anyhow, Result};

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
        .map_err(crate::ops::write_error)?;
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
