//! `platctl intake`: file, list, show, deduplicate and triage requests.

use super::prompt::{indent, known_id, number, sorted_ids, Prompter, Question};
use super::writing::{report, report_dry_run, write_error, WriteFlags};
use super::Env;
use super::{ListFormat, ShowFormat};
use crate::catalog::{kinds, Catalog, Kind};
use crate::intake::draft::{self, Draft};
use crate::intake::similar::{self, Doc, Match};
use crate::intake::{self as core, SortKey};
use crate::model::ids::{is_allocated, is_safe_file_stem};
use crate::model::{Intake, IntakeStatus, IntakeType, Route, Urgency, IMPACTS};
use crate::output::table;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, IdChoice, WriteError};
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use clap::builder::PossibleValuesParser;
use serde::Serialize;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// File a request: questions on a terminal, flags in scripts
    #[command(after_help = NEW_HELP)]
    New(Box<NewArgs>),
    /// List requests with their RICE score and age
    #[command(after_help = LIST_HELP)]
    List(ListArgs),
    /// Everything about one request: fields, RICE, linked capability and roadmap item
    #[command(after_help = SHOW_HELP)]
    Show(ShowArgs),
    /// Requests most like one request, or like a text: duplicate candidates
    #[command(after_help = SIMILAR_HELP)]
    Similar(SimilarArgs),
    /// Route a request and set its status; keeps the rest of the file as written
    #[command(after_help = TRIAGE_HELP)]
    Triage(TriageArgs),
}

const NEW_HELP: &str = "On a terminal, every value not given as a flag is asked, one question at a time, with defaults \
and choices; the new file is previewed before it is written. With --yes, or without a terminal, nothing is asked: \
--title, --team and --problem are required and the rest take their defaults.

Before writing, up to three similar requests (possible duplicates) are shown. The request gets a fresh id, is checked \
like `platctl lint` would (a request that would get an error is not written) and is written to intake/<ID>.yaml. \
Standard output gets `<ID> <path>`.

Examples:
  platctl intake new
  platctl intake new --yes --title \"Managed Postgres for analytics\" \\
      --team team-analytics --type capability \\
      --problem \"We patch our own Postgres VMs every month\" \\
      --reach 4 --impact 2 --effort 3
  platctl intake new --yes --title \"...\" --team team-search \\
      --problem \"...\" --commit";

const LIST_HELP: &str = "RICE = reach × impact × confidence ÷ effort (none without effort). Age is days since `created`. \
--sort rice (default: highest first, no RICE last), created (oldest first), urgency (most urgent first) or id.

Examples:
  platctl intake list
  platctl intake list --status new --sort created
  platctl intake list --all --sort created
  platctl intake list --team team-analytics --type capability,enhancement \\
      --format json";

const SHOW_HELP: &str =
    "Examples:\n  platctl intake show INT-7K3F9Q\n  platctl intake show INT-7K3F9Q --format json";

const SIMILAR_HELP: &str =
    "Similarity is TF-IDF cosine over word stems of the title and problem text (0..1); \
requests scoring below the threshold are not shown.

Examples:
  platctl intake similar INT-7K3F9Q
  platctl intake similar --text \"hosted postgres for reporting\" --limit 5";

const TRIAGE_HELP: &str = "Sets `route`, `status` (default triaged; duplicate with --duplicate-of), `triaged: <today>` \
and, for a final status (done, declined, duplicate), `resolved: <today>`. Only those fields change: comments, key \
order, quoting and blank lines stay as written. The result is checked like `platctl lint` before it is written.

A closed request (done, declined, duplicate) is changed only with --reopen: a status that is not closed then \
removes `resolved`, and any status but duplicate removes `duplicate_of`.

Without --route on a terminal, a route is suggested with its reason and asked: docs request -> docs; support \
question about an existing capability -> support; one team and no capability -> custom; otherwise backlog. \
Without --status on a terminal, the most similar requests are shown first and one can be chosen as the \
original (\"duplicate of\"); a likely duplicate is the default answer.

Examples:
  platctl intake triage INT-7K3F9Q --route backlog
  platctl intake triage INT-7K3F9Q --route docs --status done --commit
  platctl intake triage INT-24B3E4 --route backlog --duplicate-of INT-5ZA541
  platctl intake triage INT-24B3E4 --route backlog --reopen
  platctl intake triage INT-2JEHNW --route backlog --status accepted \\
      --roadmap-item batch-jobs";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
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
    /// Ask nothing: take flags and defaults, continue past duplicate candidates
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    Rice,
    Created,
    Urgency,
    Id,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these statuses (comma-separated or repeated) [default: the open ones: new, triaged, accepted]
    #[arg(long, value_delimiter = ',', value_parser = PossibleValuesParser::new(IntakeStatus::NAMES))]
    pub status: Vec<String>,
    /// Every request, closed ones (done, declined, duplicate) included
    #[arg(long, conflicts_with = "status")]
    pub all: bool,
    /// Only requests from this team
    #[arg(long)]
    pub team: Option<String>,
    /// Only these types (comma-separated or repeated)
    #[arg(long = "type", value_name = "TYPE", value_delimiter = ',', value_parser = PossibleValuesParser::new(IntakeType::NAMES))]
    pub kind: Vec<String>,
    /// Order of the rows
    #[arg(long, value_enum, default_value_t = Sort::Rice)]
    pub sort: Sort,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The request's id, e.g. INT-7K3F9Q
    pub id: String,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("query").required(true).args(["id", "text"]))]
pub struct SimilarArgs {
    /// The request to compare with the others
    pub id: Option<String>,
    /// A text to compare with every request instead
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many requests
    #[arg(long, default_value_t = 3)]
    pub limit: usize,
    /// Lowest score shown, 0..1
    #[arg(long, default_value_t = similar::THRESHOLD)]
    pub min_score: f64,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args, Debug)]
pub struct TriageArgs {
    /// The request's id, e.g. INT-7K3F9Q
    pub id: String,
    /// Where it goes: backlog | support | docs | custom
    #[arg(long, value_parser = PossibleValuesParser::new(Route::NAMES))]
    pub route: Option<String>,
    /// The new status (default triaged; duplicate when --duplicate-of is given)
    #[arg(long, value_parser = PossibleValuesParser::new(IntakeStatus::NAMES))]
    pub status: Option<String>,
    /// The request this one duplicates (sets status duplicate)
    #[arg(long, value_name = "ID")]
    pub duplicate_of: Option<String>,
    /// The roadmap item that will deliver it
    #[arg(long, value_name = "ID")]
    pub roadmap_item: Option<String>,
    /// Change a closed request (done, declined, duplicate); a status that is
    /// not closed clears its `resolved` date, and any status but duplicate its `duplicate_of`
    #[arg(long)]
    pub reopen: bool,
    /// Ask nothing: --route is then required
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new(env, *a),
        Command::List(a) => list(env, a),
        Command::Show(a) => show(env, a),
        Command::Similar(a) => similar_cmd(env, a),
        Command::Triage(a) => triage(env, a),
    }
}

// ---------------------------------------------------------------------------
// Shared bits
// ---------------------------------------------------------------------------

/// The request named `id` (any case), or a clear refusal.
fn find<'a>(cat: &'a Catalog, id: &str) -> Result<&'a Intake> {
    let up = id.trim().to_ascii_uppercase();
    if !is_safe_file_stem(&up) {
        bail!("`{id}` is not a request id: write `INT-` and six characters, e.g. INT-7K3F9Q");
    }
    if let Some(r) = cat.intake_req(&up) {
        return Ok(r);
    }
    let ids = cat.ids_of(Kind::Intake);
    let hint = crate::suggest::did_you_mean(&up, ids.iter().copied())
        .unwrap_or_else(|| "`platctl intake list` shows them".into());
    if is_allocated(&up, "INT") {
        bail!("no request `{up}` in the catalog ({hint})");
    }
    bail!("`{id}` is not a request id (INT- and six characters, e.g. INT-7K3F9Q; {hint})")
}

fn rice_text(r: Option<f64>) -> String {
    r.map_or_else(|| "-".into(), |x| format!("{x:.2}"))
}

#[derive(Serialize)]
struct Candidate<'a> {
    id: &'a str,
    title: &'a str,
    status: &'a str,
    score: f64,
}

fn candidates<'a>(cat: &'a Catalog, m: &[Match]) -> Vec<Candidate<'a>> {
    m.iter()
        .filter_map(|m| cat.intake_req(&m.id))
        .zip(m)
        .map(|(r, m)| Candidate {
            id: &r.id.value,
            title: &r.title.value,
            status: r.status.value.as_str(),
            score: m.score,
        })
        .collect()
}

fn candidates_table(c: &[Candidate], width: Option<u16>) -> String {
    let rows = c
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.title.to_string(),
                c.status.to_string(),
                format!("{:.2}", c.score),
            ]
        })
        .collect();
    table::table(&["ID", "TITLE", "STATUS", "SCORE"], rows, width)
}

// ---------------------------------------------------------------------------
// new
// ---------------------------------------------------------------------------

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
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

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

/// A request in JSON: its fields, plus where it is, its RICE and its age.
#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    request: &'a Intake,
    file: &'a str,
    rice: Option<f64>,
    age_days: i64,
}

fn row<'a>(env: &Env, cat: &'a Catalog, r: &'a Intake) -> Row<'a> {
    Row {
        request: r,
        file: cat.path(r.meta.file),
        rice: r.rice(),
        age_days: core::age_days(r, env.today),
    }
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    if let Some(t) = &a.team {
        if cat.team(t).is_none() && !cat.intake.iter().any(|r| &r.requester.team.value == t) {
            let teams = cat.ids_of(Kind::Team);
            let hint = crate::suggest::did_you_mean(t, teams.iter().copied())
                .unwrap_or_else(|| "see teams/".into());
            bail!("--team `{t}`: no such team ({hint})");
        }
    }
    let mut v: Vec<&Intake> = cat
        .intake
        .iter()
        .filter(|r| {
            if a.status.is_empty() {
                a.all || !r.status.value.is_final()
            } else {
                a.status.iter().any(|s| s == r.status.value.as_str())
            }
        })
        .filter(|r| a.team.as_ref().is_none_or(|t| &r.requester.team.value == t))
        .filter(|r| a.kind.is_empty() || a.kind.iter().any(|k| k == r.kind.as_str()))
        .collect();
    let key = match a.sort {
        Sort::Rice => SortKey::Rice,
        Sort::Created => SortKey::Created,
        Sort::Urgency => SortKey::Urgency,
        Sort::Id => SortKey::Id,
    };
    core::sort(&mut v, key);
    let header = [
        "ID", "TITLE", "TEAM", "TYPE", "URGENCY", "STATUS", "ROUTE", "RICE", "AGE",
    ];
    let cells = |r: &Intake| {
        vec![
            r.id.value.clone(),
            r.title.value.clone(),
            r.requester.team.value.clone(),
            r.kind.to_string(),
            r.urgency.to_string(),
            r.status.value.to_string(),
            r.route
                .as_ref()
                .map_or_else(|| "-".into(), |x| x.value.to_string()),
            rice_text(r.rice()),
            format!("{}d", core::age_days(r, env.today)),
        ]
    };
    match a.format {
        ListFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                version: u32,
                as_of: String,
                requests: Vec<Row<'a>>,
            }
            let out = Out {
                version: 1,
                as_of: env.today.format("%Y-%m-%d").to_string(),
                requests: v.iter().map(|r| row(env, &cat, r)).collect(),
            };
            env.print(&format!("{}\n", serde_json::to_string_pretty(&out)?))?;
        }
        ListFormat::Csv => {
            let rows: Vec<Vec<String>> = v
                .iter()
                .map(|r| {
                    let mut c = cells(r);
                    if let Some(age) = c.last_mut() {
                        *age = age.trim_end_matches('d').to_string();
                    }
                    c
                })
                .collect();
            env.print(&table::csv(
                &[
                    "id", "title", "team", "type", "urgency", "status", "route", "rice", "age_days",
                ],
                &rows,
            ))?;
        }
        ListFormat::Table => {
            let shows = list_scope(&a, v.len());
            if v.is_empty() {
                env.note(&format!("{shows}: none match"));
                return Ok(Outcome::Ok);
            }
            env.print_text(&table::table(
                &header,
                v.iter().map(|r| cells(r)).collect(),
                env.width(),
            ))?;
            env.note(&shows);
        }
    }
    Ok(Outcome::Ok)
}

// ---------------------------------------------------------------------------
// show
// ---------------------------------------------------------------------------

#[derive(Serialize)]
struct Ref<'a> {
    id: &'a str,
    title: &'a str,
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    quarter: Option<String>,
}

fn item_ref<'a>((q, i): (&'a crate::model::RoadmapQuarter, &'a crate::model::Item)) -> Ref<'a> {
    Ref {
        id: &i.id.value,
        title: &i.title.value,
        status: i.status.value.to_string(),
        quarter: Some(q.quarter.value.to_string()),
    }
}

fn req_ref(x: &Intake) -> Ref<'_> {
    Ref {
        id: &x.id.value,
        title: &x.title.value,
        status: x.status.value.to_string(),
        quarter: None,
    }
}

fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let r = find(&cat, &a.id)?;
    let cap = r.capability.as_ref().and_then(|c| cat.capability(&c.value));
    let item = r.roadmap_item.as_ref().and_then(|i| cat.item(&i.value));
    let dup_of = r
        .duplicate_of
        .as_ref()
        .and_then(|d| cat.intake_req(&d.value));
    let dups = core::duplicates_of(&cat, &r.id.value);
    let mut tracing: Vec<_> = cat
        .items()
        .filter(|(_, i)| i.intake.iter().any(|x| x.value == r.id.value))
        .collect();
    tracing.sort_by(|a, b| a.1.id.value.cmp(&b.1.id.value));
    let query = Doc {
        id: &r.id.value,
        title: &r.title.value,
        body: &r.problem.value,
        capability: r.capability.as_ref().map(|c| c.value.as_str()),
    };
    let sims = similar::rank(&core::documents(&cat), &query, 3, similar::THRESHOLD);
    let sims = candidates(&cat, &sims);
    let suggestion = (r.status.value == IntakeStatus::New).then(|| core::suggest_route(&cat, r));

    if a.format == ShowFormat::Json {
        #[derive(Serialize)]
        struct CapOut<'a> {
            id: &'a str,
            name: &'a str,
            lifecycle: &'a str,
            owner: &'a str,
        }
        #[derive(Serialize)]
        struct RouteOut {
            route: &'static str,
            reason: String,
        }
        #[derive(Serialize)]
        struct Out<'a> {
            version: u32,
            as_of: String,
            request: Row<'a>,
            capability: Option<CapOut<'a>>,
            roadmap_item: Option<Ref<'a>>,
            duplicate_of: Option<Ref<'a>>,
            duplicates: Vec<Ref<'a>>,
            roadmap_items: Vec<Ref<'a>>,
            similar: Vec<Candidate<'a>>,
            suggested_route: Option<RouteOut>,
        }
        let out = Out {
            version: 1,
            as_of: env.today.format("%Y-%m-%d").to_string(),
            request: row(env, &cat, r),
            capability: cap.map(|c| CapOut {
                id: &c.id.value,
                name: &c.name.value,
                lifecycle: c.lifecycle.value.as_str(),
                owner: &c.owner.value,
            }),
            roadmap_item: item.map(item_ref),
            duplicate_of: dup_of.map(req_ref),
            duplicates: dups.iter().map(|x| req_ref(x)).collect(),
            roadmap_items: tracing.iter().map(|x| item_ref(*x)).collect(),
            similar: sims,
            suggested_route: suggestion.map(|(route, reason)| RouteOut {
                route: route.as_str(),
                reason,
            }),
        };
        env.print(&format!("{}\n", serde_json::to_string_pretty(&out)?))?;
        return Ok(Outcome::Ok);
    }

    let st = env.style;
    let mut o = String::new();
    let mut line = |k: &str, v: String| o.push_str(&format!("{:<12}{v}\n", st.dim(k)));
    line("id", st.bold(&r.id.value));
    line("title", r.title.value.clone());
    let team_name = cat
        .team(&r.requester.team.value)
        .map(|t| format!(" ({})", t.name.value))
        .unwrap_or_default();
    let contact = r
        .requester
        .contact
        .as_ref()
        .map(|c| format!(", contact {c}"))
        .unwrap_or_default();
    line(
        "requester",
        format!("{}{team_name}{contact}", r.requester.team.value),
    );
    let age = core::age_days(r, env.today);
    line(
        "created",
        format!(
            "{} ({age} day{} ago)",
            r.created.value,
            if age == 1 { "" } else { "s" }
        ),
    );
    line("type", r.kind.to_string());
    line("urgency", r.urgency.to_string());
    let mut status = r.status.value.to_string();
    if let Some(rt) = &r.route {
        status.push_str(&format!(", route {}", rt.value));
    }
    if let Some(t) = &r.triaged {
        status.push_str(&format!(", triaged {}", t.value));
    }
    if let Some(t) = &r.resolved {
        status.push_str(&format!(", resolved {}", t.value));
    }
    line("status", status);
    let rice = match r.rice() {
        Some(x) => format!(
            "{x:.2} = reach {} × impact {} × confidence {} ÷ effort {}",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence),
            draft::number(r.effort.unwrap_or(0.0))
        ),
        None => format!(
            "- (no effort; reach {}, impact {}, confidence {})",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence)
        ),
    };
    line("RICE", rice);
    if let Some(c) = &r.capability {
        line(
            "capability",
            match cap {
                Some(k) => format!(
                    "{} — {} ({}, owner {})",
                    c.value, k.name.value, k.lifecycle.value, k.owner.value
                ),
                None => format!("{} (not in the catalog)", c.value),
            },
        );
    }
    if let Some(i) = &r.roadmap_item {
        line(
            "roadmap",
            match item {
                Some((q, it)) => format!(
                    "{} — {} ({}, {})",
                    i.value, it.title.value, q.quarter.value, it.status.value
                ),
                None => format!("{} (not in the roadmap)", i.value),
            },
        );
    }
    for (q, it) in &tracing {
        if r.roadmap_item
            .as_ref()
            .is_none_or(|x| x.value != it.id.value)
        {
            line(
                "roadmap",
                format!(
                    "{} — {} ({}, {}) lists this request",
                    it.id.value, it.title.value, q.quarter.value, it.status.value
                ),
            );
        }
    }
    if let Some(d) = &r.duplicate_of {
        line(
            "duplicate of",
            match dup_of {
                Some(x) => format!("{} — {} ({})", d.value, x.title.value, x.status.value),
                None => format!("{} (not in the catalog)", d.value),
            },
        );
    }
    for d in &dups {
        line(
            "duplicated by",
            format!("{} — {} ({})", d.id.value, d.title.value, d.status.value),
        );
    }
    line("file", cat.path(r.meta.file).to_string());
    o.push_str(&format!(
        "\n{}\n{}\n",
        st.bold("Problem"),
        indent(r.problem.value.trim_end())
    ));
    if let Some(x) = &r.outcome {
        o.push_str(&format!("\n{}\n{}\n", st.bold("Outcome"), indent(x)));
    }
    if let Some((route, reason)) = &suggestion {
        o.push_str(&format!(
            "\n{} {route}: {reason}\n  platctl intake triage {} --route {route}\n",
            st.bold("Suggested route:"),
            r.id.value
        ));
    }
    if !sims.is_empty() {
        o.push_str(&format!(
            "\n{}\n{}",
            st.bold("Similar requests"),
            candidates_table(&sims, env.width())
        ));
    }
    env.print_prose(&o)?;
    Ok(Outcome::Ok)
}

// ---------------------------------------------------------------------------
// similar
// ---------------------------------------------------------------------------

fn similar_cmd(env: &Env, a: SimilarArgs) -> Result<Outcome> {
    let cat = env.load()?;
    if !(0.0..=1.0).contains(&a.min_score) {
        bail!(
            "--min-score {} is out of range: a score between 0 and 1",
            a.min_score
        );
    }
    let (query, id) = match (&a.id, &a.text) {
        (Some(id), _) => {
            let r = find(&cat, id)?;
            (
                Doc {
                    id: &r.id.value,
                    title: &r.title.value,
                    body: &r.problem.value,
                    capability: r.capability.as_ref().map(|c| c.value.as_str()),
                },
                Some(r.id.value.as_str()),
            )
        }
        (None, Some(t)) => (
            Doc {
                id: "",
                title: "",
                body: t,
                capability: None,
            },
            None,
        ),
        (None, None) => bail!("give a request id or --text \"...\""),
    };
    let found = similar::rank(&core::documents(&cat), &query, a.limit, a.min_score);
    let c = candidates(&cat, &found);
    match a.format {
        Format::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                version: u32,
                id: Option<&'a str>,
                text: Option<&'a str>,
                min_score: f64,
                similar: Vec<Candidate<'a>>,
            }
            let out = Out {
                version: 1,
                id,
                text: a.text.as_deref().filter(|_| id.is_none()),
                min_score: a.min_score,
                similar: c,
            };
            env.print(&format!("{}\n", serde_json::to_string_pretty(&out)?))?;
        }
        Format::Table => {
            if c.is_empty() {
                env.note(&format!(
                    "no similar requests (none scores {:.2} or more)",
                    a.min_score
                ));
            } else {
                env.print_text(&candidates_table(&c, env.width()))?;
            }
        }
    }
    Ok(Outcome::Ok)
}

// ---------------------------------------------------------------------------
// triage
// ---------------------------------------------------------------------------

fn triage(env: &Env, a: TriageArgs) -> Result<Outcome> {
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
        let text = writer::edit_at(cat, r.meta.file, r.meta.span, &changes, kinds::INTAKE)?;
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

/// What a listing shows, in words: "4 open requests (new, triaged,
/// accepted; --all adds the closed ones), team team-growth, by RICE".
fn list_scope(a: &ListArgs, n: usize) -> String {
    let noun = if n == 1 { "request" } else { "requests" };
    let mut out = if a.all {
        format!("{n} {noun}, open and closed")
    } else if a.status.is_empty() {
        format!("{n} open {noun} (new, triaged, accepted; --all adds the closed ones)")
    } else {
        format!("{n} {noun} with status {}", a.status.join(", "))
    };
    if let Some(t) = &a.team {
        out.push_str(&format!(", team {t}"));
    }
    if !a.kind.is_empty() {
        out.push_str(&format!(", type {}", a.kind.join(", ")));
    }
    out.push_str(match a.sort {
        Sort::Rice => ", by RICE",
        Sort::Created => ", oldest first",
        Sort::Urgency => ", most urgent first",
        Sort::Id => ", by id",
    });
    out
}
