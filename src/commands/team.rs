//! `platctl team new`: add a team without opening an editor.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::team::{Command, NewArgs};
use crate::prompt::team::ask;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new(env, a),
    }
}

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let f = &a.flags;
    let id = f.id.as_deref().map(|i| (Kind::Team, i));
    let (cat, p) = env.start_new(a.yes, &[("--name", f.name.is_some())], id, a.write)?;
    let n = ask(env, &cat, &p, f)?;
    let (id, name, kind) = (&n.id, &n.name, &n.kind);
    env.create_entity(
        &cat.root,
        &p,
        Kind::Team,
        id,
        &n.fields,
        a.write,
        &format!("team: {id} {name}"),
        &format!("added team {id} ({kind})"),
        &format!("platctl service new --team {id}"),
    )
}
