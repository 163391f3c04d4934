//! Services: record what one adopted.

use super::unknown;
use crate::catalog::{Catalog, Kind};
use crate::store::edit::Entry;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use anyhow::anyhow;
use chrono::NaiveDate;

/// What `service adopt` records: a service uses a capability since a date,
/// maybe at a version.
pub struct Adoption<'a> {
    pub service: &'a str,
    pub capability: &'a str,
    pub since: NaiveDate,
    pub version: Option<&'a str>,
}

/// The edit of `service adopt`: a `uses` entry appended to the service,
/// refused when either is unknown or the service uses it already.
pub fn adopt_plan(cat: &Catalog, a: &Adoption) -> Result<Edit, WriteError> {
    let (sid, cid, since) = (a.service, a.capability, a.since);
    let mut entry = vec![
        ("capability".to_string(), yaml_text::scalar(cid)),
        ("since".to_string(), since.format("%Y-%m-%d").to_string()),
    ];
    if let Some(v) = a.version {
        entry.push(("version".to_string(), yaml_text::scalar(v.trim())));
    }
    let entry = Entry::Map(entry);
    let s = cat
        .service(sid)
        .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Service, sid)))?;
    if cat.capability(cid).is_none() {
        return Err(WriteError::Plan(unknown(cat, Kind::Capability, cid)));
    }
    if s.use_of(cid).is_some() {
        return Err(WriteError::Plan(anyhow!(
            "{sid} already uses {cid}; nothing to change"
        )));
    }
    let text = writer::append_at(
        cat,
        s.meta.file,
        s.meta.span,
        "uses",
        &entry,
        crate::model::Service::FIELDS,
    )?;
    Ok(Edit {
        id: sid.to_string(),
        path: cat.path(s.meta.file).to_string(),
        text,
        message: format!("service: {sid} adopted {cid}"),
    })
}
