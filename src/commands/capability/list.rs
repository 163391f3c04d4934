//! `capability list`.

use crate::commands::{Env, ListFormat};
use crate::model::Lifecycle;
use crate::output::listing::{self, Format};
use crate::report::capability_view::{self as view, ListFilter};
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these lifecycles (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Vec<String>,
    /// Only capabilities owned by this team
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// Only this category
    #[arg(long)]
    pub category: Option<String>,
    /// Only capabilities on the golden path
    #[arg(long)]
    pub golden_path: bool,
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
            lifecycles: &a.lifecycle,
            owner: a.owner.as_deref(),
            category: a.category.as_deref(),
            golden_path_only: a.golden_path,
        },
    );
    let shown = v.capabilities.len();
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
