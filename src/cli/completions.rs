//! `platctl completions`: what a user types and reads in `--help`.

use clap_complete::Shell;
use std::path::PathBuf;

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
