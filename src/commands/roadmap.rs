//! `platctl roadmap`.

use super::Env;
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List
    List,
}

pub fn run(_env: &Env, _c: Command) -> Result<Outcome> {
    bail!("`platctl roadmap` is not available yet")
}
