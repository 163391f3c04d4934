//! `exception list`.

use crate::commands::{Env, ListFormat};
use crate::model::ExceptionState;
use crate::output::listing::{self, Format};
use crate::report::exception_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only approved exceptions that expire within DAYS from today (not yet expired)
    #[arg(long, value_name = "DAYS")]
    pub expiring: Option<u32>,
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(ExceptionState::NAMES))]
    pub state: Vec<String>,
    /// Only exceptions to this standard (a capability id)
    #[arg(long, value_name = "CAPABILITY")]
    pub standard: Option<String>,
    /// Only exceptions of this team
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
            expiring: a.expiring,
            states: &a.state,
            standard: a.standard.as_deref(),
            team: a.team.as_deref(),
        },
    );
    let shown = v.exceptions.len();
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
