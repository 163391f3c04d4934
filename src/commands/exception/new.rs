//! `exception new`: request or record an exception, through the one shared
//! writer (validate, lock, write atomically, commit).

use crate::app::Env;
use crate::cli::exception::NewArgs;
use crate::model::ExceptionStatus;
use crate::ops;
use crate::prompt::exception::ask;
use crate::store::writer::Written;
use crate::Outcome;
use anyhow::Result;

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [
        ("--title", a.flags.title.is_some()),
        ("--standard", a.flags.standard.is_some()),
        ("--team", a.flags.team.is_some()),
        ("--reason", a.flags.reason.is_some()),
        ("--risk", a.flags.risk.is_some()),
        ("--expires", a.flags.expires.is_some()),
    ];
    let (cat, p) = env.start_new(a.yes, &required, None, a.write)?;
    let draft = ask(env, &cat, &p, &a.flags, env.today)?;
    let opts = a.write.options(env.today);
    let w = ops::exception::file(&cat.root, &cat, &opts, &draft, &env.confirm(&p))?;
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
    env.finish_new(w, &done, &next)
}
