//! `platctl kpi`.

use super::Env;
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_env: &Env, _a: Args) -> Result<Outcome> {
    bail!("`platctl kpi` is not available yet")
}
