//! `platctl export …`: files that other tools load.

pub mod tables;

use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Write every table (catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards) for a warehouse
    Tables(tables::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Tables(a) => tables::run(env, a),
    }
}
