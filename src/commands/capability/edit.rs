//! `capability edit`: change a capability's own fields.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::capability::EditArgs;
use crate::ops::{self, check_id_form};
use crate::Outcome;
use anyhow::Result;

pub fn edit(env: &Env, a: EditArgs) -> Result<Outcome> {
    check_id_form(Kind::Capability, &a.id)?;
    let changes = ops::capability::edit_changes(&ops::capability::FieldEdits {
        name: a.name.as_deref(),
        summary: a.summary.as_deref(),
        owner: a.owner.as_deref(),
        category: a.category.as_deref(),
        docs: a.docs.as_deref(),
        runbook: a.runbook.as_deref(),
        security_review: a.security_review.as_deref(),
        golden_path: a.golden_path,
    })?;
    let id = a.id.clone();
    env.update_entity(
        Kind::Capability,
        a.write,
        &|cat| ops::capability::edit_plan(cat, &id, &changes),
        &format!(
            "updated {} of {id}",
            crate::output::fmt::plural(changes.len(), "field", "fields")
        ),
        &format!("platctl capability show {id}"),
    )
}
