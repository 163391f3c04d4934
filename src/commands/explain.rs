//! `platctl explain RULE`.

use crate::app::Env;
use crate::cli::explain::Args;
use crate::lint::registry::{self, RULES};
use crate::Outcome;
use anyhow::{bail, Result};

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let Some(id) = a.rule else {
        env.print_text(&crate::output::rules::list(RULES))?;
        return Ok(Outcome::Ok);
    };
    let Some(r) = registry::find(&id) else {
        let hint = crate::suggest::did_you_mean(&id, RULES.iter().map(|r| r.id.as_str()))
            .unwrap_or_else(|| "run `platctl explain` to list the rules".into());
        bail!("unknown rule `{id}`: {hint}");
    };
    env.print_prose(&crate::output::rules::explain(r, env.style))?;
    Ok(Outcome::Ok)
}
