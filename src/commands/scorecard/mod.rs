//! `platctl scorecard list|show|check`: standards as code.

mod check;
mod list;
mod show;

use crate::app::Env;
use crate::catalog::Catalog;
use crate::cli::scorecard::Command;
use crate::ops::read_scorecard::{find, Past};
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Check(a) => check::run(env, a),
    }
}

/// The catalog as it stands and its history (when in git), for the
/// commands that read past states: the scorecard trend and report, campaigns.
pub(crate) fn open_with_history(env: &Env) -> Result<(Past, Catalog)> {
    let root = env.root()?;
    let mut history = crate::history::History::open(&root, None)?;
    let cat = match &mut history {
        Ok(h) => h.working_catalog()?,
        Err(_) => env.load_quietly()?,
    };
    env.warn_left_out(&cat, true);
    Ok((history, cat))
}
