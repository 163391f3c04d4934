//! The questions of `intake new`, and the flags that answer them.

use super::{number, one_line, sorted_ids, Console, Prompter, Question};
use crate::catalog::Catalog;
use crate::intake as core;
use crate::intake::draft::Draft;
use crate::intake::similar::{self, Doc};
use crate::model::{Intake, IntakeType, Route, Urgency, IMPACTS};
use crate::output::intake as render;
use crate::report::intake_view as view;
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;

#[derive(clap::Args, Clone, Debug)]
pub struct Flags {
    /// One line: what is asked
    #[arg(long)]
    pub title: Option<String>,
    /// The requesting team (an id from teams/)
    #[arg(long)]
    pub team: Option<String>,
    /// capability | enhancement | onboarding | support | docs | bug | other (default other)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// The problem, not the solution (several lines are fine)
    #[arg(long)]
    pub problem: Option<String>,
    /// What success looks like (optional)
    #[arg(long)]
    pub outcome: Option<String>,
    /// low | medium | high | critical (default medium)
    #[arg(long)]
    pub urgency: Option<String>,
    /// Teams affected, an integer >= 1 (default 1)
    #[arg(long)]
    pub reach: Option<String>,
    /// 0.25 | 0.5 | 1 | 2 | 3 (default 1)
    #[arg(long)]
    pub impact: Option<String>,
    /// 0 < c <= 1 (default 0.5)
    #[arg(long)]
    pub confidence: Option<String>,
    /// Person-weeks, > 0 (optional; RICE needs it)
    #[arg(long)]
    pub effort: Option<String>,
    /// The capability it relates to (an id from capabilities/, optional)
    #[arg(long)]
    pub capability: Option<String>,
    /// Who to ask: an address or a channel (optional)
    #[arg(long)]
    pub contact: Option<String>,
}

/// Shows up to three similar requests (possible duplicates); on a
/// terminal, asks whether to file anyway. False: the person said no.
pub fn go_past_duplicates(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    draft: &Draft,
) -> Result<bool> {
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
    term.say(&format!(
        "{} similar request{} (possible duplicates):",
        cands.len(),
        if cands.len() == 1 { "" } else { "s" }
    ));
    term.say(render::candidates_table(&cands, None).trim_end());
    // A likely duplicate makes "no" the default answer.
    let likely = found.first().is_some_and(|m| m.score >= similar::LIKELY);
    Ok(!p.interactive() || p.confirm("File this request anyway?", !likely)?)
}

const IMPACT_NAMES: &[&str] = &["0.25", "0.5", "1", "2", "3"];

fn parse_f64(flag: &str, s: &str) -> Result<f64> {
    s.trim()
        .parse::<f64>()
        .map_err(|_| anyhow!("{flag} `{s}` is not a number"))
}

/// Asks (or takes from flags) every field of a new request.
pub fn ask_draft(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    g: Flags,
    today: NaiveDate,
) -> Result<Draft> {
    p.intro(term, "request");
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
        created: today,
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
fn ask_who(cat: &Catalog, p: &Prompter, g: &Flags) -> Result<(String, String, Option<String>)> {
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

/// The route: the flag, else (on a terminal) the suggested one asked.
pub fn ask_route(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    given: Option<&str>,
    r: &Intake,
) -> Result<Route> {
    if let Some(x) = given {
        return Route::parse(x).ok_or_else(|| anyhow!("--route `{x}` is not a route"));
    }
    let (sug, reason) = core::suggest_route(cat, r);
    if !p.interactive() {
        bail!("missing --route (backlog, support, docs or custom); suggested: --route {sug}, because {reason}");
    }
    term.say(&format!(
        "{} — {}",
        term.err_style()
            .bold(&format!("{}: {}", r.id.value, r.title.value)),
        r.requester.team.value
    ));
    term.say(&format!(
        "suggested route: {} — {reason}",
        term.err_style().bold(sug.as_str())
    ));
    let chosen = p.select(
        None,
        &Question::new("--route", "Route:").default(sug.as_str()),
        Route::NAMES,
    )?;
    Ok(Route::parse(&chosen).unwrap_or(sug))
}

/// Shows the requests most like `r` and asks whether it duplicates one of
/// them ("no" first, and the default unless one is a likely duplicate).
pub fn ask_duplicate(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    r: &Intake,
) -> Result<Option<String>> {
    let found = similar::rank(
        &core::documents(cat),
        &view::query(r),
        3,
        similar::THRESHOLD,
    );
    let cands = view::candidates(cat, &found);
    if cands.is_empty() {
        return Ok(None);
    }
    term.say(&format!(
        "{} — {} similar request{}:",
        term.err_style()
            .bold(&format!("{}: {}", r.id.value, r.title.value)),
        cands.len(),
        if cands.len() == 1 { "" } else { "s" }
    ));
    term.say(render::candidates_table(&cands, term.width()).trim_end());
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
