//! `platctl service adopt`: record that a service adopted a capability.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::service::AdoptArgs;
use crate::lifecycle::input::one_line;
use crate::lifecycle::input::to_date;
use crate::ops::check_id_form;
use crate::ops::unknown;
use crate::store::edit::Entry;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub(super) fn adopt(env: &Env, a: AdoptArgs) -> Result<Outcome> {
    check_id_form(Kind::Service, &a.service)?;
    check_id_form(Kind::Capability, &a.capability)?;
    let since = match &a.since {
        Some(d) => to_date("--since", d)?,
        None => env.today,
    };
    if let Some(v) = &a.version {
        one_line(v).map_err(|e| anyhow!("--version: {e}"))?;
        if v.trim().is_empty() {
            bail!("--version is empty: give a version, e.g. v2, or leave the flag out");
        }
    }
    let (sid, cid) = (a.service.clone(), a.capability.clone());
    let mut entry = vec![
        ("capability".to_string(), yaml_text::scalar(&cid)),
        ("since".to_string(), since.format("%Y-%m-%d").to_string()),
    ];
    if let Some(v) = &a.version {
        entry.push(("version".to_string(), yaml_text::scalar(v.trim())));
    }
    let entry = Entry::Map(entry);
    env.update_entity(
        Kind::Service,
        a.write,
        &|cat| {
            let s = cat
                .service(&sid)
                .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Service, &sid)))?;
            if cat.capability(&cid).is_none() {
                return Err(WriteError::Plan(unknown(cat, Kind::Capability, &cid)));
            }
            if s.use_of(&cid).is_some() {
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
                id: sid.clone(),
                path: cat.path(s.meta.file).to_string(),
                text,
                message: format!("service: {sid} adopted {cid}"),
            })
        },
        &format!("{sid} uses {cid} since {since}"),
        &format!("platctl capability show {cid}"),
    )
}
