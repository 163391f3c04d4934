//! `exception new|approve|reject|revoke`: the commands that write.

use super::Env;
use crate::Outcome;
use anyhow::{bail, Result};

pub const NEW_HELP: &str = "";
pub const APPROVE_HELP: &str = "";
pub const REJECT_HELP: &str = "";
pub const REVOKE_HELP: &str = "";

#[derive(clap::Args, Debug)]
pub struct NewArgs {}

#[derive(clap::Args, Debug)]
pub struct ApproveArgs {}

#[derive(clap::Args, Debug)]
pub struct StatusArgs {}

pub fn new(_env: &Env, _a: NewArgs) -> Result<Outcome> {
    bail!("not yet")
}
pub fn approve(_env: &Env, _a: ApproveArgs) -> Result<Outcome> {
    bail!("not yet")
}
pub fn reject(_env: &Env, _a: StatusArgs) -> Result<Outcome> {
    bail!("not yet")
}
pub fn revoke(_env: &Env, _a: StatusArgs) -> Result<Outcome> {
    bail!("not yet")
}
