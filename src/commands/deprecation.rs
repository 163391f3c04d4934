//! `platctl deprecation new|list|show|migrate`: sunsets and who still has
//! to move.

use super::writing::{bar, check_id_form, relative_days, unknown};
use super::Env;
use super::{ListFormat, ShowFormat};
use crate::catalog::{Catalog, Kind};
use crate::model::{Deprecation, ExceptionState};
use crate::output::table;
use crate::report::deprecation_status::{
    burn_down, from_file, migration, BurnPoint, DeprecationState, Migration,
};
use crate::report::exception_status::days_left;
use crate::Outcome;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt::Write as _;

#[path = "deprecation_write.rs"]
mod write;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Announce a deprecation: consumers are filled from the services that use it, all pending
    #[command(after_help = write::NEW_HELP)]
    New(write::NewArgs),
    /// List deprecations: state, progress, days to sunset, who is left by team
    #[command(
        after_help = "Examples:\n  platctl deprecation list\n  platctl deprecation list --state overdue,migrating\n  platctl deprecation list --team team-search\n  platctl deprecation list --format json\n\nstate: upcoming (announced), migrating, overdue (sunset passed with consumers\nleft), completed, cancelled. progress = migrated ÷ (consumers − exempt); 100%\nwhen nobody has to move."
    )]
    List(ListArgs),
    /// One deprecation: consumers with status, exceptions, and a burn-down from git history
    #[command(
        after_help = "Examples:\n  platctl deprecation show legacy-auth-sunset\n  platctl deprecation show legacy-auth-sunset --format json\n\nThe burn-down reads the commits that changed the deprecation's file (when the\ncatalog is in git)."
    )]
    Show(ShowArgs),
    /// Set the migration status of consumers (keeps the file's comments)
    #[command(after_help = write::MIGRATE_HELP)]
    Migrate(write::MigrateArgs),
    /// Change a deprecation's own fields: status, sunset, replacement, migration guide
    #[command(after_help = write::UPDATE_HELP)]
    Update(write::UpdateArgs),
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these states (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(DeprecationState::NAMES))]
    pub state: Vec<String>,
    /// Only deprecations of this capability
    #[arg(long)]
    pub capability: Option<String>,
    /// Only deprecations where this team still has consumers to move
    #[arg(long)]
    pub team: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The deprecation's id
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
        Command::Migrate(a) => write::migrate(env, a),
        Command::Update(a) => write::update(env, a),
    }
}

/// Looks a deprecation up by an id given on the command line.
pub(crate) fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Deprecation> {
    check_id_form(Kind::Deprecation, id)?;
    cat.deprecation(id)
        .ok_or_else(|| unknown(cat, Kind::Deprecation, id))
}

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    deprecation: &'a Deprecation,
    #[serde(flatten)]
    migration: Migration,
}

#[derive(Serialize)]
struct ListJson<'a> {
    version: u32,
    as_of: NaiveDate,
    deprecations: Vec<Row<'a>>,
}

fn by_team(m: &Migration) -> String {
    m.remaining_by_team
        .iter()
        .map(|t| format!("{} {}", t.team, t.services.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let mut rows: Vec<Row> = cat
        .deprecations
        .iter()
        .filter(|d| {
            a.capability
                .as_ref()
                .is_none_or(|c| *c == d.capability.value)
        })
        .map(|d| Row {
            deprecation: d,
            migration: migration(&cat, d, env.today),
        })
        .filter(|r| a.state.is_empty() || a.state.iter().any(|s| s == r.migration.state.as_str()))
        .filter(|r| {
            a.team
                .as_ref()
                .is_none_or(|t| r.migration.remaining_by_team.iter().any(|x| x.team == *t))
        })
        .collect();
    rows.sort_by(|x, y| x.deprecation.id.value.cmp(&y.deprecation.id.value));
    let shown = rows.len();
    let out = match a.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ListJson {
                version: 1,
                as_of: env.today,
                deprecations: rows,
            })?;
            s.push('\n');
            s
        }
        ListFormat::Csv => {
            let header = [
                "id",
                "capability",
                "interface",
                "state",
                "progress",
                "migrated",
                "remaining",
                "exempt",
                "sunset",
                "days_to_sunset",
                "remaining_by_team",
            ];
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let (d, m) = (r.deprecation, &r.migration);
                    vec![
                        d.id.value.clone(),
                        d.capability.value.clone(),
                        d.interface
                            .as_ref()
                            .map(|i| i.value.clone())
                            .unwrap_or_default(),
                        m.state.to_string(),
                        m.progress.to_string(),
                        m.migrated.to_string(),
                        m.remaining.to_string(),
                        m.exempt.to_string(),
                        d.sunset.value.to_string(),
                        m.days_to_sunset.to_string(),
                        by_team(m),
                    ]
                })
                .collect();
            table::csv(&header, &cells)
        }
        ListFormat::Table if rows.is_empty() => "no deprecation matches\n".to_string(),
        ListFormat::Table => {
            let header = [
                "ID",
                "CAPABILITY",
                "STATE",
                "PROGRESS",
                "LEFT",
                "SUNSET",
                "DAYS",
                "REMAINING BY TEAM",
            ];
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let (d, m) = (r.deprecation, &r.migration);
                    let what = match &d.interface {
                        Some(i) => format!("{} {}", d.capability.value, i.value),
                        None => d.capability.value.clone(),
                    };
                    let state = match m.state {
                        DeprecationState::Overdue => env.style.red(m.state.as_str()),
                        _ => m.state.to_string(),
                    };
                    vec![
                        d.id.value.clone(),
                        what,
                        state,
                        bar(m.progress, 10),
                        format!("{}/{}", m.remaining, m.consumer_count - m.exempt),
                        d.sunset.value.to_string(),
                        m.days_to_sunset.to_string(),
                        by_team(m),
                    ]
                })
                .collect();
            table::table(&header, cells, env.width())
        }
    };
    env.print_as(&out, a.format == ListFormat::Table)?;
    if a.format == ListFormat::Table {
        crate::commands::writing::say_what_it_shows(
            env,
            shown,
            "deprecation",
            "deprecations",
            &[
                ("state", a.state.join(", ")),
                ("capability", a.capability.clone().unwrap_or_default()),
                ("team", a.team.clone().unwrap_or_default()),
            ],
        );
    }
    Ok(Outcome::Ok)
}

/// A consumer as `show` tells it.
#[derive(Serialize)]
struct ConsumerView {
    service: String,
    /// None when the service is not in the catalog.
    team: Option<String>,
    status: String,
    exception: Option<String>,
    exception_state: Option<ExceptionState>,
}

#[derive(Serialize)]
struct ExceptionView {
    id: String,
    title: String,
    service: Option<String>,
    state: ExceptionState,
    expires: NaiveDate,
    days_left: Option<i64>,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    version: u32,
    as_of: NaiveDate,
    deprecation: Row<'a>,
    consumers: Vec<ConsumerView>,
    exceptions: Vec<ExceptionView>,
    /// `git` when the burn-down was read from history, else `none`.
    history: &'static str,
    burn_down: Vec<BurnPoint>,
}

/// How many past versions of a file the burn-down reads at most.
const HISTORY_LIMIT: usize = 500;

fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let d = find(&cat, &a.id)?;
    let warn = cat.config.policy.exception_warn_days;
    let consumers: Vec<ConsumerView> = d
        .consumers
        .iter()
        .map(|c| ConsumerView {
            service: c.service.value.clone(),
            team: cat.service(&c.service.value).map(|s| s.team.value.clone()),
            status: c.status.value.to_string(),
            exception: c.exception.as_ref().map(|e| e.value.clone()),
            exception_state: c
                .exception
                .as_ref()
                .and_then(|e| cat.exception(&e.value))
                .map(|e| e.state(env.today, warn)),
        })
        .collect();
    // Exceptions that consumers name, and any other that waives the deprecated capability.
    let mut exceptions: Vec<ExceptionView> = cat
        .exceptions
        .iter()
        .filter(|e| {
            e.waives_standard(&d.capability.value)
                || d.consumers
                    .iter()
                    .any(|c| c.exception.as_ref().is_some_and(|x| x.value == e.id.value))
        })
        .map(|e| ExceptionView {
            id: e.id.value.clone(),
            title: e.title.value.clone(),
            service: e.service.as_ref().map(|s| s.value.clone()),
            state: e.state(env.today, warn),
            expires: e.expires.value,
            days_left: days_left(e, env.today),
        })
        .collect();
    exceptions.sort_by(|x, y| x.id.cmp(&y.id));
    let file = cat.path(d.meta.file).to_string();
    let versions = crate::git::file_versions(&cat.root, &file, HISTORY_LIMIT)?;
    let history = if versions.is_some() { "git" } else { "none" };
    let past: Vec<(NaiveDate, String, Deprecation)> = versions
        .unwrap_or_default()
        .into_iter()
        .rev() // oldest first, so that one day's versions keep their order
        .filter_map(|v| Some((v.date, v.commit, from_file(&v.bytes?, &d.id.value)?)))
        .collect();
    let burn = burn_down(past, Some(d), env.today);
    let row = Row {
        deprecation: d,
        migration: migration(&cat, d, env.today),
    };
    let out = match a.format {
        ShowFormat::Json => {
            let j = ShowJson {
                version: 1,
                as_of: env.today,
                deprecation: row,
                consumers,
                exceptions,
                history,
                burn_down: burn,
            };
            let mut s = serde_json::to_string_pretty(&j)?;
            s.push('\n');
            s
        }
        ShowFormat::Text => {
            let text = render(env, &row, &consumers, &exceptions, history, &burn);
            return env.print_prose(&text).map(|_| Outcome::Ok);
        }
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(Outcome::Ok)
}

fn render(
    env: &Env,
    row: &Row,
    consumers: &[ConsumerView],
    exceptions: &[ExceptionView],
    history: &str,
    burn: &[BurnPoint],
) -> String {
    let st = env.style;
    let (d, m) = (row.deprecation, &row.migration);
    let mut o = String::new();
    let what = match &d.interface {
        Some(i) => format!("{} {} goes away", d.capability.value, i.value),
        None => format!("{} goes away", d.capability.value),
    };
    let to = d
        .replacement
        .as_ref()
        .map(|r| format!(" → {}", r.value))
        .unwrap_or_default();
    let _ = writeln!(o, "{} — {what}{to}", st.bold(&d.id.value));
    let _ = writeln!(
        o,
        "  announced {}, sunset {} ({})",
        d.announced.value,
        d.sunset.value,
        relative_days(m.days_to_sunset)
    );
    let state = if m.state == DeprecationState::Overdue {
        st.red(m.state.as_str())
    } else {
        m.state.to_string()
    };
    let _ = writeln!(o, "  status {} (state today: {state})", d.status.value);
    if let Some(g) = &d.migration_guide {
        let _ = writeln!(o, "  migration guide {g}");
    }
    let _ = writeln!(
        o,
        "  progress {}  {} of {} migrated, {} remaining ({} pending, {} in progress), {} exempt",
        bar(m.progress, 20),
        m.migrated,
        m.consumer_count - m.exempt,
        m.remaining,
        m.pending,
        m.in_progress,
        m.exempt
    );

    let _ = writeln!(o, "\n{}", st.bold("Consumers"));
    if consumers.is_empty() {
        let _ = writeln!(o, "  none");
    } else {
        let cells = consumers
            .iter()
            .map(|c| {
                let exc = match (&c.exception, c.exception_state) {
                    (Some(e), Some(s)) => format!("{e} ({s})"),
                    (Some(e), None) => format!("{e} (unknown)"),
                    _ => String::new(),
                };
                vec![
                    c.service.clone(),
                    c.team.clone().unwrap_or_else(|| "?".into()),
                    c.status.clone(),
                    exc,
                ]
            })
            .collect();
        o.push_str(&table::table(
            &["SERVICE", "TEAM", "STATUS", "EXCEPTION"],
            cells,
            env.width(),
        ));
    }
    if !m.remaining_by_team.is_empty() {
        let _ = writeln!(o, "\n{}", st.bold("Remaining by team"));
        for t in &m.remaining_by_team {
            let _ = writeln!(o, "  {:<20} {}", t.team, t.services.join(", "));
        }
    }

    let _ = writeln!(o, "\n{}", st.bold("Exceptions"));
    if exceptions.is_empty() {
        let _ = writeln!(o, "  none");
    }
    for e in exceptions {
        let left = e
            .days_left
            .map(|l| format!(" ({})", relative_days(l)))
            .unwrap_or_default();
        let svc = e.service.as_deref().unwrap_or("-");
        let _ = writeln!(
            o,
            "  {}  {:<9} {svc}  expires {}{left}  {}",
            e.id,
            e.state.as_str(),
            e.expires,
            e.title
        );
    }

    let _ = writeln!(o, "\n{}", st.bold("Burn-down"));
    if history == "none" {
        let _ = writeln!(
            o,
            "  {}",
            st.dim("no git history (the catalog is not in a git repository): only today's numbers")
        );
    } else if burn.iter().all(|p| p.commit.is_none()) {
        let _ = writeln!(
            o,
            "  {}",
            st.dim("the file has no committed history yet: only today's numbers")
        );
    }
    for p in burn {
        let denom = p.consumers - p.exempt;
        let ratio = if denom == 0 {
            1.0
        } else {
            p.migrated as f64 / denom as f64
        };
        let from = p.commit.as_deref().map_or_else(
            || "working tree".to_string(),
            |c| c.chars().take(10).collect(),
        );
        let _ = writeln!(
            o,
            "  {}  {}  {:>3} migrated, {:>3} remaining  {}",
            p.date,
            bar(ratio, 20),
            p.migrated,
            p.remaining,
            st.dim(&from)
        );
    }
    o
}
