//! `platctl capability list|show|readiness`: the capability catalog, who
//! uses each capability, and whether it is ready for GA.

use super::writing::{check_id_form, pct, relative_days, unknown};
use super::Env;
use super::{ListFormat, ShowFormat};
use crate::catalog::{Catalog, Kind};
use crate::model::{Capability, Lifecycle};
use crate::output::style::Style;
use crate::output::table;
use crate::report::adoption::adoption;
use crate::report::capability_detail::{detail, CapabilityDetail};
use crate::report::readiness::{readiness, Readiness};
use crate::Outcome;
use anyhow::{bail, Result};
use serde::Serialize;
use std::fmt::Write as _;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List capabilities with their adopters, eligible services and adoption rate
    #[command(
        after_help = "Examples:\n  platctl capability list\n  platctl capability list --lifecycle ga --golden-path\n  platctl capability list --owner team-devex --format csv\n  platctl capability list --format json\n\nadoption = adopters ÷ eligible: eligible services are the active ones that\nmatch the capability's `eligible` tiers and teams (every active service when\nit has none); a user that is not eligible is counted in neither."
    )]
    List(ListArgs),
    /// Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies
    /// both ways, adopters by team, open deprecations and exceptions, release readiness
    #[command(
        after_help = "Examples:\n  platctl capability show ci-pipelines\n  platctl capability show identity-sso --format json"
    )]
    Show(ShowArgs),
    /// The release-readiness checklist; exits 1 when a `ga` capability is not ready (a CI gate)
    #[command(
        after_help = "Each field that `policy.ga_requires` names is ticked or missing, and the lint\nfindings in the capability's file are listed. A capability is ready when every\nfield is there and its file has no error finding.\n\nExamples:\n  platctl capability readiness ci-pipelines\n  platctl capability readiness --all          # every ga capability, e.g. in CI\n\nExit status: 0 ready (or not ga), 1 a ga capability is not ready, 2 could not\nrun."
    )]
    Readiness(ReadinessArgs),
    /// Add a capability to the catalog (asks on a terminal)
    #[command(verbatim_doc_comment, after_long_help = write::NEW_HELP)]
    New(write::NewArgs),
    /// Move a capability to another lifecycle stage (proposed … ga … retired)
    #[command(verbatim_doc_comment, after_long_help = write::SET_LIFECYCLE_HELP)]
    SetLifecycle(write::SetLifecycleArgs),
    /// Change a capability's name, summary, owner, category, docs, runbook or review date
    #[command(verbatim_doc_comment, after_long_help = write::EDIT_HELP)]
    Edit(write::EditArgs),
}

#[path = "capability_write.rs"]
mod write;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these lifecycles (repeat or separate with commas)
    #[arg(long, value_delimiter = ',', value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Vec<String>,
    /// Only capabilities owned by this team
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// Only this category
    #[arg(long)]
    pub category: Option<String>,
    /// Only capabilities on the golden path
    #[arg(long)]
    pub golden_path: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The capability's id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(clap::Args, Debug)]
pub struct ReadinessArgs {
    /// The capabilities to check
    #[arg(required_unless_present = "all")]
    pub ids: Vec<String>,
    /// Check every `ga` capability
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list(env, a),
        Command::Show(a) => show(env, a),
        Command::Readiness(a) => gate(env, a),
        Command::New(a) => write::new(env, a),
        Command::SetLifecycle(a) => write::set_lifecycle(env, a),
        Command::Edit(a) => write::edit(env, a),
    }
}

/// Looks a capability up by an id given on the command line.
fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Capability> {
    check_id_form(Kind::Capability, id)?;
    cat.capability(id)
        .ok_or_else(|| unknown(cat, Kind::Capability, id))
}

#[derive(Serialize)]
struct ListRow<'a> {
    #[serde(flatten)]
    capability: &'a Capability,
    adopters: usize,
    eligible: usize,
    adoption_rate: Option<f64>,
    ineligible_users: usize,
}

#[derive(Serialize)]
struct ListJson<'a> {
    version: u32,
    as_of: chrono::NaiveDate,
    capabilities: Vec<ListRow<'a>>,
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let mut caps: Vec<&Capability> = cat
        .capabilities
        .iter()
        .filter(|c| {
            a.lifecycle.is_empty() || a.lifecycle.iter().any(|l| l == c.lifecycle.value.as_str())
        })
        .filter(|c| a.owner.as_ref().is_none_or(|o| *o == c.owner.value))
        .filter(|c| {
            a.category
                .as_ref()
                .is_none_or(|k| c.category.as_ref() == Some(k))
        })
        .filter(|c| !a.golden_path || c.golden_path)
        .collect();
    caps.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    let shown = caps.len();
    let rows: Vec<ListRow> = caps
        .into_iter()
        .map(|c| {
            let ad = adoption(c, &cat.services);
            ListRow {
                capability: c,
                adopters: ad.adopters,
                eligible: ad.eligible,
                adoption_rate: ad.rate,
                ineligible_users: ad.ineligible_users,
            }
        })
        .collect();
    let out = match a.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ListJson {
                version: 1,
                as_of: env.today,
                capabilities: rows,
            })?;
            s.push('\n');
            s
        }
        ListFormat::Table | ListFormat::Csv => {
            let header = [
                "id",
                "name",
                "lifecycle",
                "owner",
                "category",
                "golden_path",
                "adopters",
                "eligible",
                "adoption_rate",
            ];
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let c = r.capability;
                    vec![
                        c.id.value.clone(),
                        c.name.value.clone(),
                        c.lifecycle.value.to_string(),
                        c.owner.value.clone(),
                        c.category.clone().unwrap_or_default(),
                        if c.golden_path {
                            "yes".into()
                        } else {
                            String::new()
                        },
                        r.adopters.to_string(),
                        r.eligible.to_string(),
                        if a.format == ListFormat::Csv {
                            r.adoption_rate.map(|x| x.to_string()).unwrap_or_default()
                        } else {
                            pct(r.adoption_rate)
                        },
                    ]
                })
                .collect();
            if a.format == ListFormat::Csv {
                table::csv(&header, &cells)
            } else if cells.is_empty() {
                "no capability matches\n".to_string()
            } else {
                let header =
                    header.map(|h| h.trim_end_matches("_rate").replace('_', " ").to_uppercase());
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
            "capability",
            "capabilities",
            &[
                ("lifecycle", a.lifecycle.join(", ")),
                ("owner", a.owner.clone().unwrap_or_default()),
                ("category", a.category.clone().unwrap_or_default()),
                (
                    "golden path",
                    if a.golden_path {
                        "only".into()
                    } else {
                        String::new()
                    },
                ),
            ],
        );
    }
    Ok(Outcome::Ok)
}

fn lint_findings(env: &Env, cat: &Catalog) -> Vec<crate::lint::Diagnostic> {
    crate::lint::lint(cat, env.today, &Default::default())
}

#[derive(Serialize)]
struct ShowJson<'a> {
    version: u32,
    as_of: chrono::NaiveDate,
    #[serde(flatten)]
    detail: &'a CapabilityDetail<'a>,
}

fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let cap = find(&cat, &a.id)?;
    let diags = lint_findings(env, &cat);
    let d = detail(&cat, cap, env.today, &diags);
    let out = match a.format {
        ShowFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ShowJson {
                version: 1,
                as_of: env.today,
                detail: &d,
            })?;
            s.push('\n');
            s
        }
        ShowFormat::Text => {
            return env
                .print_prose(&render_detail(&d, env.style))
                .map(|_| Outcome::Ok)
        }
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(Outcome::Ok)
}

fn kv(out: &mut String, st: Style, key: &str, value: &str) {
    let _ = writeln!(out, "  {} {value}", st.dim(&format!("{key:<16}")));
}

fn render_detail(d: &CapabilityDetail, st: Style) -> String {
    let c = d.capability;
    let mut o = String::new();
    let _ = writeln!(o, "{} — {}", st.bold(&c.id.value), c.name.value);
    let _ = writeln!(o, "  {}\n", c.summary.value);
    let mut flags = Vec::new();
    if c.golden_path {
        flags.push("golden path");
    }
    if c.control {
        flags.push("control");
    }
    let life = if flags.is_empty() {
        c.lifecycle.value.to_string()
    } else {
        format!("{} ({})", c.lifecycle.value, flags.join(", "))
    };
    kv(&mut o, st, "lifecycle", &life);
    if let Some(k) = &c.category {
        kv(&mut o, st, "category", k);
    }
    let mut owner = d.owner.id.clone();
    if let Some(n) = &d.owner.name {
        owner.push_str(&format!(" — {n}"));
    } else {
        owner.push_str(" (not a known team)");
    }
    if let Some(ct) = &d.owner.contact {
        owner.push_str(&format!(" ({ct})"));
    }
    kv(&mut o, st, "owner", &owner);
    match &c.support {
        Some(s) => {
            let mut parts = Vec::new();
            if let Some(ch) = &s.channel {
                parts.push(ch.clone());
            }
            if let Some(h) = s.hours {
                parts.push(if h.as_str() == "business" {
                    "business hours".to_string()
                } else {
                    h.to_string()
                });
            }
            if let Some(e) = &s.escalation {
                parts.push(format!("escalation {e}"));
            }
            kv(&mut o, st, "support", &parts.join(", "));
        }
        None => kv(&mut o, st, "support", "none recorded"),
    }
    match &c.slo {
        Some(s) => {
            let mut parts = Vec::new();
            if let Some(a) = s.availability {
                parts.push(format!("availability {a}%"));
            }
            if let Some(l) = s.latency_p99_ms {
                parts.push(format!("latency p99 {l} ms"));
            }
            kv(&mut o, st, "SLOs", &parts.join(", "));
        }
        None => kv(&mut o, st, "SLOs", "none recorded"),
    }
    if let Some(x) = &c.docs {
        kv(&mut o, st, "docs", x);
    }
    if let Some(x) = &c.runbook {
        kv(&mut o, st, "runbook", x);
    }
    if let Some(x) = c.security_review {
        kv(&mut o, st, "security review", &x.to_string());
    }
    if let Some(e) = &c.eligible {
        let mut parts = Vec::new();
        if let Some(t) = &e.tiers {
            parts.push(format!(
                "tiers {}",
                t.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
            ));
        }
        if let Some(t) = &e.teams {
            parts.push(format!(
                "teams {}",
                t.iter()
                    .map(|x| x.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        kv(
            &mut o,
            st,
            "eligible",
            &format!("active services in {}", parts.join(" and ")),
        );
    }
    if c.interfaces.is_empty() {
        kv(&mut o, st, "interfaces", "none recorded");
    }
    for (i, f) in c.interfaces.iter().enumerate() {
        let v = f
            .version
            .as_deref()
            .map(|v| format!(" {v}"))
            .unwrap_or_default();
        kv(
            &mut o,
            st,
            if i == 0 { "interfaces" } else { "" },
            &format!("{} ({}{v})", f.name, f.kind),
        );
    }

    let a = &d.adoption;
    let _ = writeln!(o, "\n{}", st.bold("Adoption"));
    let _ = writeln!(
        o,
        "  {} of {} eligible services ({})",
        a.adopters,
        a.eligible,
        pct(a.rate)
    );
    for t in &d.adopters_by_team {
        if t.eligible() == 0 {
            continue;
        }
        let mut line = format!("  {:<20} {}/{}", t.team, t.adopters.len(), t.eligible());
        if !t.adopters.is_empty() {
            line.push_str(&format!("  {}", t.adopters.join(", ")));
        }
        if !t.not_adopted.is_empty() {
            line.push_str(&format!(
                "  {}",
                st.dim(&format!("not yet: {}", t.not_adopted.join(", ")))
            ));
        }
        let _ = writeln!(o, "{line}");
    }
    let others: Vec<&str> = d
        .adopters_by_team
        .iter()
        .flat_map(|t| t.ineligible_users.iter().map(String::as_str))
        .collect();
    if !others.is_empty() {
        let _ = writeln!(
            o,
            "  also used by (not eligible, not counted): {}",
            others.join(", ")
        );
    }

    let _ = writeln!(o, "\n{}", st.bold("Dependencies"));
    let deps = |v: &[crate::report::capability_detail::Dependency]| {
        if v.is_empty() {
            "nothing".to_string()
        } else {
            v.iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        x.id,
                        x.lifecycle.map_or("unknown".to_string(), |l| l.to_string())
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    kv(&mut o, st, "needs", &deps(&d.needs));
    kv(&mut o, st, "needed by", &deps(&d.needed_by));

    let _ = writeln!(o, "\n{}", st.bold("Open deprecations"));
    if d.deprecations.is_empty() {
        let _ = writeln!(o, "  none");
    }
    for x in &d.deprecations {
        let what = match (&x.interface, x.role) {
            (Some(i), "deprecated") => format!("{i} goes away"),
            (None, "deprecated") => "goes away".to_string(),
            _ => format!("replaces {}", x.capability),
        };
        let _ = writeln!(
            o,
            "  {}  {what}; sunset {} ({}), {}, {} migrated, {} remaining",
            x.id,
            x.sunset,
            relative_days(x.days_to_sunset),
            x.state,
            pct(Some(x.progress)),
            x.remaining
        );
    }

    let _ = writeln!(o, "\n{}", st.bold("Exceptions"));
    if d.exceptions.is_empty() {
        let _ = writeln!(o, "  none");
    }
    for x in &d.exceptions {
        let who = match &x.service {
            Some(s) => format!("{}/{s}", x.team),
            None => x.team.clone(),
        };
        let left = x
            .days_left
            .map_or_else(String::new, |l| format!(" ({})", relative_days(l)));
        let _ = writeln!(
            o,
            "  {}  {:<9} expires {}{left}  {who}: {}",
            x.id,
            x.state.as_str(),
            x.expires,
            x.title
        );
    }

    o.push('\n');
    o.push_str(&render_readiness(&d.readiness, st));
    o
}

/// The checklist, as `show` and `readiness` print it.
fn render_readiness(r: &Readiness, st: Style) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} {} ({})",
        st.bold("Release readiness of"),
        st.bold(&r.capability),
        r.lifecycle
    );
    if r.checks.is_empty() {
        let _ = writeln!(o, "  policy.ga_requires names no field");
    }
    for c in &r.checks {
        let mark = if c.present {
            st.green("✓")
        } else {
            st.red("✗")
        };
        let note = if c.present {
            String::new()
        } else {
            st.dim("  missing")
        };
        let _ = writeln!(o, "  {mark} {}{note}", c.field);
    }
    for f in &r.findings {
        let head = match f.level {
            crate::model::Level::Error => st.red(&format!("error[{}]", f.rule)),
            _ => st.yellow(&format!("warning[{}]", f.rule)),
        };
        let _ = writeln!(
            o,
            "  {head} {}:{}:{}: {}",
            f.file, f.line, f.column, f.message
        );
    }
    let verdict = if r.ready {
        st.green("ready")
    } else if r.gate_fails {
        st.red("not ready: a ga capability must have every field and no error finding")
    } else {
        st.yellow(&format!(
            "not ready for ga (the gate applies to ga capabilities only; this one is {})",
            r.lifecycle
        ))
    };
    let _ = writeln!(o, "  → {verdict}");
    o
}

#[derive(Serialize)]
struct ReadinessJson<'a> {
    version: u32,
    as_of: chrono::NaiveDate,
    ready: bool,
    capabilities: &'a [Readiness],
}

fn gate(env: &Env, a: ReadinessArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let mut caps: Vec<&Capability> = if a.all {
        cat.capabilities
            .iter()
            .filter(|c| c.lifecycle.value == Lifecycle::Ga)
            .collect()
    } else {
        a.ids
            .iter()
            .map(|id| find(&cat, id))
            .collect::<Result<_>>()?
    };
    caps.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    caps.dedup_by(|x, y| x.id.value == y.id.value);
    if caps.is_empty() {
        if a.all {
            env.note("no ga capability in the catalog: nothing to check");
        } else {
            bail!("no capability to check");
        }
    }
    let diags = lint_findings(env, &cat);
    let results: Vec<Readiness> = caps.iter().map(|c| readiness(&cat, c, &diags)).collect();
    let fails = results.iter().any(|r| r.gate_fails);
    let out = match a.format {
        ShowFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ReadinessJson {
                version: 1,
                as_of: env.today,
                ready: !fails,
                capabilities: &results,
            })?;
            s.push('\n');
            s
        }
        ShowFormat::Text => results
            .iter()
            .map(|r| render_readiness(r, env.style))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(if fails {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}
