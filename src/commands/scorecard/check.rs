//! `platctl scorecard check ENTITY [--scorecard ID] [--min-level L]`.

use crate::commands::{Env, ShowFormat};
use crate::scorecard::view;
use crate::Outcome;
use anyhow::{anyhow, Result};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A service, capability or team id
    pub entity: String,
    /// Only this scorecard (default: every scorecard for the entity's kind)
    #[arg(long, value_name = "ID")]
    pub scorecard: Option<String>,
    /// Exit 1 unless the entity is at this level or above
    #[arg(long, value_name = "LEVEL")]
    pub min_level: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
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
