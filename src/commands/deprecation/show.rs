//! `deprecation show`.

use crate::app::Env;
use crate::cli::deprecation::ShowArgs;
use crate::cli::ShowFormat;
use crate::output::deprecation as render;
use crate::report::deprecation_view as view;
use crate::Outcome;
use anyhow::Result;

/// How many past versions of a file the burn-down reads at most.
const HISTORY_LIMIT: usize = 500;

pub fn run(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let d = super::find(&cat, &a.id)?;
    let versions = crate::git::file_versions(&cat.root, cat.path(d.meta.file), HISTORY_LIMIT)?;
    let v = view::show(&cat, d, env.today, versions);
    match a.format {
        ShowFormat::Json => env.print_as(&crate::output::json_document(&v)?, false)?,
        ShowFormat::Text => env.print_prose(&render::show_text(&v, env.style, env.width()))?,
    }
    Ok(Outcome::Ok)
}
