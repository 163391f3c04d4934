//! `deprecation list`.

use crate::app::Env;
use crate::cli::deprecation::ListArgs;
use crate::cli::ListFormat;
use crate::ops::{known_capability_filter, known_team_filter};
use crate::output::listing::{self};
use crate::report::deprecation_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    known_capability_filter(&cat, &a.capability)?;
    known_team_filter(&cat, &a.team)?;
    let v = view::list(
        &cat,
        env.today,
        &ListFilter {
            states: &a.state,
            capability: a.capability.as_deref(),
            team: a.team.as_deref(),
        },
    );
    let shown = v.deprecations.len();
    listing::print(env, &v, a.format.into())?;
    if a.format == ListFormat::Table {
        env.say_what_it_shows(
            shown,
            "deprecation",
            "deprecations",
            &[
                ("state", a.state.join(", ")),
                ("capability", a.capability.clone().unwrap_or_default()),
                ("team", a.team.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
}
