//! `capability list`.

use crate::app::Env;
use crate::cli::capability::ListArgs;
use crate::cli::ListFormat;
use crate::ops::known_team_filter;
use crate::output::listing::{self};
use crate::report::capability_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    known_team_filter(&cat, &a.owner)?;
    let v = view::list(
        &cat,
        env.today,
        &ListFilter {
            lifecycles: &a.lifecycle,
            owner: a.owner.as_deref(),
            category: a.category.as_deref(),
            golden_path_only: a.golden_path,
        },
    );
    let shown = v.capabilities.len();
    listing::print(env, &v, a.format.into())?;
    if a.format == ListFormat::Table {
        env.say_what_it_shows(
            shown,
            "capability",
            "capabilities",
            &[
                ("lifecycle", a.lifecycle.join(", ")),
                ("owner", a.owner.clone().unwrap_or_default()),
                ("category", a.category.clone().unwrap_or_default()),
                (
                    "golden path",
                    if a.golden_path {
                        "only".into()
                    } else {
                        String::new()
                    },
                ),
            ],
        );
    }
    Ok(Outcome::Ok)
}
