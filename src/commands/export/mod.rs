//! `platctl export …`: files that other tools load (a Backstage catalog,
//! warehouse tables).

pub mod backstage;
pub mod tables;

use crate::app::Env;
use crate::cli::export::Command;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Backstage(a) => backstage::run(env, a),
        Command::Tables(a) => tables::run(env, a),
    }
}
