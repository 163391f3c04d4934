//! `platctl deprecation new|list|show|migrate|update`: sunsets and who still
//! has to move. Each subcommand is glue in its own file: the views are built
//! in `report::deprecation_view`, laid out by `output::deprecation`.

use crate::app::Env;
use crate::cli::deprecation::Command;
use crate::Outcome;
use anyhow::Result;

mod list;
mod migrate;
mod new;
mod show;
mod update;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new::new(env, a),
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Migrate(a) => migrate::migrate(env, a),
        Command::Update(a) => update::update(env, a),
    }
}

pub(crate) use crate::ops::deprecation::find;
