//! `platctl import backstage|opslevel|cortex PATH...`: another catalog's files
//! into teams, services and capabilities, the same result on every run.

use crate::app::Env;
use crate::cli::import::{Args, Command};
use crate::cli::ShowFormat;
use crate::interop::{self, Source};
use crate::ops::import::Via;
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
    let req = crate::ops::import::Request {
        source,
        cwd: &env.cwd,
        paths: &a.paths,
        prune: a.prune,
        dry_run: a.dry_run,
        commit: a.commit,
        cache: !a.no_cache,
        build: crate::app::build_id(),
        today: env.today,
    };
    let done = env
        .spinning("importing", || crate::ops::import::import(&root, &req))
        .map_err(|e| match e {
            crate::ops::import::ImportError::Sources(e) => anyhow!(e),
            crate::ops::import::ImportError::Write(e) => crate::ops::write_error(e),
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

/// The report as text (after the diff, with `--dry-run`) or JSON.
fn print_report(
    env: &Env,
    a: &Args,
    report: &interop::Report,
    kept: &[interop::merge::Change],
) -> Result<()> {
    match a.format {
        ShowFormat::Json => env.print_data(&crate::output::json_document(report)?)?,
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
                env.print_text(&crate::output::import::term_lines(&diff))?;
            }
            env.print_text(&crate::output::import::text(report, env.style, env.width()))?;
        }
    }
    Ok(())
}
