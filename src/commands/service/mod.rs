//! `platctl service list|new|adopt`: the services, add one, record that it
//! adopted a capability, without opening an editor.

mod adopt;
mod list;
mod new;

use crate::app::Env;
use crate::cli::service::Command;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::New(a) => new::new(env, a),
        Command::Adopt(a) => adopt::adopt(env, a),
    }
}
