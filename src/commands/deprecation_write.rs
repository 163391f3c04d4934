//! `deprecation new` and `deprecation migrate`: the commands that write.

use super::Env;
use crate::Outcome;
use anyhow::{bail, Result};

pub const NEW_HELP: &str = "";
pub const MIGRATE_HELP: &str = "";

#[derive(clap::Args, Debug)]
pub struct NewArgs {}

#[derive(clap::Args, Debug)]
pub struct MigrateArgs {}

pub fn new(_env: &Env, _a: NewArgs) -> Result<Outcome> {
    bail!("not yet")
}

pub fn migrate(_env: &Env, _a: MigrateArgs) -> Result<Outcome> {
    bail!("not yet")
}
