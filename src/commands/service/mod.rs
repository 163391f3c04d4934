//! `platctl service new|adopt`: add a service, record that it adopted a
//! capability, without opening an editor.

mod adopt;
mod new;

use crate::app::Env;
use crate::cli::service::Command;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new::new(env, a),
        Command::Adopt(a) => adopt::adopt(env, a),
    }
}
