//! The questions of `exception new`, and the flags that answer them.

use super::{date_check, known_id, one_line, sorted_ids, to_date, Console, Prompter, Question};
use crate::catalog::Catalog;
use crate::lifecycle::draft::ExceptionDraft;
use crate::lifecycle::policy::{check_expiry, latest_expiry};
use crate::model::{parse_date, ExceptionStatus, Risk};
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;

#[derive(clap::Args, Debug)]
pub struct Flags {
    /// One line: what is waived, for whom, until what
    #[arg(long)]
    pub title: Option<String>,
    /// The standard waived: a capability id
    #[arg(long, value_name = "CAPABILITY")]
    pub standard: Option<String>,
    /// The team that asks
    #[arg(long)]
    pub team: Option<String>,
    /// The service concerned (optional)
    #[arg(long)]
    pub service: Option<String>,
    /// Why the standard cannot be met now
    #[arg(long)]
    pub reason: Option<String>,
    /// low, medium or high
    #[arg(long)]
    pub risk: Option<String>,
    /// What reduces the risk meanwhile (optional)
    #[arg(long)]
    pub compensating_controls: Option<String>,
    /// The last day it holds, YYYY-MM-DD (required: every exception ends)
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// Request date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub requested: Option<String>,
    /// Record it as approved by this person (e.g. "Security: J. Doe")
    #[arg(long, value_name = "WHO")]
    pub approved_by: Option<String>,
    /// With --approved-by: the grant date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", requires = "approved_by")]
    pub granted: Option<String>,
}

/// Asks (or takes from flags) every field of a new exception.
pub fn ask(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    today: NaiveDate,
) -> Result<ExceptionDraft> {
    p.intro(term, "exception");
    let who = ask_who(cat, p, a)?;
    let reason = p.lines(
        a.reason.clone(),
        &Question::new("--reason", "Reason (why the standard cannot be met now):"),
    )?;
    let risk_default = if p.interactive() {
        Some("medium")
    } else {
        None
    };
    let risk = p.select(
        a.risk.clone(),
        &Question::new("--risk", "Risk:").default_opt(risk_default),
        Risk::NAMES,
    )?;
    let compensating_controls = p.optional(
        a.compensating_controls.clone(),
        &Question::new(
            "--compensating-controls",
            "Compensating controls (optional):",
        )
        .help("what reduces the risk meanwhile; Enter skips")
        .check(&one_line),
    )?;
    let dates = ask_dates(cat, p, a, today)?;
    Ok(ExceptionDraft {
        title: who.title,
        standard: who.standard,
        team: who.team,
        service: who.service,
        reason,
        risk: Risk::parse(&risk)
            .ok_or_else(|| anyhow!("--risk `{risk}`: one of low, medium, high"))?,
        compensating_controls,
        requested: dates.requested,
        status: dates.status,
        approved_by: dates.approved_by,
        granted: dates.granted,
        expires: dates.expires,
    })
}

/// What is waived, and for whom.
struct Who {
    title: String,
    standard: String,
    team: String,
    service: Option<String>,
}

fn ask_who(cat: &Catalog, p: &Prompter, a: &Flags) -> Result<Who> {
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let services = sorted_ids(cat.services.iter().map(|s| s.id.value.as_str()));
    let title = p.text(
        a.title.clone(),
        &Question::new("--title", "Title:")
            .help("one line: what is waived, for whom, until what")
            .check(&one_line),
    )?;
    let standard = p.known(
        a.standard.clone(),
        Question::new("--standard", "Standard waived (a capability):")
            .help("type to filter, Tab completes"),
        "capability",
        &caps,
    )?;
    let team = p.known(
        a.team.clone(),
        Question::new("--team", "Team:").help("the team that asks; type to filter"),
        "team",
        &teams,
    )?;
    let of_team: Vec<String> = sorted_ids(
        cat.services
            .iter()
            .filter(|s| s.team.value == team)
            .map(|s| s.id.value.as_str()),
    );
    // Any service of the catalog is accepted; the team's own are offered.
    let svc_ok = known_id("service", &services);
    let service = p.optional(
        a.service.clone(),
        &Question::new("--service", "Service (optional):")
            .help("the service concerned; Enter: the whole team")
            .check(&svc_ok)
            .suggest(&of_team),
    )?;
    Ok(Who {
        title,
        standard,
        team,
        service,
    })
}

/// When it was asked for, granted (if already approved) and ends.
struct Dates {
    requested: NaiveDate,
    status: ExceptionStatus,
    approved_by: Option<String>,
    granted: Option<NaiveDate>,
    expires: NaiveDate,
}

fn ask_dates(cat: &Catalog, p: &Prompter, a: &Flags, today: NaiveDate) -> Result<Dates> {
    let policy = &cat.config.policy;
    let today_s = today.format("%Y-%m-%d").to_string();
    let requested = match &a.requested {
        Some(r) => to_date("--requested", r)?,
        None => today,
    };
    let (status, approved_by, granted) = match &a.approved_by {
        Some(by) if by.trim().is_empty() => bail!("--approved-by is empty: say who approved it"),
        Some(by) => {
            let g = p.text(
                a.granted.clone(),
                &Question::new("--granted", "Granted on:")
                    .default(&today_s)
                    .check(&date_check),
            )?;
            (
                ExceptionStatus::Approved,
                Some(by.trim().to_string()),
                Some(to_date("--granted", &g)?),
            )
        }
        None => (ExceptionStatus::Requested, None, None),
    };
    let start = granted.unwrap_or(requested);
    let latest = latest_expiry(start, policy);
    let expires_ok = move |s: &str| -> Result<(), String> {
        date_check(s)?;
        let d = parse_date(s.trim()).unwrap_or(latest);
        check_expiry(start, d, policy).map_err(|e| e.to_string())
    };
    let help = format!(
        "the last day it holds: {start} to {latest} (policy exception_max_days {})",
        policy.exception_max_days
    );
    let expires = p.text(
        a.expires.clone(),
        &Question::new("--expires", "Expires:")
            .help(&help)
            .check(&expires_ok),
    )?;
    Ok(Dates {
        requested,
        status,
        approved_by,
        granted,
        expires: to_date("--expires", &expires)?,
    })
}
