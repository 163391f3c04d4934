//! `platctl report`.

use super::report_kpi;
use super::Env;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// The KPI dashboard: a card per KPI with value, target, status and a sparkline
    Kpi(report_kpi::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Kpi(a) => report_kpi::run(env, a),
    }
}
