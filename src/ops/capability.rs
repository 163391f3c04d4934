//! Capabilities: change one's own fields.

use super::unknown;
use crate::catalog::{Catalog, Kind};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, WriteError};

/// The edit of capability `id`'s mapping by `changes` (comments, order and
/// quoting kept), named in its commit message.
pub fn edit_plan(cat: &Catalog, id: &str, changes: &[Change]) -> Result<Edit, WriteError> {
    let c = cat
        .capability(id)
        .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Capability, id)))?;
    let text = writer::edit_at(
        cat,
        c.meta.file,
        c.meta.span,
        changes,
        crate::model::Capability::FIELDS,
    )?;
    let keys: Vec<&str> = changes
        .iter()
        .map(|c| match c {
            Change::Set(k, _) | Change::Remove(k) => k.as_str(),
        })
        .collect();
    Ok(Edit {
        id: id.to_string(),
        path: cat.path(c.meta.file).to_string(),
        text,
        message: format!("capability: {id} edited ({})", keys.join(", ")),
    })
}
