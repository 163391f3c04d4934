//! `intake new`: file a request (questions on a terminal, flags in scripts).

use super::*;

pub(super) fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[
        ("--title", a.title.is_some()),
        ("--team", a.team.is_some()),
        ("--problem", a.problem.is_some()),
    ])?;
    a.write.ensure_can_commit(&cat.root)?;
    let draft = ask_draft(env, &cat, &p, a.clone_values())?;

    let query = Doc {
        id: "",
        title: &draft.title,
        body: &draft.problem,
        capability: draft.capability.as_deref(),
    };
    let found = similar::rank(&core::documents(&cat), &query, 3, similar::THRESHOLD);
    let cands = candidates(&cat, &found);
    if !cands.is_empty() {
        env.note(&format!(
            "{} similar request{} (possible duplicates):",
            cands.len(),
            if cands.len() == 1 { "" } else { "s" }
        ));
        env.note(candidates_table(&cands, None).trim_end());
        // A likely duplicate makes "no" the default answer.
        let likely = found.first().is_some_and(|m| m.score >= similar::LIKELY);
        if p.interactive() && !p.confirm("File this request anyway?", !likely)? {
            env.note("nothing was written");
            return Ok(Outcome::Ok);
        }
    }

    let taken = cat.declared.iter().map(|d| d.id.value.clone()).collect();
    let preferred = crate::store::ids::fresh("INT", &taken);
    let path = format!("intake/{preferred}.yaml");
    if !p.preview_and_confirm(
        env,
        &path,
        &writer::file_text(&cat.root, Kind::Intake, &draft.to_yaml(&preferred)),
    )? {
        return Ok(Outcome::Ok);
    }
    let opts = a.write.options(env.today);
    let title = draft.title.clone();
    let w = writer::create(
        &cat.root,
        Kind::Intake,
        IdChoice::Fresh {
            prefix: "INT",
            preferred: Some(preferred),
        },
        &opts,
        &|id| draft.to_yaml(id),
        &|id| format!("intake: {id} {title}"),
    )
    .map_err(write_error)?;
    if !w.written {
        report_dry_run(env, &w)?;
        return Ok(Outcome::Ok);
    }
    report(
        env,
        &w,
        &format!("filed {} in {}", w.id, w.path),
        &format!("platctl intake triage {} --route ...", w.id),
    )?;
    Ok(Outcome::Ok)
}

/// The flag values of `intake new`, one per question.
struct Given {
    title: Option<String>,
    team: Option<String>,
    kind: Option<String>,
    problem: Option<String>,
    outcome: Option<String>,
    urgency: Option<String>,
    reach: Option<String>,
    impact: Option<String>,
    confidence: Option<String>,
    effort: Option<String>,
    capability: Option<String>,
    contact: Option<String>,
}

impl NewArgs {
    fn clone_values(&self) -> Given {
        Given {
            title: self.title.clone(),
            team: self.team.clone(),
            kind: self.kind.clone(),
            problem: self.problem.clone(),
            outcome: self.outcome.clone(),
            urgency: self.urgency.clone(),
            reach: self.reach.clone(),
            impact: self.impact.clone(),
            confidence: self.confidence.clone(),
            effort: self.effort.clone(),
            capability: self.capability.clone(),
            contact: self.contact.clone(),
        }
    }
}

const IMPACT_NAMES: &[&str] = &["0.25", "0.5", "1", "2", "3"];

fn parse_f64(flag: &str, s: &str) -> Result<f64> {
    s.trim()
        .parse::<f64>()
        .map_err(|_| anyhow!("{flag} `{s}` is not a number"))
}

/// Asks (or takes from flags) every field of a new request.
fn ask_draft(env: &Env, cat: &Catalog, p: &Prompter, g: Given) -> Result<Draft> {
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let one_line = |s: &str| {
        if s.contains('\n') {
            Err("one line, please".to_string())
        } else {
            Ok(())
        }
    };
    let team_ok = known_id("team", &teams);
    let cap_ok = known_id("capability", &caps);
    let reach_ok = |s: &str| match s.trim().parse::<u32>() {
        Ok(n) if n >= 1 => Ok(()),
        _ => Err("expected a whole number of teams, at least 1".to_string()),
    };
    let conf = |v: f64| v > 0.0 && v <= 1.0;
    let conf_ok = number(
        &conf,
        "a number above 0 and at most 1 (0.5 a hunch, 0.8 some evidence, 1 measured)",
    );
    let eff = |v: f64| v > 0.0;
    let effort_ok = number(&eff, "person-weeks, a number above 0");

    p.intro(env, "request");
    let title = p.text(
        g.title,
        &Question::new("--title", "Title:")
            .help("one line: what is asked, e.g. Managed Postgres for analytics")
            .check(&one_line),
    )?;
    let team = p.text(
        g.team,
        &Question::new("--team", "Requesting team:")
            .help("a team id from teams/; type to filter, Tab completes")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let contact = p.optional(
        g.contact,
        &Question::new("--contact", "Contact (optional):")
            .help("an address or a channel; Enter skips")
            .check(&one_line),
    )?;
    let kind = p.select(
        g.kind,
        &Question::new("--type", "Type:")
            .default("other")
            .help("what kind of request; type to filter"),
        IntakeType::NAMES,
    )?;
    let problem = p.lines(
        g.problem,
        &Question::new("--problem", "Problem (not the solution):"),
    )?;
    let outcome = p.optional(
        g.outcome,
        &Question::new("--outcome", "Outcome (optional):")
            .help("what success looks like; Enter skips")
            .check(&one_line),
    )?;
    let urgency = p.select(
        g.urgency,
        &Question::new("--urgency", "Urgency:").default("medium"),
        Urgency::NAMES,
    )?;
    let reach = p.text(
        g.reach,
        &Question::new("--reach", "Reach (teams affected):")
            .default("1")
            .check(&reach_ok),
    )?;
    let impact = p.select(
        g.impact,
        &Question::new("--impact", "Impact:")
            .default("1")
            .help("0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive"),
        IMPACT_NAMES,
    )?;
    let confidence = p.text(
        g.confidence,
        &Question::new("--confidence", "Confidence:")
            .default("0.5")
            .check(&conf_ok),
    )?;
    let effort = p.optional(
        g.effort,
        &Question::new("--effort", "Effort in person-weeks (optional):")
            .help("RICE needs it; Enter skips")
            .check(&effort_ok),
    )?;
    let capability = p.optional(
        g.capability,
        &Question::new("--capability", "Related capability (optional):")
            .help("a capability id; type to filter, Tab completes, Enter skips")
            .check(&cap_ok)
            .suggest(&caps),
    )?;

    let impact = parse_f64("--impact", &impact)?;
    if !IMPACTS.contains(&impact) {
        bail!("--impact `{impact}` is not allowed: one of 0.25, 0.5, 1, 2, 3");
    }
    Ok(Draft {
        title,
        team,
        contact,
        created: env.today,
        kind: IntakeType::parse(&kind).unwrap_or(IntakeType::Other),
        problem,
        outcome,
        urgency: Urgency::parse(&urgency).unwrap_or(Urgency::Medium),
        reach: reach
            .trim()
            .parse()
            .map_err(|_| anyhow!("--reach `{reach}` is not a whole number"))?,
        impact,
        confidence: parse_f64("--confidence", &confidence)?,
        effort: effort.map(|e| parse_f64("--effort", &e)).transpose()?,
        capability,
    })
}
