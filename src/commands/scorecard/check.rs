//! `platctl scorecard check ENTITY [--scorecard ID] [--min-level L]`.

use crate::app::Env;
use crate::cli::scorecard::CheckArgs;
use crate::cli::ShowFormat;
use crate::scorecard::view;
use crate::Outcome;
use anyhow::{anyhow, Result};

pub fn run(env: &Env, a: CheckArgs) -> Result<Outcome> {
    let cat = env.load()?;
    if let Some(id) = &a.scorecard {
        super::find(&cat, id)?;
    }
    let v = view::check_entity(
        &cat,
        env.today,
        &a.entity,
        a.scorecard.as_deref(),
        a.min_level.as_deref(),
    )
    .map_err(|e| anyhow!(e))?;
    let out = match a.format {
        ShowFormat::Json => crate::output::json_document(&v)?,
        ShowFormat::Text => crate::output::scorecard::check_text(&v, env.style),
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(if v.ok { Outcome::Ok } else { Outcome::Problems })
}
