//! Exceptions: request or record one, and change its status.

use super::{check_id_form, create, fresh_id, unknown, update, Confirm, NewFile};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::draft::ExceptionDraft;
use crate::model::Exception;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, Options, Written};
use anyhow::Result;
use std::path::Path;

/// Looks an exception up by an id given on the command line.
pub fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Exception> {
    check_id_form(Kind::Exception, id)?;
    cat.exception(id)
        .ok_or_else(|| unknown(cat, Kind::Exception, id))
}

/// Writes a new exception under a fresh `EXC-` id once `confirm` has seen it.
pub fn file(
    root: &Path,
    cat: &Catalog,
    opts: &Options,
    draft: &ExceptionDraft,
    confirm: Confirm,
) -> Result<Option<Written>> {
    let title = &draft.title;
    let new = NewFile {
        kind: Kind::Exception,
        id: fresh_id(cat, "EXC"),
        body: &|id| draft.to_yaml(id),
        message: &|id| format!("exception: {id} {title}"),
    };
    create(root, opts, new, confirm)
}

/// The changes to make to an exception, and the commit message.
pub type Plan<'a> = dyn Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + 'a;

/// Edits the top-level mapping of exception `id` with the changes `plan`
/// returns for it (under the lock, on the catalog as it is then).
pub fn edit(root: &Path, opts: &Options, id: &str, plan: &Plan<'_>) -> Result<Written> {
    check_id_form(Kind::Exception, id)?;
    update(root, Kind::Exception, opts, &|cat| {
        let e = find(cat, id)?;
        let (changes, message) = plan(cat, e)?;
        let text = writer::edit_at(
            cat,
            e.meta.file,
            e.meta.span,
            &changes,
            crate::model::Exception::FIELDS,
        )?;
        Ok(Edit {
            id: e.id.value.clone(),
            path: cat.path(e.meta.file).to_string(),
            text,
            message,
        })
    })
}
