//! `intake triage`: route a request and set its status.

use super::*;
use crate::prompt::intake::{ask_duplicate, ask_route};

pub(super) fn triage(env: &Env, a: TriageArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let r = find(&cat, &a.id)?;
    let id = r.id.value.clone();
    a.write.ensure_can_commit(&cat.root)?;
    let p = Prompter::new(env, a.yes);
    let dup = match &a.duplicate_of {
        Some(d) => {
            let other = find(&cat, d).map_err(|e| anyhow!("--duplicate-of: {e}"))?;
            if other.id.value == id {
                bail!("--duplicate-of {d}: a request cannot duplicate itself");
            }
            Some(other.id.value.clone())
        }
        // On a terminal, without a status given: similar requests are shown
        // and one can be chosen as the original.
        None if p.interactive() && a.status.is_none() => ask_duplicate(env, &cat, &p, r)?,
        None => None,
    };
    let ask = ops::intake::StatusAsk {
        status: a.status.as_deref(),
        duplicate_of: dup.as_deref(),
        reopen: a.reopen,
        roadmap_item: a.roadmap_item.as_deref(),
    };
    let status = ops::intake::triage_status(&cat, r, &ask)?;
    let route = ask_route(env, &cat, &p, a.route.as_deref(), r)?;
    let t = ops::intake::Triage {
        route,
        status,
        duplicate_of: dup.as_deref(),
        roadmap_item: a.roadmap_item.as_deref(),
        today: env.today,
    };
    let changes = ops::intake::triage_changes(r, &t);
    let opts = a.write.options(env.today);
    let w = ops::intake::triage(&cat.root, &opts, &id, &t, &changes)?;
    if a.write.dry_run {
        env.report_dry_run(&w)?;
        return Ok(Outcome::Ok);
    }
    env.print(&crate::output::written::line(&w))?;
    env.note(&crate::output::written::triaged(&w, status, route));
    Ok(Outcome::Ok)
}
