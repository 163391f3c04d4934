//! `deprecation migrate`: set consumers' migration status, keeping the
//! file's comments.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::deprecation::MigrateArgs;
use crate::model::ids::is_slug;
use crate::model::{ConsumerStatus, DeprecationStatus};
use crate::ops;
use crate::ops::check_id_form;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub fn migrate(env: &Env, a: MigrateArgs) -> Result<Outcome> {
    let status = check(&a)?;
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
    hint_status(env, &w.id);
    Ok(Outcome::Ok)
}

/// The arguments' own checks, before the catalog is read: the consumers'
/// new status.
fn check(a: &MigrateArgs) -> Result<ConsumerStatus> {
    check_id_form(Kind::Deprecation, &a.id)?;
    for s in &a.services {
        if !is_slug(s) {
            bail!("`{s}` is not a valid service id: an id is lowercase letters, digits and dashes");
        }
    }
    let status = ConsumerStatus::parse(&a.status).ok_or_else(|| {
        anyhow!(
            "--status `{}`: one of {}",
            a.status,
            ConsumerStatus::NAMES.join(", ")
        )
    })?;
    match (&a.exception, status) {
        (None, ConsumerStatus::Exempt) => bail!("--status exempt needs --exception EXC-…: the waiver that lets the service stay (`platctl exception new` records one)"),
        (Some(_), s) if s != ConsumerStatus::Exempt => bail!("--exception goes with --status exempt only"),
        (Some(e), _) => check_id_form(Kind::Exception, e)?,
        _ => {}
    }
    Ok(status)
}

/// After a migration: the deprecation's own status, when it no longer fits.
fn hint_status(env: &Env, id: &str) {
    let Ok(cat) = env.load() else { return };
    let Some(d) = cat.deprecation(id) else { return };
    let m = crate::report::deprecation_status::migration(&cat, d, env.today);
    env.note(&format!(
        "progress {:.0}%: {} migrated, {} remaining",
        m.progress * 100.0,
        m.migrated,
        m.remaining
    ));
    if d.is_open() && m.remaining == 0 {
        env.note(&format!("every consumer has moved or is exempt: when the sunset is done, platctl deprecation update {id} --status completed"));
    } else if d.status.value == DeprecationStatus::Announced
        && (m.migrated > 0 || m.in_progress > 0)
    {
        env.note(&format!(
            "migrations have started: platctl deprecation update {id} --status migrating"
        ));
    }
}
