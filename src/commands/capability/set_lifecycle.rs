//! `capability set-lifecycle`: move a capability to another stage.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::capability::SetLifecycleArgs;
use crate::model::Lifecycle;
use crate::ops::check_id_form;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, WriteError};
use crate::Outcome;
use anyhow::{anyhow, Result};

pub fn set_lifecycle(env: &Env, a: SetLifecycleArgs) -> Result<Outcome> {
    check_id_form(Kind::Capability, &a.id)?;
    let id = a.id.clone();
    let to = a.lifecycle.clone();
    let next = if to == Lifecycle::Deprecated.as_str() {
        format!("announce it with a sunset: platctl deprecation new --capability {id}")
    } else {
        format!("platctl capability show {id}")
    };
    env.update_entity(
        Kind::Capability,
        a.write,
        &|cat| {
            let c = cat
                .capability(&id)
                .ok_or_else(|| WriteError::Plan(crate::ops::unknown(cat, Kind::Capability, &id)))?;
            if c.lifecycle.value.as_str() == to {
                return Err(WriteError::Plan(anyhow!(
                    "{id} is already {to}; nothing to change"
                )));
            }
            let text = writer::edit_at(
                cat,
                c.meta.file,
                c.meta.span,
                &[Change::Set("lifecycle".into(), to.clone())],
                crate::model::Capability::FIELDS,
            )?;
            Ok(Edit {
                id: id.clone(),
                path: cat.path(c.meta.file).to_string(),
                text,
                message: format!("capability: {id} {} -> {to}", c.lifecycle.value),
            })
        },
        &format!("{id} is now {to}"),
        &next,
    )
}
