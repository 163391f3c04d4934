//! The work behind the commands that is neither argument parsing nor
//! rendering. Commands parse their arguments, call these, and hand the data
//! they return to `output/`.
//!
//! Reading: git history for trends, burn-ups and scope changes, scoping a
//! lint run, gathering the site's inputs (`read_*`).
//!
//! Writing: the work of the commands that change the catalog: given typed answers,
//! build the entity or the edit, write it through the one shared writer
//! (validated, locked, atomic, `--dry-run`, `--commit`) and return what
//! happened as data. Nothing here prints, asks, reads the clock or the
//! environment: "today" and the answers are parameters, and the one
//! go-ahead a person may give (after the preview of a new file) is a
//! callback.

pub mod capability;
pub mod deprecation;
pub mod exception;
pub mod import;
pub mod init;
pub mod intake;
pub mod read_changelog;
pub mod read_lint;
pub mod read_roadmap;
pub mod read_scorecard;
pub mod read_site;
pub mod roadmap;
pub mod schema;
pub mod service;

use crate::catalog::{Catalog, Kind};
use crate::model::ids::{is_allocated, is_slug};
use crate::store::writer::{self, Edit, IdChoice, Options, WriteError, Written};
use anyhow::{bail, Result};
use std::path::Path;

/// Shows a new file (its path, its text) before it is written and says
/// whether to go on; false means nothing is written.
pub type Confirm<'a> = &'a dyn Fn(&str, &str) -> Result<bool>;

/// A go-ahead that never asks.
pub fn always(_: &str, _: &str) -> Result<bool> {
    Ok(true)
}

/// Refuses an id that is not of its kind's form before it is used anywhere:
/// an id never becomes a path outside the catalog (`../../etc/passwd`).
pub fn check_id_form(kind: Kind, id: &str) -> Result<()> {
    let ok = match kind {
        Kind::Exception => is_allocated(id, "EXC"),
        Kind::Intake => is_allocated(id, "INT"),
        _ => is_slug(id),
    };
    if !ok {
        let form = match kind {
            Kind::Exception => "`EXC-` and six characters of 0-9 A-Z (e.g. EXC-4F7Q2M)",
            Kind::Intake => "`INT-` and six characters of 0-9 A-Z (e.g. INT-7K3F9Q)",
            _ => "lowercase letters, digits and dashes (e.g. ci-pipelines)",
        };
        // Quoted on one line: the id is what the user typed, line breaks
        // and all.
        bail!(
            "`{}` is not a valid {} id: an id is {form}",
            crate::chars::one_line(id),
            kind.noun()
        );
    }
    Ok(())
}

/// The error for an id of the right form that the catalog does not hold.
pub fn unknown(cat: &Catalog, kind: Kind, id: &str) -> anyhow::Error {
    let hint = crate::suggest::did_you_mean(id, cat.ids_of(kind))
        .unwrap_or_else(|| format!("`platctl {} list` shows them all", kind.noun()));
    anyhow::anyhow!(
        "no {} `{}` in the catalog at {} ({hint})",
        kind.noun(),
        crate::chars::one_line(id),
        cat.root.display()
    )
}

/// Fails, naming the closest, when a listing filters on a team that the
/// catalog neither declares nor names anywhere (as a service's team, a
/// capability's owner, a team's parent, an exception's team or a
/// requester): a filter on a typo would list nothing, and not say why.
pub fn known_team_filter<'a>(
    cat: &Catalog,
    ids: impl IntoIterator<Item = &'a String>,
) -> Result<()> {
    known_filter(cat, Kind::Team, ids, |t| {
        cat.services.iter().any(|s| s.team.value == t)
            || cat.capabilities.iter().any(|c| c.owner.value == t)
            || cat
                .teams
                .iter()
                .any(|x| x.parent.as_ref().is_some_and(|p| p.value == t))
            || cat.exceptions.iter().any(|x| x.team.value == t)
            || cat.intake.iter().any(|r| r.requester.team.value == t)
    })
}

/// Like [`known_team_filter`], for a capability: declared, or named by a
/// service's `uses`, a deprecation or an exception's standard.
pub fn known_capability_filter<'a>(
    cat: &Catalog,
    ids: impl IntoIterator<Item = &'a String>,
) -> Result<()> {
    known_filter(cat, Kind::Capability, ids, |c| {
        cat.services
            .iter()
            .any(|s| s.uses.iter().any(|u| u.capability.value == c))
            || cat.deprecations.iter().any(|d| d.capability.value == c)
            || cat
                .exceptions
                .iter()
                .any(|x| x.standard.as_ref().is_some_and(|s| s.value == c))
    })
}

fn known_filter<'a>(
    cat: &Catalog,
    kind: Kind,
    ids: impl IntoIterator<Item = &'a String>,
    used: impl Fn(&str) -> bool,
) -> Result<()> {
    let declared = cat.ids_of(kind);
    for id in ids {
        if declared.binary_search(&id.as_str()).is_err() && !used(id) {
            return Err(unknown(cat, kind, id));
        }
    }
    Ok(())
}

/// Fails, naming the closest, when a team id is given that the catalog
/// does not hold.
pub fn known_team(cat: &Catalog, id: Option<&str>) -> Result<()> {
    match id {
        Some(t) if cat.team(t).is_none() => Err(unknown(cat, Kind::Team, t)),
        _ => Ok(()),
    }
}

/// A writer's refusal as the command reports it (a refusal of the command's
/// own plan is said once, not again as its own cause).
pub fn write_error(e: WriteError) -> anyhow::Error {
    match e {
        WriteError::Plan(inner) => inner,
        other => anyhow::anyhow!(other),
    }
}

/// A new file of one kind: its id (given, or fresh with a preferred one
/// shown in the preview), its text for an id and its commit message.
pub struct NewFile<'a> {
    pub kind: Kind,
    pub id: IdChoice,
    pub body: &'a dyn Fn(&str) -> String,
    pub message: &'a dyn Fn(&str) -> String,
}

impl NewFile<'_> {
    /// The id the preview shows.
    fn preview_id(&self) -> &str {
        match &self.id {
            IdChoice::Given(id) => id,
            IdChoice::Fresh { preferred, .. } => preferred.as_deref().unwrap_or_default(),
        }
    }
}

/// Writes a new file once `confirm` has seen it: `None` when it was
/// declined (nothing written).
pub fn create(
    root: &Path,
    opts: &Options,
    new: NewFile,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let id = new.preview_id();
    let path = format!("{}/{id}.yaml", new.kind.dir());
    if !confirm(&path, &writer::file_text(root, new.kind, &(new.body)(id)))? {
        return Ok(None);
    }
    writer::create(root, new.kind, new.id, opts, new.body, new.message)
        .map(Some)
        .map_err(write_error)
}

/// An edit of the catalog, planned under the lock on the catalog as it is then.
pub fn update(
    root: &Path,
    kind: Kind,
    opts: &Options,
    plan: &dyn Fn(&Catalog) -> Result<Edit, WriteError>,
) -> Result<Written> {
    writer::update(root, kind, opts, plan).map_err(write_error)
}

/// A fresh `PREFIX-XXXXXX` id free in `cat`, to show in a preview.
pub fn fresh_id(cat: &Catalog, prefix: &'static str) -> IdChoice {
    let taken = cat.declared.iter().map(|d| d.id.value.clone()).collect();
    IdChoice::Fresh {
        prefix,
        preferred: Some(crate::store::ids::fresh(prefix, &taken)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_never_paths() {
        assert!(check_id_form(Kind::Deprecation, "../../etc/passwd").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-../..").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-4F7Q2M").is_ok());
        assert!(check_id_form(Kind::Capability, "ci-pipelines").is_ok());
    }
}
