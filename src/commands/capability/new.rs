//! `capability new`: add a capability (asks on a terminal).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::capability::NewArgs;
use crate::prompt::capability::ask;
use crate::Outcome;
use anyhow::Result;

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let f = &a.flags;
    let required = [
        ("--name", f.name.is_some()),
        ("--summary", f.summary.is_some()),
        ("--owner", f.owner.is_some()),
    ];
    let id = f.id.as_deref().map(|id| (Kind::Capability, id));
    let (cat, p) = env.start_new(a.yes, &required, id, a.write)?;
    let n = ask(env, &cat, &p, f)?;
    let (id, name, lifecycle, owner) = (&n.id, &n.name, &n.lifecycle, &n.owner);
    env.create_entity(
        &cat.root,
        &p,
        Kind::Capability,
        id,
        &n.fields,
        a.write,
        &format!("capability: {id} {name} ({lifecycle})"),
        &format!("added capability {id} ({lifecycle}), owned by {owner}"),
        &format!("platctl capability show {id}"),
    )
}
