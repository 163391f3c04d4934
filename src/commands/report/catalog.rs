//! `platctl report catalog`: the capability catalog page.

use crate::commands::ReportFormat as Format;
use crate::commands::{write_output, Env};
use crate::Outcome;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl report catalog\n  platctl report catalog --format html -o catalog.html\n  platctl report catalog --format json\n\n\
Adoption = eligible active services that use a capability ÷ eligible active services (eligible: active \
and matching every list in the capability's `eligible`). A service that uses a capability it is not \
eligible for is shown but not counted."
)]
pub struct Args {
    /// Output format: Markdown (GitHub), one self-contained HTML file, or JSON
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
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
