//! `platctl export backstage -o DIR`.

use crate::commands::Env;
use crate::Outcome;
use anyhow::Result;
use std::path::PathBuf;

pub const HELP: &str = "Examples:
  platctl export backstage -o backstage-catalog

Writes DIR/all.yaml (a Location listing every file) and one file per entity:
teams as Groups, services and capabilities as Components. DIR is replaced whole.";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The directory to write (replaced whole)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

pub fn run(_env: &Env, _a: Args) -> Result<Outcome> {
    Ok(Outcome::Ok)
}
