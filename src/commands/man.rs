//! `platctl man`: manual pages for the command and every subcommand (clap_mangen).

use super::Env;
use crate::Outcome;
use anyhow::Result;
use clap::CommandFactory;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # man/platctl.1, man/platctl-lint.1, man/platctl-intake-new.1, ...
  platctl man -o man/
  # where man finds them (as root), then read one
  platctl man -o /usr/local/share/man/man1
  man platctl-lint")]
pub struct Args {
    /// Directory to write the pages into (made if missing)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let dir = if a.output.is_absolute() {
        a.output
    } else {
        env.cwd.join(a.output)
    };
    let pages = crate::output::man::pages(crate::cli::Cli::command())?;
    crate::store::generated::write_files(&dir, &pages, false)?;
    env.note(&format!(
        "wrote {} man pages to {}",
        pages.len(),
        dir.display()
    ));
    Ok(Outcome::Ok)
}
