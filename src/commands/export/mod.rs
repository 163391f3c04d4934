//! `platctl export`: the catalog in another tool's format.

pub mod backstage;

use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Backstage entities: one file per team, service and capability, plus a Location
    #[command(after_help = backstage::HELP)]
    Backstage(backstage::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Backstage(a) => backstage::run(env, a),
    }
}
