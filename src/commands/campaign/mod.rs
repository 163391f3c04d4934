//! `platctl campaign list|show ID`: time-boxed pushes on scorecard rules.

mod list;
mod show;

use crate::app::Env;
use crate::cli::campaign::Command;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
    }
}
