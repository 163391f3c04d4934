//! `platctl team list|new`: the teams, and adding one without opening an
//! editor.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::team::{Command, ListArgs, NewArgs};
use crate::prompt::team::ask;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list(env, a),
        Command::New(a) => new(env, a),
    }
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    crate::ops::known_team_filter(&cat, &a.parent)?;
    let v = crate::report::service_view::teams(&cat, env.today, &a.kind, a.parent.as_deref());
    crate::output::listing::print(env, &v, a.format.into())?;
    if a.format == crate::cli::ListFormat::Table {
        env.say_what_it_shows(
            v.teams.len(),
            "team",
            "teams",
            &[
                ("type", a.kind.join(", ")),
                ("parent", a.parent.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
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
