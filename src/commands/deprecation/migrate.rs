//! `deprecation migrate`: set consumers' migration status, keeping the
//! file's comments.

use crate::catalog::yaml::parse_documents;
use crate::catalog::Kind;
use crate::commands::writing::{check_id_form, report, report_dry_run, write_error, WriteFlags};
use crate::commands::Env;
use crate::model::ids::is_slug;
use crate::model::{ConsumerStatus, DeprecationStatus};
use crate::store::edit::{edit_mapping, Change, EditError};
use crate::store::writer::{self, Edit, WriteError};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use std::cell::RefCell;

pub const MIGRATE_HELP: &str =
    "Sets the status of each named consumer; the rest of the file (comments, order,
quoting) is kept. `exempt` needs --exception, the waiver that allows the
service to stay.

Examples:
  platctl deprecation migrate legacy-auth-sunset \\
      gift-cards label-printer-bridge --status migrated
  platctl deprecation migrate legacy-auth-sunset loyalty-api \\
      --status in-progress --commit
  platctl deprecation migrate legacy-auth-sunset search-indexer \\
      --status exempt --exception EXC-Y9HH6E";

#[derive(clap::Args, Debug)]
pub struct MigrateArgs {
    /// The deprecation's id
    pub id: String,
    /// The consumers (service ids) to update
    #[arg(required = true, value_name = "SERVICE")]
    pub services: Vec<String>,
    /// Their new status
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ConsumerStatus::NAMES))]
    pub status: String,
    /// The exception that allows an `exempt` consumer to stay (EXC-…)
    #[arg(long, value_name = "EXC-ID")]
    pub exception: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

// ---------------------------------------------------------------------------
// new
// ---------------------------------------------------------------------------

pub fn migrate(env: &Env, a: MigrateArgs) -> Result<Outcome> {
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
    let root = env.root()?;
    let opts = a.write.options(env.today);
    let moves: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let w = writer::update(&root, Kind::Deprecation, &opts, &|cat| {
        let d = crate::commands::deprecation::find(cat, &a.id)?;
        // Later consumers first: an edit never moves the text before it.
        let mut targets = Vec::new();
        for s in &a.services {
            let c = d
                .consumers
                .iter()
                .find(|c| c.service.value == *s)
                .ok_or_else(|| {
                    let known = d.consumers.iter().map(|c| c.service.value.as_str());
                    let hint = crate::suggest::did_you_mean(s, known)
                        .unwrap_or_else(|| "`platctl deprecation show` lists its consumers".into());
                    anyhow!("`{s}` is not a consumer of {} ({hint})", d.id.value)
                })?;
            if !targets
                .iter()
                .any(|t: &&crate::model::Consumer| t.service.value == *s)
            {
                targets.push(c);
            }
        }
        targets.sort_by_key(|c| std::cmp::Reverse(c.span.offset));
        let file = d.meta.file;
        let mut text = cat.text(file).to_string();
        let mut said = Vec::new();
        for c in targets {
            let mut changes = Vec::new();
            if c.status.value != status {
                changes.push(Change::Set("status".into(), status.as_str().into()));
            }
            if let Some(e) = &a.exception {
                if c.exception.as_ref().is_none_or(|x| x.value != *e) {
                    changes.push(Change::Set("exception".into(), e.clone()));
                }
            }
            if changes.is_empty() {
                said.push(format!("{} already {status}", c.service.value));
                continue;
            }
            said.push(format!("{} {} → {status}", c.service.value, c.status.value));
            let path = cat.path(file).to_string();
            let docs = parse_documents(&text)
                .map_err(|e| WriteError::Edit(path.clone(), EditError::Unsupported(e.message)))?;
            let node = writer::mapping_at(&docs, c.span)
                .ok_or_else(|| WriteError::Edit(path.clone(), EditError::NotAMapping))?;
            text = edit_mapping(&text, node, &changes, crate::model::Consumer::FIELDS)
                .map_err(|e| WriteError::Edit(path, e))?;
        }
        said.reverse();
        *moves.borrow_mut() = said;
        Ok(Edit {
            id: d.id.value.clone(),
            path: cat.path(file).to_string(),
            text,
            message: format!(
                "deprecation: {} {} {status}",
                d.id.value,
                a.services.join(", ")
            ),
        })
    })
    .map_err(write_error)?;
    if a.write.dry_run {
        return report_dry_run(env, &w).map(|_| Outcome::Ok);
    }
    let said = moves.borrow().join("; ");
    if !w.written {
        env.note(&format!("{}: nothing to change ({said})", w.id));
        return Ok(Outcome::Ok);
    }
    report(env, &w, &format!("{}: {said}", w.id), "")?;
    hint_status(env, &w.id);
    Ok(Outcome::Ok)
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

// ---------------------------------------------------------------------------
// update
// ---------------------------------------------------------------------------
