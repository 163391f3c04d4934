//! `platctl report catalog`: the capability catalog page.

use crate::app::{write_output, Env};
use crate::cli::report::CatalogArgs;
use crate::cli::ReportFormat as Format;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: CatalogArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let page = crate::report::catalog::build(&cat, env.today);
    let out = match a.format {
        Format::Md => crate::output::catalog_page::markdown(&page),
        Format::Html => crate::output::catalog_page::html(&page),
        Format::Json => crate::output::json_document(&page)?,
    };
    write_output(env, a.output.as_deref(), &out)?;
    Ok(Outcome::Ok)
}
