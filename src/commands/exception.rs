//! `platctl exception new|list|show|approve|reject|revoke`: time-bound
//! waivers from platform standards.

use super::writing::{check_id_form, relative_days, unknown};
use super::Env;
use super::{ListFormat, ShowFormat};
use crate::catalog::{Catalog, Kind};
use crate::model::{Exception, ExceptionState};
use crate::output::table;
use crate::report::exception_status::{days_left, exemptions, expires_within, Exemption};
use crate::Outcome;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt::Write as _;

#[path = "exception_write.rs"]
mod write;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Request (or record) an exception: a fresh EXC- id, an expiry within the policy
    #[command(after_help = write::NEW_HELP)]
    New(write::NewArgs),
    /// List exceptions with their state and days left
    #[command(
        after_help = "Examples:\n  platctl exception list\n  platctl exception list --expiring 30\n  platctl exception list --state expiring,expired\n  platctl exception list --format json\n\nstate: requested, open, expiring (open, and expires within\npolicy.exception_warn_days), expired, rejected, revoked. Expiry is never\nwritten into the file: it follows from the date."
    )]
    List(ListArgs),
    /// One exception: what it waives, for whom, its state, and the deprecations it exempts
    #[command(
        after_help = "Examples:\n  platctl exception show EXC-4F7Q2M\n  platctl exception show EXC-4F7Q2M --format json"
    )]
    Show(ShowArgs),
    /// Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires
    #[command(after_help = write::APPROVE_HELP)]
    Approve(write::ApproveArgs),
    /// Reject a requested exception
    #[command(after_help = write::REJECT_HELP)]
    Reject(write::StatusArgs),
    /// Revoke an exception before it expires
    #[command(after_help = write::REVOKE_HELP)]
    Revoke(write::StatusArgs),
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only approved exceptions that expire within DAYS from today (not yet expired)
    #[arg(long, value_name = "DAYS")]
    pub expiring: Option<u32>,
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(ExceptionState::NAMES))]
    pub state: Vec<String>,
    /// Only exceptions to this standard (a capability id)
    #[arg(long, value_name = "CAPABILITY")]
    pub standard: Option<String>,
    /// Only exceptions of this team
    #[arg(long)]
    pub team: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => write::new(env, a),
        Command::List(a) => list(env, a),
        Command::Show(a) => show(env, a),
        Command::Approve(a) => write::approve(env, a),
        Command::Reject(a) => write::reject(env, a),
        Command::Revoke(a) => write::revoke(env, a),
    }
}

/// Looks an exception up by an id given on the command line.
pub(crate) fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Exception> {
    check_id_form(Kind::Exception, id)?;
    cat.exception(id)
        .ok_or_else(|| unknown(cat, Kind::Exception, id))
}

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    exception: &'a Exception,
    state: ExceptionState,
    days_left: Option<i64>,
}

#[derive(Serialize)]
struct ListJson<'a> {
    version: u32,
    as_of: NaiveDate,
    exceptions: Vec<Row<'a>>,
}

fn row<'a>(cat: &Catalog, e: &'a Exception, today: NaiveDate) -> Row<'a> {
    Row {
        exception: e,
        state: e.state(today, cat.config.policy.exception_warn_days),
        days_left: days_left(e, today),
    }
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let mut rows: Vec<Row> = cat
        .exceptions
        .iter()
        .filter(|e| {
            a.expiring
                .is_none_or(|n| expires_within(e, env.today, i64::from(n)))
        })
        .filter(|e| a.standard.as_ref().is_none_or(|s| e.waived() == s))
        .filter(|e| a.team.as_ref().is_none_or(|t| *t == e.team.value))
        .map(|e| row(&cat, e, env.today))
        .filter(|r| a.state.is_empty() || a.state.iter().any(|s| s == r.state.as_str()))
        .collect();
    rows.sort_by(|x, y| x.exception.id.value.cmp(&y.exception.id.value));
    let shown = rows.len();
    let out = match a.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ListJson {
                version: 1,
                as_of: env.today,
                exceptions: rows,
            })?;
            s.push('\n');
            s
        }
        ListFormat::Table if rows.is_empty() => "no exception matches\n".to_string(),
        ListFormat::Table | ListFormat::Csv => {
            let csv = a.format == ListFormat::Csv;
            let header = [
                "id",
                "state",
                "days_left",
                "expires",
                "standard",
                "team",
                "service",
                "risk",
                "title",
            ];
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let e = r.exception;
                    let state = match r.state {
                        ExceptionState::Expired if !csv => env.style.red(r.state.as_str()),
                        ExceptionState::Expiring if !csv => env.style.yellow(r.state.as_str()),
                        s => s.to_string(),
                    };
                    vec![
                        e.id.value.clone(),
                        state,
                        r.days_left.map(|d| d.to_string()).unwrap_or_default(),
                        e.expires.value.to_string(),
                        e.waived().to_string(),
                        e.team.value.clone(),
                        e.service
                            .as_ref()
                            .map(|s| s.value.clone())
                            .unwrap_or_default(),
                        e.risk.to_string(),
                        e.title.value.clone(),
                    ]
                })
                .collect();
            if csv {
                table::csv(&header, &cells)
            } else {
                let header = header.map(|h| h.replace('_', " ").to_uppercase());
                table::table(
                    &header.iter().map(String::as_str).collect::<Vec<_>>(),
                    cells,
                    env.width(),
                )
            }
        }
    };
    env.print_as(&out, a.format == ListFormat::Table)?;
    if a.format == ListFormat::Table {
        crate::commands::writing::say_what_it_shows(
            env,
            shown,
            "exception",
            "exceptions",
            &[
                (
                    "expiring within",
                    a.expiring
                        .map(|d| crate::output::fmt::plural(d as usize, "day", "days"))
                        .unwrap_or_default(),
                ),
                ("state", a.state.join(", ")),
                ("standard", a.standard.clone().unwrap_or_default()),
                ("team", a.team.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
}

#[derive(Serialize)]
struct ShowJson<'a> {
    version: u32,
    as_of: NaiveDate,
    exception: Row<'a>,
    /// Deprecation consumers exempt under it.
    exempts: Vec<Exemption>,
}

fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let e = find(&cat, &a.id)?;
    let r = row(&cat, e, env.today);
    let ex = exemptions(&cat, &e.id.value);
    let out = match a.format {
        ShowFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ShowJson {
                version: 1,
                as_of: env.today,
                exception: r,
                exempts: ex,
            })?;
            s.push('\n');
            s
        }
        ShowFormat::Text => {
            return env
                .print_prose(&render(env, &cat, &r, &ex))
                .map(|_| Outcome::Ok)
        }
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(Outcome::Ok)
}

fn render(env: &Env, cat: &Catalog, r: &Row, ex: &[Exemption]) -> String {
    let st = env.style;
    let e = r.exception;
    let mut o = String::new();
    let kv = |o: &mut String, k: &str, v: &str| {
        let _ = writeln!(o, "  {} {v}", st.dim(&format!("{k:<22}")));
    };
    let _ = writeln!(o, "{} — {}", st.bold(&e.id.value), e.title.value);
    let state = match r.state {
        ExceptionState::Expired => st.red(r.state.as_str()),
        ExceptionState::Expiring => st.yellow(r.state.as_str()),
        s => s.to_string(),
    };
    let left = r
        .days_left
        .map(|d| format!(", expires {}", relative_days(d)))
        .unwrap_or_default();
    kv(
        &mut o,
        "state",
        &format!("{state} (status {}{left})", e.status.value),
    );
    let standard = match (e.standard_id(), e.rule.as_ref()) {
        (Some(id), _) => match cat.capability(id) {
            Some(c) => format!("{} — {} ({})", c.id.value, c.name.value, c.lifecycle.value),
            None => format!("{id} (not a known capability)"),
        },
        (None, Some(r)) => format!("scorecard rule {}", r.value),
        (None, None) => String::new(),
    };
    kv(&mut o, "waives", &standard);
    kv(&mut o, "team", &e.team.value);
    if let Some(s) = &e.service {
        kv(&mut o, "service", &s.value);
    }
    kv(&mut o, "risk", e.risk.as_str());
    kv(&mut o, "reason", e.reason.trim());
    if let Some(c) = &e.compensating_controls {
        kv(&mut o, "compensating controls", c.trim());
    }
    kv(&mut o, "requested", &e.requested.value.to_string());
    if let Some(b) = &e.approved_by {
        kv(&mut o, "approved by", &b.value);
    }
    if let Some(g) = &e.granted {
        kv(&mut o, "granted", &g.value.to_string());
    }
    kv(&mut o, "expires", &e.expires.value.to_string());
    if !ex.is_empty() {
        let _ = writeln!(o, "\n{}", st.bold("Exempts"));
        for x in ex {
            let _ = writeln!(o, "  {} in deprecation {}", x.service, x.deprecation);
        }
    }
    o
}
