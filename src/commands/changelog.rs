//! `platctl changelog`.

use super::Env;
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_env: &Env, _a: Args) -> Result<Outcome> {
    bail!("`platctl changelog` is not available yet")
}
