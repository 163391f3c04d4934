//! Deprecations: announce one, move its consumers, change its own fields.

use super::{check_id_form, create, unknown, update, Confirm, NewFile};
use crate::catalog::yaml::parse_documents;
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::draft::DeprecationDraft;
use crate::lifecycle::input::to_date;
use crate::model::ids::is_slug;
use crate::model::{Consumer, ConsumerStatus, Deprecation};
use crate::store::edit::{edit_mapping, Change, EditError};
use crate::store::writer::{self, Edit, IdChoice, Options, WriteError, Written};
use anyhow::{anyhow, bail, Result};
use std::cell::RefCell;
use std::path::Path;

/// Looks a deprecation up by an id given on the command line.
pub fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Deprecation> {
    check_id_form(Kind::Deprecation, id)?;
    cat.deprecation(id)
        .ok_or_else(|| unknown(cat, Kind::Deprecation, id))
}

/// What goes away: the capability, or one interface version of it.
pub fn thing(d: &DeprecationDraft) -> String {
    match &d.interface {
        Some(i) => format!("{} {i}", d.capability),
        None => d.capability.clone(),
    }
}

/// Writes a new deprecation `id` once `confirm` has seen it.
pub fn announce(
    root: &Path,
    opts: &Options,
    draft: &DeprecationDraft,
    id: String,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let thing = thing(draft);
    let sunset = draft.sunset;
    let new = NewFile {
        kind: Kind::Deprecation,
        id: IdChoice::Given(id),
        body: &|id| draft.to_yaml(id),
        message: &|id| format!("deprecation: {id} {thing} sunsets {sunset}"),
    };
    create(root, opts, new, confirm)
}

/// A migration: these consumers of deprecation `id` get `status` (and,
/// when exempt, the exception that lets them stay).
pub struct Migration<'a> {
    pub id: &'a str,
    pub services: &'a [String],
    pub status: ConsumerStatus,
    pub exception: Option<&'a str>,
}

/// What a migration did: the write, and one phrase per consumer
/// ("gift-cards pending → migrated", "loyalty-api already migrated").
pub struct Migrated {
    pub written: Written,
    pub moves: Vec<String>,
}

/// Sets the consumers' status, keeping the rest of the file as written.
pub fn migrate(root: &Path, opts: &Options, m: &Migration) -> Result<Migrated> {
    let moves: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let written = update(root, Kind::Deprecation, opts, &|cat| {
        let (edit, said) = plan_migration(cat, m)?;
        *moves.borrow_mut() = said;
        Ok(edit)
    })?;
    Ok(Migrated {
        written,
        moves: moves.into_inner(),
    })
}

/// The consumers named, each once, later ones first: an edit never moves
/// the text before it.
fn targets<'c>(d: &'c Deprecation, services: &[String]) -> Result<Vec<&'c Consumer>> {
    let mut targets: Vec<&Consumer> = Vec::new();
    for s in services {
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
        if !targets.iter().any(|t| t.service.value == *s) {
            targets.push(c);
        }
    }
    targets.sort_by_key(|c| std::cmp::Reverse(c.span.offset));
    Ok(targets)
}

fn plan_migration(cat: &Catalog, m: &Migration) -> Result<(Edit, Vec<String>), WriteError> {
    let d = find(cat, m.id)?;
    let status = m.status;
    let file = d.meta.file;
    let path = cat.path(file).to_string();
    let mut text = cat.text(file).to_string();
    let mut said = Vec::new();
    for c in targets(d, m.services)? {
        let mut changes = Vec::new();
        if c.status.value != status {
            changes.push(Change::Set("status".into(), status.as_str().into()));
        }
        if let Some(e) = m.exception {
            if c.exception.as_ref().is_none_or(|x| x.value != e) {
                changes.push(Change::Set("exception".into(), e.to_string()));
            }
        }
        if changes.is_empty() {
            said.push(format!("{} already {status}", c.service.value));
            continue;
        }
        said.push(format!("{} {} → {status}", c.service.value, c.status.value));
        let docs = parse_documents(&text)
            .map_err(|e| WriteError::Edit(path.clone(), EditError::Unsupported(e.message)))?;
        let node = writer::mapping_at(&docs, c.span)
            .ok_or_else(|| WriteError::Edit(path.clone(), EditError::NotAMapping))?;
        text = edit_mapping(&text, node, &changes, crate::model::Consumer::FIELDS)
            .map_err(|e| WriteError::Edit(path.clone(), e))?;
    }
    said.reverse();
    let edit = Edit {
        id: d.id.value.clone(),
        path,
        text,
        message: format!(
            "deprecation: {} {} {status}",
            d.id.value,
            m.services.join(", ")
        ),
    };
    Ok((edit, said))
}

/// Changes deprecation `id`'s own fields (`said` names them for the commit
/// message); a `replacement` must be a capability of the catalog.
pub fn edit(
    root: &Path,
    opts: &Options,
    id: &str,
    changes: &[Change],
    replacement: Option<&str>,
    said: &str,
) -> Result<Written> {
    update(root, Kind::Deprecation, opts, &|cat| {
        let d = find(cat, id)?;
        if let Some(r) = replacement {
            if cat.capability(r).is_none() {
                return Err(unknown(cat, Kind::Capability, r).into());
            }
        }
        let text = writer::edit_at(
            cat,
            d.meta.file,
            d.meta.span,
            changes,
            crate::model::Deprecation::FIELDS,
        )?;
        Ok(Edit {
            id: d.id.value.clone(),
            path: cat.path(d.meta.file).to_string(),
            text,
            message: format!("deprecation: {} {said}", d.id.value),
        })
    })
}

/// What `deprecation update` changes: each field given is set.
pub struct Update<'a> {
    pub status: Option<&'a str>,
    pub sunset: Option<&'a str>,
    pub replacement: Option<&'a str>,
    pub migration_guide: Option<&'a str>,
}

/// The changes `deprecation update` asks for, and how to say them ("status migrating, sunset 2027-03-31").
pub fn update_changes(a: &Update) -> Result<(Vec<Change>, String)> {
    let sunset = a.sunset.map(|s| to_date("--sunset", s)).transpose()?;
    if let Some(r) = a.replacement {
        check_id_form(Kind::Capability, r).map_err(|e| anyhow!("--replacement: {e}"))?;
    }
    let mut changes = Vec::new();
    let mut said = Vec::new();
    if let Some(s) = a.status {
        changes.push(Change::Set("status".into(), s.to_string()));
        said.push(format!("status {s}"));
    }
    if let Some(d) = sunset {
        changes.push(Change::Set(
            "sunset".into(),
            d.format("%Y-%m-%d").to_string(),
        ));
        said.push(format!("sunset {d}"));
    }
    if let Some(r) = a.replacement {
        changes.push(Change::Set("replacement".into(), r.to_string()));
        said.push(format!("replacement {r}"));
    }
    if let Some(g) = a.migration_guide {
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

/// `deprecation migrate`'s own checks, before the catalog is read: the
/// ids' form and the consumers' new status (exempt only with an exception).
pub fn check_migration(
    id: &str,
    services: &[String],
    status: &str,
    exception: Option<&str>,
) -> Result<ConsumerStatus> {
    check_id_form(Kind::Deprecation, id)?;
    for s in services {
        if !is_slug(s) {
            bail!("`{s}` is not a valid service id: an id is lowercase letters, digits and dashes");
        }
    }
    let status = ConsumerStatus::parse(status).ok_or_else(|| {
        anyhow!(
            "--status `{}`: one of {}",
            status,
            ConsumerStatus::NAMES.join(", ")
        )
    })?;
    match (exception, status) {
        (None, ConsumerStatus::Exempt) => bail!("--status exempt needs --exception EXC-…: the waiver that lets the service stay (`platctl exception new` records one)"),
        (Some(_), s) if s != ConsumerStatus::Exempt => bail!("--exception goes with --status exempt only"),
        (Some(e), _) => check_id_form(Kind::Exception, e)?,
        _ => {}
    }
    Ok(status)
}
