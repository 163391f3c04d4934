//! `deprecation update`: change a deprecation's own fields.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::deprecation::UpdateArgs;
use crate::model::DeprecationStatus;
use crate::ops;
use crate::ops::check_id_form;
use crate::prompt::to_date;
use crate::store::edit::Change;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub fn update(env: &Env, a: UpdateArgs) -> Result<Outcome> {
    check_id_form(Kind::Deprecation, &a.id)?;
    let (changes, said) = changes(&a)?;
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
    if let Ok(cat) = env.load() {
        if let Some(d) = cat.deprecation(&w.id) {
            let left = d.remaining();
            if d.status.value == DeprecationStatus::Completed && left > 0 {
                env.warn(&format!(
                    "{} is completed with {left} consumer(s) still pending or in progress",
                    w.id
                ));
            }
        }
    }
    env.warn_after(&w);
    Ok(Outcome::Ok)
}

/// The changes the flags ask for, and how to say them ("status migrating, sunset 2027-03-31").
fn changes(a: &UpdateArgs) -> Result<(Vec<Change>, String)> {
    let sunset = a
        .sunset
        .as_deref()
        .map(|s| to_date("--sunset", s))
        .transpose()?;
    if let Some(r) = &a.replacement {
        check_id_form(Kind::Capability, r).map_err(|e| anyhow!("--replacement: {e}"))?;
    }
    let mut changes = Vec::new();
    let mut said = Vec::new();
    if let Some(s) = &a.status {
        changes.push(Change::Set("status".into(), s.clone()));
        said.push(format!("status {s}"));
    }
    if let Some(d) = sunset {
        changes.push(Change::Set(
            "sunset".into(),
            d.format("%Y-%m-%d").to_string(),
        ));
        said.push(format!("sunset {d}"));
    }
    if let Some(r) = &a.replacement {
        changes.push(Change::Set("replacement".into(), r.clone()));
        said.push(format!("replacement {r}"));
    }
    if let Some(g) = &a.migration_guide {
        changes.push(Change::Set(
            "migration_guide".into(),
            crate::store::yaml_text::scalar(g.trim()),
        ));
        said.push(format!("migration guide {}", g.trim()));
    }
    if changes.is_empty() {
        bail!("nothing to change: give --status, --sunset, --replacement or --migration-guide");
    }
    Ok((changes, said.join(", ")))
}
