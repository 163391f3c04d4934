//! `platctl report`: documents to take to a review. Each report is a
//! variant that calls its own file.

use super::report_kpi;
use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability
    Roadmap(super::report_roadmap::Args),
    /// The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption
    Catalog(super::report_catalog::Args),
    /// The KPI dashboard: a card per KPI with value, target, status and a sparkline
    Kpi(report_kpi::Args),
    /// The scorecard report: distribution, roll-up by team, per-rule pass rates, trend, why each level
    Scorecard(super::report_scorecard::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Roadmap(a) => super::report_roadmap::run(env, a),
        Command::Catalog(a) => super::report_catalog::run(env, a),
        Command::Kpi(a) => report_kpi::run(env, a),
        Command::Scorecard(a) => super::report_scorecard::run(env, a),
    }
}
