//! `platctl completions`: shell completions from the command tree (clap_complete).

use super::Env;
use crate::Outcome;
use anyhow::{anyhow, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::{Path, PathBuf};

pub use crate::output::completions::{file_name, SHELLS};

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl completions bash > ~/.local/share/bash-completion/completions/platctl
  platctl completions zsh > \"${fpath[1]}/_platctl\"
  platctl completions fish > ~/.config/fish/completions/platctl.fish
  platctl completions powershell >> $PROFILE
  platctl completions elvish >> ~/.config/elvish/rc.elv
  # all five files, as committed in the repository
  platctl completions --dir completions")]
pub struct Args {
    /// The shell to print completions for
    #[arg(value_enum, required_unless_present = "dir")]
    pub shell: Option<Shell>,
    /// Write every shell's file into this directory instead (platctl.bash, _platctl, platctl.fish, _platctl.ps1, platctl.elv)
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub dir: Option<PathBuf>,
}

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
    crate::store::generated::write_files(dir, &files, true)
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    match (a.shell, a.dir) {
        (Some(shell), _) => env.print(&script(shell))?,
        (None, Some(dir)) => {
            let dir = if dir.is_absolute() {
                dir
            } else {
                env.cwd.join(dir)
            };
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
