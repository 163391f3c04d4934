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
    let status = check_status(&cat, &a, r, dup.as_deref())?;
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
    let what = if w.written {
        "triaged"
    } else {
        "already so, unchanged:"
    };
    env.note(&format!(
        "{what} {}: {status}, route {route}{}",
        w.id,
        crate::output::written::committed(&w)
    ));
    Ok(Outcome::Ok)
}

/// The status the request moves to, refused when it does not fit the
/// request (closed without --reopen, a duplicate of nothing) or the flags.
fn check_status(
    cat: &Catalog,
    a: &TriageArgs,
    r: &Intake,
    dup: Option<&str>,
) -> Result<IntakeStatus> {
    let status = match (&a.status, dup) {
        (Some(s), _) => {
            IntakeStatus::parse(s).ok_or_else(|| anyhow!("--status `{s}` is not a status"))?
        }
        (None, Some(_)) => IntakeStatus::Duplicate,
        (None, None) => IntakeStatus::Triaged,
    };
    if status == IntakeStatus::New {
        bail!("triage moves a request out of `new`: give --status triaged, accepted, declined, duplicate or done");
    }
    if r.status.value.is_final() && !a.reopen {
        bail!(
            "{} is {} (closed on {}): give --reopen to change it; reopening clears `resolved` and `duplicate_of`",
            r.id.value,
            r.status.value,
            r.resolved
                .as_ref()
                .map_or_else(|| "an unknown date".to_string(), |d| d.value.to_string())
        );
    }
    if dup.is_some() && status != IntakeStatus::Duplicate {
        bail!("--duplicate-of goes with --status duplicate (the status given is {status})");
    }
    if status == IntakeStatus::Duplicate && dup.is_none() && r.duplicate_of.is_none() {
        bail!("--status duplicate needs --duplicate-of ID: the request this one duplicates");
    }
    if let Some(i) = &a.roadmap_item {
        if cat.item(i).is_none() {
            let items: Vec<&str> = cat.items().map(|(_, it)| it.id.value.as_str()).collect();
            let hint = crate::suggest::did_you_mean(i, items.iter().copied())
                .unwrap_or_else(|| "`platctl roadmap list` shows the items".into());
            bail!("--roadmap-item `{i}`: no such roadmap item ({hint})");
        }
    }
    Ok(status)
}
