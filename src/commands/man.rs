//! `platctl man`: manual pages for the command and every subcommand (clap_mangen).

use crate::app::Env;
use crate::cli::man::Args;
use crate::Outcome;
use anyhow::Result;
use clap::CommandFactory;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let dir = env.resolve(&a.output);
    let pages = crate::output::man::pages(crate::cli::Cli::command())?;
    crate::store::generated::write_files(&dir, &pages, false)?;
    env.note(&format!(
        "wrote {} man pages to {}",
        pages.len(),
        dir.display()
    ));
    Ok(Outcome::Ok)
}
