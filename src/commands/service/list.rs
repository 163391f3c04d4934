//! `service list`.

use crate::app::Env;
use crate::cli::service::ListArgs;
use crate::cli::ListFormat;
use crate::ops::{known_capability_filter, known_team_filter};
use crate::output::listing;
use crate::report::service_view::{self as view, ServiceFilter};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    known_team_filter(&cat, &a.team)?;
    known_capability_filter(&cat, &a.uses)?;
    let f = ServiceFilter {
        teams: &a.team,
        tiers: &a.tier,
        statuses: &a.status,
        system: a.system.as_deref(),
        uses: a.uses.as_deref(),
    };
    let v = view::services(&cat, env.today, &f);
    listing::print(env, &v, a.format.into())?;
    if a.format == ListFormat::Table {
        let tiers: Vec<String> = a.tier.iter().map(u8::to_string).collect();
        env.say_what_it_shows(
            v.services.len(),
            "service",
            "services",
            &[
                ("team", a.team.join(", ")),
                ("tier", tiers.join(", ")),
                ("status", a.status.join(", ")),
                ("system", a.system.clone().unwrap_or_default()),
                ("uses", a.uses.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
}
