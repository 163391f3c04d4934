//! `capability set-lifecycle`: move a capability to another stage.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::capability::SetLifecycleArgs;
use crate::model::Lifecycle;
use crate::ops::{self, check_id_form};
use crate::Outcome;
use anyhow::Result;

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
        &|cat| ops::capability::set_lifecycle_plan(cat, &id, &to),
        &format!("{id} is now {to}"),
        &next,
    )
}
