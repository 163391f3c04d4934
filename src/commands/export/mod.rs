//! `platctl export …`: files that other tools load (a Backstage catalog,
//! warehouse tables).

pub mod backstage;
pub mod tables;

use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Backstage entities: one file per team, service and capability, plus a Location
    #[command(after_help = backstage::HELP)]
    Backstage(backstage::Args),
    /// Write every table (catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards) for a warehouse
    Tables(tables::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Backstage(a) => backstage::run(env, a),
        Command::Tables(a) => tables::run(env, a),
    }
}
