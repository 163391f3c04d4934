//! `platctl man`: what a user types and reads in `--help`.

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
