//! `platctl report`: documents to take to a review. Each report is a
//! variant that calls its own file.

mod catalog;
mod kpi;
pub(crate) mod roadmap;
mod scorecard;

use crate::app::Env;
use crate::cli::report::Command;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Roadmap(a) => roadmap::run(env, a),
        Command::Catalog(a) => catalog::run(env, a),
        Command::Kpi(a) => kpi::run(env, a),
        Command::Scorecard(a) => scorecard::run(env, a),
    }
}
