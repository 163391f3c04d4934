//! `deprecation new`: announce a deprecation, through the one shared writer
//! (validate, lock, write atomically, commit).

use crate::catalog::Kind;
use crate::commands::writing::{confirm, finish_new, relative_days, start_new, WriteFlags};
use crate::commands::Env;
use crate::ops;
use crate::prompt::deprecation::{ask, Flags};
use crate::store::writer::Written;
use crate::Outcome;
use anyhow::Result;

pub const NEW_HELP: &str =
    "On a terminal it asks, one question at a time, with defaults; every question
has a flag. With --yes, or without a terminal, it asks nothing and fails
naming each missing required flag (only --capability is required: the rest
have defaults).

consumers are the active services that use the capability now (with
--interface, only those whose `uses` entry names that version), all `pending`.
A sunset sooner than announced + policy deprecation_min_notice_days is refused
unless --force --reason \"...\": the reason is written above `sunset` as a
`# platctl: allow(sunset-notice-too-short)` comment, so lint knows why.

Examples:
  platctl deprecation new
  platctl deprecation new --yes --capability legacy-auth \\
      --replacement identity-sso --sunset 2027-03-31 \\
      --migration-guide https://docs.example.com/migrate-auth --commit
  platctl deprecation new --yes --capability observability --interface v1 \\
      --dry-run";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: Flags,
    /// Ask nothing: take defaults, fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [("--capability", a.flags.capability.is_some())];
    let id = a.flags.id.as_deref().map(|id| (Kind::Deprecation, id));
    let (cat, p) = start_new(env, a.yes, &required, id, a.write)?;
    let (draft, id) = ask(env, &cat, &p, &a.flags, env.today)?;
    let opts = a.write.options(env.today);
    let w = ops::deprecation::announce(&cat.root, &opts, &draft, id, &confirm(env, &p))?;
    let thing = ops::deprecation::thing(&draft);
    let sunset = draft.sunset;
    let n = draft.consumers.len();
    let done = |w: &Written| {
        format!(
            "announced {} in {}: sunset {} ({}), {n} consumer{} to move, all pending",
            thing,
            w.path,
            sunset,
            relative_days((sunset - env.today).num_days()),
            if n == 1 { "" } else { "s" }
        )
    };
    let next = format!("platctl deprecation show {}", draft_id(&w));
    finish_new(env, w, &done, &next)
}

fn draft_id(w: &Option<Written>) -> &str {
    w.as_ref().map_or("", |w| w.id.as_str())
}
