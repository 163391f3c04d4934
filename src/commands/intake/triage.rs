//! `intake triage`: route a request and set its status.

use super::*;

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
    let status = match (&a.status, &dup) {
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
            "{id} is {} (closed on {}): give --reopen to change it; reopening clears `resolved` and `duplicate_of`",
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
    let route = match &a.route {
        Some(x) => Route::parse(x).ok_or_else(|| anyhow!("--route `{x}` is not a route"))?,
        None => {
            let (sug, reason) = core::suggest_route(&cat, r);
            if !p.interactive() {
                bail!("missing --route (backlog, support, docs or custom); suggested: --route {sug}, because {reason}");
            }
            env.note(&format!(
                "{} — {}",
                env.err_style.bold(&format!("{id}: {}", r.title.value)),
                r.requester.team.value
            ));
            env.note(&format!(
                "suggested route: {} — {reason}",
                env.err_style.bold(sug.as_str())
            ));
            let chosen = p.select(
                None,
                &Question::new("--route", "Route:").default(sug.as_str()),
                Route::NAMES,
            )?;
            Route::parse(&chosen).unwrap_or(sug)
        }
    };
    let today = env.today.format("%Y-%m-%d").to_string();
    let mut changes = vec![
        Change::Set("route".into(), route.to_string()),
        Change::Set("status".into(), status.to_string()),
        Change::Set("triaged".into(), today.clone()),
    ];
    if status.is_final() {
        changes.push(Change::Set("resolved".into(), today));
    }
    if !status.is_final() && r.resolved.is_some() {
        changes.push(Change::Remove("resolved".into()));
    }
    if let Some(d) = &dup {
        changes.push(Change::Set("duplicate_of".into(), yaml_text::scalar(d)));
    } else if status != IntakeStatus::Duplicate && r.duplicate_of.is_some() {
        changes.push(Change::Remove("duplicate_of".into()));
    }
    if let Some(i) = &a.roadmap_item {
        changes.push(Change::Set("roadmap_item".into(), yaml_text::scalar(i)));
    }
    let opts = a.write.options(env.today);
    let plan = |cat: &Catalog| -> Result<Edit, WriteError> {
        let r = cat
            .intake_req(&id)
            .ok_or_else(|| anyhow!("request {id} is no longer in the catalog"))?;
        let text = writer::edit_at(
            cat,
            r.meta.file,
            r.meta.span,
            &changes,
            crate::model::Intake::FIELDS,
        )?;
        Ok(Edit {
            id: id.clone(),
            path: cat.path(r.meta.file).to_string(),
            text,
            message: format!("intake: {id} {} ({status}, route {route})", r.title.value),
        })
    };
    let w = writer::update(&cat.root, Kind::Intake, &opts, &plan).map_err(write_error)?;
    if a.write.dry_run {
        report_dry_run(env, &w)?;
        return Ok(Outcome::Ok);
    }
    env.print(&format!("{} {}\n", w.id, w.path))?;
    let committed = w
        .commit
        .as_deref()
        .map(|c| format!(", committed {}", c.get(..12).unwrap_or(c)))
        .unwrap_or_default();
    let what = if w.written {
        "triaged"
    } else {
        "already so, unchanged:"
    };
    env.note(&format!(
        "{what} {}: {status}, route {route}{committed}",
        w.id
    ));
    Ok(Outcome::Ok)
}

/// Shows the requests most like `r` and asks whether it duplicates one of
/// them ("no" first, and the default unless one is a likely duplicate).
fn ask_duplicate(env: &Env, cat: &Catalog, p: &Prompter, r: &Intake) -> Result<Option<String>> {
    let query = Doc {
        id: &r.id.value,
        title: &r.title.value,
        body: &r.problem.value,
        capability: r.capability.as_ref().map(|c| c.value.as_str()),
    };
    let found = similar::rank(&core::documents(cat), &query, 3, similar::THRESHOLD);
    let cands = candidates(cat, &found);
    if cands.is_empty() {
        return Ok(None);
    }
    env.note(&format!(
        "{} — {} similar request{}:",
        env.err_style
            .bold(&format!("{}: {}", r.id.value, r.title.value)),
        cands.len(),
        if cands.len() == 1 { "" } else { "s" }
    ));
    env.note(candidates_table(&cands, env.width()).trim_end());
    const NOT: &str = "not a duplicate";
    let labels: Vec<String> = std::iter::once(NOT.to_string())
        .chain(found.iter().map(|m| format!("duplicate of {}", m.id)))
        .collect();
    let choices: Vec<&str> = labels.iter().map(String::as_str).collect();
    let likely = found.first().is_some_and(|m| m.score >= similar::LIKELY);
    let default = if likely { choices[1] } else { NOT };
    let chosen = p.select(
        None,
        &Question::new("--duplicate-of", "Duplicate of:").default(default),
        &choices,
    )?;
    Ok(chosen.strip_prefix("duplicate of ").map(str::to_string))
}
