//! `deprecation update`: change a deprecation's own fields.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::deprecation::UpdateArgs;
use crate::model::DeprecationStatus;
use crate::ops::{self, check_id_form};
use crate::Outcome;
use anyhow::Result;

pub fn update(env: &Env, a: UpdateArgs) -> Result<Outcome> {
    check_id_form(Kind::Deprecation, &a.id)?;
    let (changes, said) = ops::deprecation::update_changes(&ops::deprecation::Update {
        status: a.status.as_deref(),
        sunset: a.sunset.as_deref(),
        replacement: a.replacement.as_deref(),
        migration_guide: a.migration_guide.as_deref(),
    })?;
    let root = env.root()?;
    let opts = a.write.options(env.today);
    let replacement = a.replacement.as_deref();
    let w = ops::deprecation::edit(&root, &opts, &a.id, &changes, replacement, &said)?;
    if a.write.dry_run {
        return env.report_dry_run(&w).map(|_| Outcome::Ok);
    }
    if !w.written {
        env.note(&format!("{}: nothing to change", w.id));
        return Ok(Outcome::Ok);
    }
    env.report_written(&w, &format!("{}: {said}", w.id), "")?;
    if let Some(d) = env.load().ok().and_then(|c| c.deprecation(&w.id).cloned()) {
        if d.status.value == DeprecationStatus::Completed && d.remaining() > 0 {
            env.warn(&crate::output::written::completed_with_consumers(&d));
        }
    }
    env.warn_after(&w);
    Ok(Outcome::Ok)
}
