//! `platctl completions`: shell completions from the command tree (clap_complete).

use super::Env;
use crate::Outcome;
use anyhow::{anyhow, Context, Result};
use clap::CommandFactory;
use clap_complete::{Generator, Shell};
use std::path::{Path, PathBuf};

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

/// Every shell clap_complete knows, in a fixed order.
pub const SHELLS: &[Shell] = &[
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The completion script of one shell.
pub fn script(shell: Shell) -> String {
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "platctl", &mut buf);
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    if shell == Shell::Fish {
        out.push_str(&fish_extra());
    }
    out
}

/// Fish offers file names wherever no rule says `-f`: its generated script
/// has none for `completions SHELL` and for `help COMMAND`, which take
/// neither files nor paths.
fn fish_extra() -> String {
    use clap::ValueEnum;
    let shells: Vec<String> = SHELLS
        .iter()
        .filter_map(|s| s.to_possible_value().map(|v| v.get_name().to_string()))
        .collect();
    format!(
        "complete -c platctl -n \"__fish_platctl_using_subcommand completions\" -f -a \"{}\" -d 'Shell'\n\
complete -c platctl -n \"__fish_platctl_using_subcommand help\" -f\n",
        shells.join(" ")
    )
}

/// The file each shell's script is kept in.
pub fn file_name(shell: Shell) -> String {
    shell.file_name("platctl")
}

/// Writes every shell's script into `dir`; returns how many files changed.
pub fn write_all(dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut changed = 0;
    for shell in SHELLS {
        let p = dir.join(file_name(*shell));
        let text = script(*shell);
        if std::fs::read_to_string(&p).ok().as_deref() != Some(text.as_str()) {
            crate::store::atomic::write_file(&p, text.as_bytes(), true)
                .with_context(|| format!("cannot write {}", p.display()))?;
            changed += 1;
        }
    }
    Ok(changed)
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
