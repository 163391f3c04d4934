//! `deprecation migrate`: set consumers' migration status, keeping the
//! file's comments.

use crate::app::Env;
use crate::cli::deprecation::MigrateArgs;
use crate::ops;
use crate::Outcome;
use anyhow::Result;

pub fn migrate(env: &Env, a: MigrateArgs) -> Result<Outcome> {
    let status =
        ops::deprecation::check_migration(&a.id, &a.services, &a.status, a.exception.as_deref())?;
    let root = env.root()?;
    let m = ops::deprecation::Migration {
        id: &a.id,
        services: &a.services,
        status,
        exception: a.exception.as_deref(),
    };
    let done = ops::deprecation::migrate(&root, &a.write.options(env.today), &m)?;
    let w = &done.written;
    if a.write.dry_run {
        return env.report_dry_run(w).map(|_| Outcome::Ok);
    }
    let said = done.moves.join("; ");
    if !w.written {
        env.note(&format!("{}: nothing to change ({said})", w.id));
        return Ok(Outcome::Ok);
    }
    env.report_written(w, &format!("{}: {said}", w.id), "")?;
    if let Ok(cat) = env.load() {
        if let Some(d) = cat.deprecation(&w.id) {
            let m = crate::report::deprecation_status::migration(&cat, d, env.today);
            for line in crate::output::deprecation::after_migration(d, &m) {
                env.note(&line);
            }
        }
    }
    Ok(Outcome::Ok)
}
