//! `platctl service new`: add a service (asks on a terminal).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::service::NewArgs;
use crate::prompt::service::ask;
use crate::Outcome;
use anyhow::Result;

pub(super) fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let f = &a.flags;
    let required = [("--name", f.name.is_some()), ("--team", f.team.is_some())];
    let id = f.id.as_deref().map(|i| (Kind::Service, i));
    let (cat, p) = env.start_new(a.yes, &required, id, a.write)?;
    let n = ask(env, &cat, &p, f, env.today)?;
    let (id, name, team, tier) = (&n.id, &n.name, &n.team, &n.tier);
    env.create_entity(
        &cat.root,
        &p,
        Kind::Service,
        id,
        &n.fields,
        a.write,
        &format!("service: {id} {name}"),
        &format!("added service {id} (tier {tier}), owned by {team}"),
        &format!("platctl service adopt {id} CAPABILITY"),
    )
}
