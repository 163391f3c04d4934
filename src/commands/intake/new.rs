//! `intake new`: file a request (questions on a terminal, flags in scripts).

use super::*;

pub(super) fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [
        ("--title", a.title.is_some()),
        ("--team", a.team.is_some()),
        ("--problem", a.problem.is_some()),
    ];
    let (cat, p) = start_new(env, a.yes, &required, None, a.write)?;
    let draft = ask_draft(env, &cat, &p, a.clone_values())?;
    if !go_past_duplicates(env, &cat, &p, &draft)? {
        env.note("nothing was written");
        return Ok(Outcome::Ok);
    }
    let opts = a.write.options(env.today);
    let w = ops::intake::file(&cat, &opts, &draft, &confirm(env, &p))?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
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

/// Shows up to three similar requests (possible duplicates); on a
/// terminal, asks whether to file anyway. False: the person said no.
fn go_past_duplicates(env: &Env, cat: &Catalog, p: &Prompter, draft: &Draft) -> Result<bool> {
    let query = Doc {
        id: "",
        title: &draft.title,
        body: &draft.problem,
        capability: draft.capability.as_deref(),
    };
    let found = similar::rank(&core::documents(cat), &query, 3, similar::THRESHOLD);
    let cands = view::candidates(cat, &found);
    if cands.is_empty() {
        return Ok(true);
    }
    env.note(&format!(
        "{} similar request{} (possible duplicates):",
        cands.len(),
        if cands.len() == 1 { "" } else { "s" }
    ));
    env.note(render::candidates_table(&cands, None).trim_end());
    // A likely duplicate makes "no" the default answer.
    let likely = found.first().is_some_and(|m| m.score >= similar::LIKELY);
    Ok(!p.interactive() || p.confirm("File this request anyway?", !likely)?)
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
    p.intro(env, "request");
    let (title, team, contact) = ask_who(cat, p, &g)?;
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
    let rice = ask_rice(p, g.reach, g.impact, g.confidence, g.effort)?;
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let capability = p.known_opt(
        g.capability,
        Question::new("--capability", "Related capability (optional):")
            .help("a capability id; type to filter, Tab completes, Enter skips"),
        "capability",
        &caps,
    )?;
    let rice = rice.parse()?;
    Ok(Draft {
        title,
        team,
        contact,
        created: env.today,
        kind: IntakeType::parse(&kind).unwrap_or(IntakeType::Other),
        problem,
        outcome,
        urgency: Urgency::parse(&urgency).unwrap_or(Urgency::Medium),
        reach: rice.reach,
        impact: rice.impact,
        confidence: rice.confidence,
        effort: rice.effort,
        capability,
    })
}

/// The title, the requesting team and who to ask.
fn ask_who(cat: &Catalog, p: &Prompter, g: &Given) -> Result<(String, String, Option<String>)> {
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let title = p.text(
        g.title.clone(),
        &Question::new("--title", "Title:")
            .help("one line: what is asked, e.g. Managed Postgres for analytics")
            .check(&one_line),
    )?;
    let team = p.known(
        g.team.clone(),
        Question::new("--team", "Requesting team:")
            .help("a team id from teams/; type to filter, Tab completes"),
        "team",
        &teams,
    )?;
    let contact = p.optional(
        g.contact.clone(),
        &Question::new("--contact", "Contact (optional):")
            .help("an address or a channel; Enter skips")
            .check(&one_line),
    )?;
    Ok((title, team, contact))
}

/// Reach, impact, confidence and effort: RICE's parts.
struct Rice {
    reach: u32,
    impact: f64,
    confidence: f64,
    effort: Option<f64>,
}

fn ask_rice(
    p: &Prompter,
    reach: Option<String>,
    impact: Option<String>,
    confidence: Option<String>,
    effort: Option<String>,
) -> Result<Answers> {
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
    let reach = p.text(
        reach,
        &Question::new("--reach", "Reach (teams affected):")
            .default("1")
            .check(&reach_ok),
    )?;
    let impact = p.select(
        impact,
        &Question::new("--impact", "Impact:")
            .default("1")
            .help("0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive"),
        IMPACT_NAMES,
    )?;
    let confidence = p.text(
        confidence,
        &Question::new("--confidence", "Confidence:")
            .default("0.5")
            .check(&conf_ok),
    )?;
    let effort = p.optional(
        effort,
        &Question::new("--effort", "Effort in person-weeks (optional):")
            .help("RICE needs it; Enter skips")
            .check(&effort_ok),
    )?;
    Ok(Answers {
        reach,
        impact,
        confidence,
        effort,
    })
}

/// RICE's parts as answered, parsed once every question is answered.
struct Answers {
    reach: String,
    impact: String,
    confidence: String,
    effort: Option<String>,
}

impl Answers {
    fn parse(self) -> Result<Rice> {
        let impact = parse_f64("--impact", &self.impact)?;
        if !IMPACTS.contains(&impact) {
            bail!("--impact `{impact}` is not allowed: one of 0.25, 0.5, 1, 2, 3");
        }
        let reach = self.reach;
        Ok(Rice {
            reach: reach
                .trim()
                .parse()
                .map_err(|_| anyhow!("--reach `{reach}` is not a whole number"))?,
            impact,
            confidence: parse_f64("--confidence", &self.confidence)?,
            effort: self.effort.map(|e| parse_f64("--effort", &e)).transpose()?,
        })
    }
}
