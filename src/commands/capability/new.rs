//! `capability new`: add a capability (asks on a terminal).

use crate::catalog::Kind;
use crate::commands::writing::{create_entity, start_new, WriteFlags};
use crate::commands::Env;
use crate::prompt::capability::{ask, Flags};
use crate::Outcome;
use anyhow::Result;

pub const NEW_HELP: &str =
    "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --summary, --owner). The id defaults to the name made a slug; the
lifecycle to proposed.

Examples:
  platctl capability new
  platctl capability new --yes --name \"Object storage\" \\
      --summary \"S3-compatible buckets with lifecycle rules\" \\
      --owner team-runtime --category runtime --lifecycle experimental
  platctl capability new --yes --id queues --name Queues \\
      --summary \"Managed queues\" --owner team-data-platform --dry-run";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: Flags,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let f = &a.flags;
    let required = [
        ("--name", f.name.is_some()),
        ("--summary", f.summary.is_some()),
        ("--owner", f.owner.is_some()),
    ];
    let id = f.id.as_deref().map(|id| (Kind::Capability, id));
    let (cat, p) = start_new(env, a.yes, &required, id, a.write)?;
    let n = ask(env, &cat, &p, f)?;
    let (id, name, lifecycle, owner) = (&n.id, &n.name, &n.lifecycle, &n.owner);
    create_entity(
        env,
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
