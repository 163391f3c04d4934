//! `platctl completions`: shell completions from the command tree (clap_complete).

use crate::app::Env;
use crate::cli::completions::Args;
use crate::Outcome;
use anyhow::{anyhow, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;

pub use crate::output::completions::{file_name, SHELLS};

/// The completion script of one shell.
pub fn script(shell: Shell) -> String {
    crate::output::completions::script(shell, &mut crate::cli::Cli::command())
}

/// Writes every shell's script into `dir`; returns how many files changed.
pub fn write_all(dir: &Path) -> Result<usize> {
    let files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|s| (file_name(*s), script(*s).into_bytes()))
        .collect();
    Ok(crate::store::generated::write_files(dir, &files, true)?)
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    match (a.shell, a.dir) {
        (Some(shell), _) => env.print(&script(shell))?,
        (None, Some(dir)) => {
            let dir = env.resolve(&dir);
            let changed = write_all(&dir)?;
            env.note(&format!(
                "wrote {changed} completion files to {} ({} unchanged)",
                dir.display(),
                SHELLS.len() - changed
            ));
        }
        (None, None) => {
            return Err(anyhow!(
                "name a shell (bash, zsh, fish, powershell, elvish) or --dir DIR"
            ))
        }
    }
    Ok(Outcome::Ok)
}
