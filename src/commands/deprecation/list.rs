//! `deprecation list`.

use crate::commands::{Env, ListFormat};
use crate::output::listing::{self, Format};
use crate::report::deprecation_status::DeprecationState;
use crate::report::deprecation_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(DeprecationState::NAMES))]
    pub state: Vec<String>,
    /// Only deprecations of this capability
    #[arg(long)]
    pub capability: Option<String>,
    /// Only deprecations where this team still has consumers to move
    #[arg(long)]
    pub team: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
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
    listing::print(
        env,
        &v,
        match a.format {
            ListFormat::Table => Format::Table,
            ListFormat::Csv => Format::Csv,
            ListFormat::Json => Format::Json,
        },
    )?;
    if a.format == ListFormat::Table {
        crate::commands::writing::say_what_it_shows(
            env,
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
