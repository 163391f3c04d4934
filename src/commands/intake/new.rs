//! `intake new`: file a request (questions on a terminal, flags in scripts).

use super::*;
use crate::prompt::intake::{ask_draft, go_past_duplicates};

pub(super) fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [
        ("--title", a.flags.title.is_some()),
        ("--team", a.flags.team.is_some()),
        ("--problem", a.flags.problem.is_some()),
    ];
    let (cat, p) = env.start_new(a.yes, &required, None, a.write)?;
    let draft = ask_draft(env, &cat, &p, a.flags.clone(), env.today)?;
    if !go_past_duplicates(env, &cat, &p, &draft)? {
        env.note("nothing was written");
        return Ok(Outcome::Ok);
    }
    let opts = a.write.options(env.today);
    let w = ops::intake::file(&cat, &opts, &draft, &env.confirm(&p))?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    if !w.written {
        env.report_dry_run(&w)?;
        return Ok(Outcome::Ok);
    }
    env.report_written(
        &w,
        &format!("filed {} in {}", w.id, w.path),
        &format!("platctl intake triage {} --route ...", w.id),
    )?;
    Ok(Outcome::Ok)
}
