//! `deprecation update`: change a deprecation's own fields.

use crate::catalog::Kind;
use crate::commands::prompt::to_date;
use crate::commands::writing::{
    check_id_form, report, report_dry_run, warn_after, write_error, WriteFlags,
};
use crate::commands::Env;
use crate::model::DeprecationStatus;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub const UPDATE_HELP: &str =
    "Changes only the fields given; the rest of the file (comments, order, quoting)
is kept. A sunset moved sooner than the policy's notice is refused (lint:
sunset-notice-too-short).

Examples:
  platctl deprecation update legacy-auth-sunset --status migrating
  platctl deprecation update legacy-auth-sunset --sunset 2027-03-31 --commit
  platctl deprecation update legacy-ci-shutdown --status completed";

#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// The deprecation's id
    pub id: String,
    /// The deprecation's status
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(DeprecationStatus::NAMES))]
    pub status: Option<String>,
    /// A new sunset, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub sunset: Option<String>,
    /// The capability consumers move to
    #[arg(long, value_name = "ID")]
    pub replacement: Option<String>,
    /// Where consumers learn how to move (a URL)
    #[arg(long, value_name = "URL")]
    pub migration_guide: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn update(env: &Env, a: UpdateArgs) -> Result<Outcome> {
    check_id_form(Kind::Deprecation, &a.id)?;
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
    let root = env.root()?;
    let opts = a.write.options(env.today);
    let said = said.join(", ");
    let w = writer::update(&root, Kind::Deprecation, &opts, &|cat| {
        let d = crate::commands::deprecation::find(cat, &a.id)?;
        if let Some(r) = &a.replacement {
            if cat.capability(r).is_none() {
                return Err(crate::commands::writing::unknown(cat, Kind::Capability, r).into());
            }
        }
        let text = writer::edit_at(
            cat,
            d.meta.file,
            d.meta.span,
            &changes,
            crate::model::Deprecation::FIELDS,
        )?;
        Ok(Edit {
            id: d.id.value.clone(),
            path: cat.path(d.meta.file).to_string(),
            text,
            message: format!("deprecation: {} {said}", d.id.value),
        })
    })
    .map_err(write_error)?;
    if a.write.dry_run {
        return report_dry_run(env, &w).map(|_| Outcome::Ok);
    }
    if !w.written {
        env.note(&format!("{}: nothing to change", w.id));
        return Ok(Outcome::Ok);
    }
    report(env, &w, &format!("{}: {said}", w.id), "")?;
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
    warn_after(env, &w);
    Ok(Outcome::Ok)
}
