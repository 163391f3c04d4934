//! `exception list`.

use crate::app::Env;
use crate::cli::exception::ListArgs;
use crate::cli::ListFormat;
use crate::ops::{known_capability_filter, known_team_filter};
use crate::output::listing::{self};
use crate::report::exception_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    known_team_filter(&cat, &a.team)?;
    known_capability_filter(&cat, &a.standard)?;
    let v = view::list(
        &cat,
        env.today,
        &ListFilter {
            expiring: a.expiring,
            states: &a.state,
            standard: a.standard.as_deref(),
            team: a.team.as_deref(),
        },
    );
    let shown = v.exceptions.len();
    listing::print(env, &v, a.format.into())?;
    if a.format == ListFormat::Table {
        env.say_what_it_shows(
            shown,
            "exception",
            "exceptions",
            &[
                (
                    "expiring within",
                    a.expiring
                        .map(|d| crate::output::fmt::plural(d as usize, "day", "days"))
                        .unwrap_or_default(),
                ),
                ("state", a.state.join(", ")),
                ("standard", a.standard.clone().unwrap_or_default()),
                ("team", a.team.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
}
