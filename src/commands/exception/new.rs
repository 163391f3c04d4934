//! `exception new`: request or record an exception, through the one shared
//! writer (validate, lock, write atomically, commit).

use crate::commands::writing::{confirm, finish_new, start_new, WriteFlags};
use crate::commands::Env;
use crate::model::ExceptionStatus;
use crate::ops;
use crate::prompt::exception::{ask, Flags};
use crate::store::writer::Written;
use crate::Outcome;
use anyhow::Result;

pub const NEW_HELP: &str =
    "On a terminal it asks, one question at a time; every question has a flag. With
--yes, or without a terminal, it asks nothing and fails naming each missing
required flag (--title, --standard, --team, --reason, --risk, --expires).

Every exception ends: --expires is required, on or after the start (granted,
or requested while not yet granted) and at most policy exception_max_days
after it. A new exception is `requested`; give --approved-by to record one
already granted (granted defaults to today).

Examples:
  platctl exception new
  platctl exception new --yes \\
      --title \"Search keeps legacy auth until the rewrite\" \\
      --standard legacy-auth --team team-search --service search-indexer \\
      --reason \"Crawler speaks only the old API\" \\
      --risk medium --expires 2027-03-31 --commit";

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
    let required = [
        ("--title", a.flags.title.is_some()),
        ("--standard", a.flags.standard.is_some()),
        ("--team", a.flags.team.is_some()),
        ("--reason", a.flags.reason.is_some()),
        ("--risk", a.flags.risk.is_some()),
        ("--expires", a.flags.expires.is_some()),
    ];
    let (cat, p) = start_new(env, a.yes, &required, None, a.write)?;
    let draft = ask(env, &cat, &p, &a.flags, env.today)?;
    let opts = a.write.options(env.today);
    let w = ops::exception::file(&cat.root, &cat, &opts, &draft, &confirm(env, &p))?;
    let next = match &w {
        Some(w) if draft.status == ExceptionStatus::Requested => {
            format!("platctl exception approve {} --by \"...\"", w.id)
        }
        _ => String::new(),
    };
    let done = |w: &Written| {
        format!(
            "{} {} in {}, expires {}",
            draft.status, w.id, w.path, draft.expires
        )
    };
    finish_new(env, w, &done, &next)
}
