//! `platctl report`: documents to take to a review. Each report is a
//! variant that calls its own file.

mod catalog;
mod kpi;
pub(crate) mod roadmap;
mod scorecard;

use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability
    Roadmap(roadmap::Args),
    /// The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption
    Catalog(catalog::Args),
    /// The KPI dashboard: a card per KPI with value, target, status and a sparkline
    Kpi(kpi::Args),
    /// The scorecard report: distribution, roll-up by team, per-rule pass rates, trend, why each level
    Scorecard(scorecard::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Roadmap(a) => roadmap::run(env, a),
        Command::Catalog(a) => catalog::run(env, a),
        Command::Kpi(a) => kpi::run(env, a),
        Command::Scorecard(a) => scorecard::run(env, a),
    }
}
