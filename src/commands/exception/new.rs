//! `exception new`: request or record an exception, through the one shared
//! writer (validate, lock, write atomically, commit).

use crate::catalog::{Catalog, Kind};
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{report, report_dry_run, warn_after, write_error, WriteFlags};
use crate::commands::Env;
use crate::lifecycle::draft::ExceptionDraft;
use crate::lifecycle::policy::{check_expiry, latest_expiry};
use crate::model::{parse_date, ExceptionStatus, Risk};
use crate::store::writer::{self, IdChoice};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

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
    /// Ask nothing: take defaults, fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[
        ("--title", a.title.is_some()),
        ("--standard", a.standard.is_some()),
        ("--team", a.team.is_some()),
        ("--reason", a.reason.is_some()),
        ("--risk", a.risk.is_some()),
        ("--expires", a.expires.is_some()),
    ])?;
    a.write.ensure_can_commit(&cat.root)?;
    let draft = ask(env, &cat, &p, &a)?;
    let taken = cat.declared.iter().map(|d| d.id.value.clone()).collect();
    let preferred = crate::store::ids::fresh("EXC", &taken);
    let path = format!("exceptions/{preferred}.yaml");
    if !p.preview_and_confirm(
        env,
        &path,
        &writer::file_text(&cat.root, Kind::Exception, &draft.to_yaml(&preferred)),
    )? {
        return Ok(Outcome::Ok);
    }
    let title = draft.title.clone();
    let w = writer::create(
        &cat.root,
        Kind::Exception,
        IdChoice::Fresh {
            prefix: "EXC",
            preferred: Some(preferred),
        },
        &a.write.options(env.today),
        &|id| draft.to_yaml(id),
        &|id| format!("exception: {id} {title}"),
    )
    .map_err(write_error)?;
    if !w.written {
        return report_dry_run(env, &w).map(|_| Outcome::Ok);
    }
    let next = if draft.status == ExceptionStatus::Requested {
        format!("platctl exception approve {} --by \"...\"", w.id)
    } else {
        String::new()
    };
    let done = format!(
        "{} {} in {}, expires {}",
        draft.status, w.id, w.path, draft.expires
    );
    report(env, &w, &done, &next)?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}

/// Asks (or takes from flags) every field of a new exception.
fn ask(env: &Env, cat: &Catalog, p: &Prompter, a: &NewArgs) -> Result<ExceptionDraft> {
    let policy = &cat.config.policy;
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let services = sorted_ids(cat.services.iter().map(|s| s.id.value.as_str()));
    let cap_ok = known_id("capability", &caps);
    let team_ok = known_id("team", &teams);
    let svc_ok = known_id("service", &services);
    let one_line = |s: &str| {
        if s.contains('\n') {
            Err("one line, please".to_string())
        } else {
            Ok(())
        }
    };
    p.intro(env, "exception");
    let title = p.text(
        a.title.clone(),
        &Question::new("--title", "Title:")
            .help("one line: what is waived, for whom, until what")
            .check(&one_line),
    )?;
    let standard = p.text(
        a.standard.clone(),
        &Question::new("--standard", "Standard waived (a capability):")
            .help("type to filter, Tab completes")
            .check(&cap_ok)
            .suggest(&caps),
    )?;
    let team = p.text(
        a.team.clone(),
        &Question::new("--team", "Team:")
            .help("the team that asks; type to filter")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let of_team: Vec<String> = sorted_ids(
        cat.services
            .iter()
            .filter(|s| s.team.value == team)
            .map(|s| s.id.value.as_str()),
    );
    let service = p.optional(
        a.service.clone(),
        &Question::new("--service", "Service (optional):")
            .help("the service concerned; Enter: the whole team")
            .check(&svc_ok)
            .suggest(&of_team),
    )?;
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
    let today = env.today.format("%Y-%m-%d").to_string();
    let requested = match &a.requested {
        Some(r) => to_date("--requested", r)?,
        None => env.today,
    };
    let (status, approved_by, granted) = match &a.approved_by {
        Some(by) if by.trim().is_empty() => bail!("--approved-by is empty: say who approved it"),
        Some(by) => {
            let g = p.text(
                a.granted.clone(),
                &Question::new("--granted", "Granted on:")
                    .default(&today)
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
    Ok(ExceptionDraft {
        title,
        standard,
        team,
        service,
        reason,
        risk: Risk::parse(&risk)
            .ok_or_else(|| anyhow!("--risk `{risk}`: one of low, medium, high"))?,
        compensating_controls,
        requested,
        status,
        approved_by,
        granted,
        expires: to_date("--expires", &expires)?,
    })
}
