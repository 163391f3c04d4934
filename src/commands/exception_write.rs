//! `exception new|approve|reject|revoke`: the commands that write, through
//! the one shared writer (validate, lock, write atomically, commit).

use crate::catalog::{kinds, Catalog, Kind};
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{
    check_id_form, relative_days, report, report_dry_run, warn_after, write_error, WriteFlags,
};
use crate::commands::Env;
use crate::lifecycle::draft::ExceptionDraft;
use crate::lifecycle::policy::{check_expiry, latest_expiry};
use crate::model::{parse_date, Exception, ExceptionStatus, Risk};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, IdChoice};
use crate::store::yaml_text;
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

pub const APPROVE_HELP: &str =
    "Sets status approved, approved_by and granted (today, or --granted); --expires
moves the expiry. Approving an approved exception renews it. The expiry must
stay within policy exception_max_days of the grant. Rejected and revoked
exceptions stay closed: file a new one.

Examples:
  platctl exception approve EXC-4F7Q2M --by \"Security: J. Doe\"
  platctl exception approve EXC-4F7Q2M --by \"Security: J. Doe\" \\
      --expires 2027-05-31 --commit";

pub const REJECT_HELP: &str = "Only a requested exception can be rejected.

Example:
  platctl exception reject EXC-4F7Q2M --commit";

pub const REVOKE_HELP: &str =
    "Ends a requested or approved exception now; the file keeps its history (and
git the rest).

Example:
  platctl exception revoke EXC-4F7Q2M --commit";

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

#[derive(clap::Args, Debug)]
pub struct ApproveArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    /// Who approves (e.g. "Security: J. Doe")
    #[arg(long, value_name = "WHO")]
    pub by: String,
    /// A new expiry, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// The grant date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub granted: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

// ---------------------------------------------------------------------------
// new
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// approve, reject, revoke
// ---------------------------------------------------------------------------

/// The changes to make to an exception, and the commit message.
type ExceptionPlan<'a> = dyn Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + 'a;

/// Edits the top-level mapping of exception `id` with the changes `plan`
/// returns for it (under the lock, on the catalog as it is then).
fn edit_exception(
    env: &Env,
    id: &str,
    write: WriteFlags,
    plan: &ExceptionPlan<'_>,
) -> Result<Option<writer::Written>> {
    check_id_form(Kind::Exception, id)?;
    let root = env.root()?;
    let w = writer::update(&root, Kind::Exception, &write.options(env.today), &|cat| {
        let e = crate::commands::exception::find(cat, id)?;
        let (changes, message) = plan(cat, e)?;
        let text = writer::edit_at(cat, e.meta.file, e.meta.span, &changes, kinds::EXCEPTION)?;
        Ok(Edit {
            id: e.id.value.clone(),
            path: cat.path(e.meta.file).to_string(),
            text,
            message,
        })
    })
    .map_err(write_error)?;
    if write.dry_run {
        report_dry_run(env, &w)?;
        return Ok(None);
    }
    Ok(Some(w))
}

pub fn approve(env: &Env, a: ApproveArgs) -> Result<Outcome> {
    let by = a.by.trim().to_string();
    if by.is_empty() {
        bail!("--by is empty: say who approves it");
    }
    let granted = a
        .granted
        .as_deref()
        .map(|g| to_date("--granted", g))
        .transpose()?
        .unwrap_or(env.today);
    let expires = a
        .expires
        .as_deref()
        .map(|x| to_date("--expires", x))
        .transpose()?;
    let w = edit_exception(env, &a.id, a.write, &|cat, e| {
        match e.status.value {
            ExceptionStatus::Rejected | ExceptionStatus::Revoked => {
                bail!(
                    "{} is {}: it stays closed; file a new one with `platctl exception new`",
                    e.id.value,
                    e.status.value
                )
            }
            _ => {}
        }
        let until = expires.unwrap_or(e.expires.value);
        if let Err(why) = check_expiry(granted, until, &cat.config.policy) {
            let fix = if expires.is_some() {
                ""
            } else {
                " (give --expires to move the expiry)"
            };
            bail!(
                "cannot approve {} granted {granted} until {until}: {why}{fix}",
                e.id.value
            );
        }
        let mut ch = vec![
            Change::Set("status".into(), "approved".into()),
            Change::Set("approved_by".into(), yaml_text::scalar(&by)),
            Change::Set("granted".into(), granted.format("%Y-%m-%d").to_string()),
        ];
        if let Some(x) = expires {
            ch.push(Change::Set(
                "expires".into(),
                x.format("%Y-%m-%d").to_string(),
            ));
        }
        let verb = if e.status.value == ExceptionStatus::Approved {
            "renewed"
        } else {
            "approved"
        };
        Ok((
            ch,
            format!("exception: {} {verb} by {by} until {until}", e.id.value),
        ))
    })?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    let Ok(cat) = env.load() else {
        return Ok(Outcome::Ok);
    };
    let said = match cat.exception(&w.id) {
        Some(e) => format!(
            "{} approved by {by}, granted {granted}, expires {} ({})",
            w.id,
            e.expires.value,
            relative_days((e.expires.value - env.today).num_days())
        ),
        None => format!("{} approved by {by}", w.id),
    };
    report(env, &w, &said, "")?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}

pub fn reject(env: &Env, a: StatusArgs) -> Result<Outcome> {
    close(
        env,
        a,
        ExceptionStatus::Rejected,
        &[ExceptionStatus::Requested],
    )
}

pub fn revoke(env: &Env, a: StatusArgs) -> Result<Outcome> {
    close(
        env,
        a,
        ExceptionStatus::Revoked,
        &[ExceptionStatus::Requested, ExceptionStatus::Approved],
    )
}

/// Sets a closing status, from one of the statuses `from`.
fn close(
    env: &Env,
    a: StatusArgs,
    to: ExceptionStatus,
    from: &[ExceptionStatus],
) -> Result<Outcome> {
    let w = edit_exception(env, &a.id, a.write, &|_, e| {
        if !from.contains(&e.status.value) {
            let can = from
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" or ");
            bail!(
                "{} is {}; only a {can} exception can be {to}",
                e.id.value,
                e.status.value
            );
        }
        Ok((
            vec![Change::Set("status".into(), to.as_str().into())],
            format!("exception: {} {to}", e.id.value),
        ))
    })?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    report(env, &w, &format!("{} {to}", w.id), "")?;
    // An exempt consumer that leaned on it now needs another plan.
    if let Ok(cat) = env.load() {
        for x in crate::report::exception_status::exemptions(&cat, &w.id) {
            env.warn(&format!(
                "{} in deprecation {} was exempt under {}: migrate it or record another exception",
                x.service, x.deprecation, w.id
            ));
        }
    }
    Ok(Outcome::Ok)
}
