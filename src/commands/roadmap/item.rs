//! `roadmap item new|set-status|deliver|slip`: the weekly roadmap changes,
//! through the one shared writer (comment-keeping, validated, atomic,
//! `--dry-run`, `--commit`).

use crate::catalog::{Catalog, Kind};
use crate::commands::prompt::{known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{
    check_id_form, report, report_dry_run, warn_after, write_error, WriteFlags,
};
use crate::commands::Env;
use crate::lifecycle::fields::{slug_of, Fields};
use crate::model::ids::is_slug;
use crate::model::{Commitment, Item, ItemStatus, Quarter, RoadmapQuarter};
use crate::store::edit::Change;
use crate::store::writer::{self, Edit, IdChoice, WriteError};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add an item to a quarter's roadmap (the quarter's file is made when missing)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--title and --owner). The id defaults to the title made a slug.

Examples:
  platctl roadmap item new
  platctl roadmap item new --yes --quarter 2027-Q1 \\
      --title \"Managed Postgres read replicas\" --owner team-data-platform \\
      --capability managed-postgres --theme reliability --effort 4
  platctl roadmap item new --yes --title \"Docs search\" --owner team-devex \\
      --commitment stretch --dry-run"
    )]
    New(Box<NewArgs>),
    /// Set an item's status: planned, in-progress, at-risk or dropped
    #[command(
        verbatim_doc_comment,
        after_long_help = "delivered and slipped have their own commands, which also record the date or
the quarter: `roadmap item deliver` and `roadmap item slip`.

Examples:
  platctl roadmap item set-status legacy-auth-shutdown at-risk
  platctl roadmap item set-status pci-cluster in-progress --commit"
    )]
    SetStatus(SetStatusArgs),
    /// Mark an item delivered, on a date (default: today)
    #[command(
        verbatim_doc_comment,
        after_long_help = "Examples:
  platctl roadmap item deliver preview-envs-beta
  platctl roadmap item deliver preview-envs-beta --on 2026-11-26 --commit"
    )]
    Deliver(DeliverArgs),
    /// Mark an item slipped to a later quarter
    #[command(
        verbatim_doc_comment,
        after_long_help = "The item stays in its quarter's file (the quarter's plan is history) with
status slipped and slipped_to; plan the follow-up in the later quarter with
`platctl roadmap item new --quarter Q`.

Examples:
  platctl roadmap item slip pci-cluster --to 2027-Q1
  platctl roadmap item slip pci-cluster --to 2027-Q1 --dry-run"
    )]
    Slip(SlipArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The quarter, YYYY-Qn [default: the quarter that holds today]
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// What will be delivered, in one line
    #[arg(long)]
    pub title: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// The item's id [default: the title as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// A theme id of the quarter
    #[arg(long)]
    pub theme: Option<String>,
    /// The capability it builds or changes
    #[arg(long, value_name = "ID")]
    pub capability: Option<String>,
    /// committed (counts for predictability) or stretch
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Commitment::NAMES))]
    pub commitment: Option<String>,
    /// Person-weeks
    #[arg(long)]
    pub effort: Option<f64>,
    /// A measurable outcome
    #[arg(long)]
    pub outcome: Option<String>,
    /// The KPI it should move
    #[arg(long)]
    pub kpi: Option<String>,
    /// Roadmap items it depends on (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub depends_on: Vec<String>,
    /// Intake requests it answers (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "INT-ID")]
    pub intake: Vec<String>,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct SetStatusArgs {
    /// The item's id
    pub id: String,
    /// The new status
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(["planned", "in-progress", "at-risk", "dropped"]))]
    pub status: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct DeliverArgs {
    /// The item's id
    pub id: String,
    /// The delivery date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct SlipArgs {
    /// The item's id
    pub id: String,
    /// The quarter it slips to, YYYY-Qn
    #[arg(long, value_name = "QUARTER")]
    pub to: String,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new(env, *a),
        Command::SetStatus(a) => {
            let status = a.status.clone();
            edit_item(env, &a.id, a.write, &move |_, q, it| {
                if it.status.value.to_string() == status {
                    bail!("{} is already {status}; nothing to change", it.id.value);
                }
                Ok((
                    vec![
                        Change::Set("status".into(), status.clone()),
                        Change::Remove("delivered".into()),
                        Change::Remove("slipped_to".into()),
                    ],
                    format!("roadmap: {} {status} ({})", it.id.value, q.quarter.value),
                ))
            })
        }
        Command::Deliver(a) => {
            let on = match &a.on {
                Some(d) => to_date("--on", d)?,
                None => env.today,
            };
            edit_item(env, &a.id, a.write, &move |_, _, it| {
                Ok((
                    vec![
                        Change::Set("status".into(), "delivered".into()),
                        Change::Set("delivered".into(), on.format("%Y-%m-%d").to_string()),
                        Change::Remove("slipped_to".into()),
                    ],
                    format!("roadmap: {} delivered on {on}", it.id.value),
                ))
            })
        }
        Command::Slip(a) => {
            let to = Quarter::parse(a.to.trim()).ok_or_else(|| {
                anyhow!(
                    "--to `{}` is not a quarter: write YYYY-Qn, e.g. 2027-Q1",
                    a.to
                )
            })?;
            edit_item(env, &a.id, a.write, &move |_, q, it| {
                if to <= q.quarter.value {
                    bail!(
                        "{} is planned in {}: it can only slip to a later quarter, not {to}",
                        it.id.value,
                        q.quarter.value
                    );
                }
                Ok((
                    vec![
                        Change::Set("status".into(), "slipped".into()),
                        Change::Set("slipped_to".into(), to.to_string()),
                        Change::Remove("delivered".into()),
                    ],
                    format!("roadmap: {} slipped to {to}", it.id.value),
                ))
            })
        }
    }
}

type ItemPlan<'a> = dyn Fn(&Catalog, &RoadmapQuarter, &Item) -> Result<(Vec<Change>, String)> + 'a;

/// Finds the item under the lock, applies the plan's changes to its mapping
/// (comments kept), validates and writes.
fn edit_item(env: &Env, id: &str, write: WriteFlags, plan: &ItemPlan<'_>) -> Result<Outcome> {
    check_id_form(Kind::Roadmap, id)?;
    let root = env.root()?;
    let w = writer::update(&root, Kind::Roadmap, &write.options(env.today), &|cat| {
        let (q, it) = cat.item(id).ok_or_else(|| {
            let ids: Vec<&str> = cat.items().map(|(_, i)| i.id.value.as_str()).collect();
            let hint = crate::suggest::did_you_mean(id, ids)
                .unwrap_or_else(|| "`platctl roadmap list --quarter Q` shows them".into());
            WriteError::Plan(anyhow!("no roadmap item `{id}` in the catalog ({hint})"))
        })?;
        let (changes, message) = plan(cat, q, it)?;
        let text = writer::edit_at(
            cat,
            it.meta.file,
            it.meta.span,
            &changes,
            crate::model::Item::FIELDS,
        )?;
        Ok(Edit {
            id: it.id.value.clone(),
            path: cat.path(it.meta.file).to_string(),
            text,
            message,
        })
    })
    .map_err(write_error)?;
    if write.dry_run {
        report_dry_run(env, &w)?;
        return Ok(Outcome::Ok);
    }
    if !w.written {
        env.note(&format!("{} {}: nothing changed", w.id, w.path));
        return Ok(Outcome::Ok);
    }
    report(
        env,
        &w,
        &format!("updated {} in {}", w.id, w.path),
        "platctl status",
    )?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[
        ("--title", a.title.is_some()),
        ("--owner", a.owner.is_some()),
    ])?;
    if let Some(id) = &a.id {
        check_id_form(Kind::Roadmap, id)?;
    }
    a.write.ensure_can_commit(&cat.root)?;
    let quarter = crate::commands::roadmap::quarter_arg(env, &cat, a.quarter.as_deref())?;
    p.intro(env, &format!("roadmap item for {quarter}"));
    let one_line = crate::commands::writing::one_line;
    let title = p.text(
        a.title.clone(),
        &Question::new("--title", "Title:")
            .help("what will be delivered, in one line")
            .check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = known_id("team", &teams);
    let owner = p.text(
        a.owner.clone(),
        &Question::new("--owner", "Owning team:")
            .help("a team id; type to filter, Tab completes")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let rq = cat.quarter(quarter);
    let themes: Vec<String> = rq
        .map(|r| sorted_ids(r.themes.iter().map(|t| t.id.value.as_str())))
        .unwrap_or_default();
    let theme_ok = known_id("theme", &themes);
    let theme_help = format!("a theme of {quarter}; Enter skips");
    let theme = if themes.is_empty() && a.theme.is_none() {
        None
    } else {
        p.optional(
            a.theme.clone(),
            &Question::new("--theme", "Theme (optional):")
                .help(&theme_help)
                .check(&theme_ok)
                .suggest(&themes),
        )?
    };
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let cap_ok = known_id("capability", &caps);
    let capability = p.optional(
        a.capability.clone(),
        &Question::new("--capability", "Capability (optional):")
            .help("the capability it builds or changes; Enter skips")
            .check(&cap_ok)
            .suggest(&caps),
    )?;
    let commitment = p.select(
        a.commitment.clone(),
        &Question::new("--commitment", "Commitment:")
            .default("committed")
            .help("committed items count for predictability; stretch items do not"),
        Commitment::NAMES,
    )?;
    let taken: Vec<String> = cat.items().map(|(_, i)| i.id.value.clone()).collect();
    let proposed = slug_of(&title);
    let id_ok = |s: &str| -> Result<(), String> {
        if !is_slug(s) {
            return Err("an id is lowercase letters, digits and dashes, e.g. pci-cluster".into());
        }
        if taken.iter().any(|t| t == s) {
            return Err(format!(
                "roadmap item `{s}` exists already; choose another id"
            ));
        }
        Ok(())
    };
    let id = p.text(
        a.id.clone(),
        &Question::new("--id", "Id:")
            .default_opt((!proposed.is_empty()).then_some(proposed.as_str()))
            .check(&id_ok),
    )?;
    if let Err(why) = id_ok(&id) {
        bail!("--id `{id}`: {why}");
    }
    let fields = Fields::new()
        .text("id", &id)
        .text("title", &title)
        .opt_text("theme", theme.as_deref())
        .text("owner", &owner)
        .opt_text("capability", capability.as_deref())
        .opt_text(
            "commitment",
            (commitment != "committed").then_some(commitment.as_str()),
        )
        .raw("status", ItemStatus::Planned.as_str())
        .opt_number("effort", a.effort)
        .list("depends_on", &a.depends_on)
        .list("intake", &a.intake)
        .opt_text("kpi", a.kpi.as_deref())
        .opt_text("outcome", a.outcome.as_deref());
    let opts = a.write.options(env.today);
    let message = format!("roadmap: {id} {title} ({quarter})");
    let w = match rq {
        Some(_) => {
            let preview = format!(
                "  - {}",
                fields.to_yaml().trim_end().replace('\n', "\n    ")
            );
            if !p.preview_and_confirm(env, &format!("roadmap/{quarter}.yaml (items)"), &preview)? {
                return Ok(Outcome::Ok);
            }
            let root = cat.root.clone();
            writer::update(&root, Kind::Roadmap, &opts, &|cat| {
                let rq = cat.quarter(quarter).ok_or_else(|| {
                    WriteError::Plan(anyhow!("the roadmap of {quarter} went away meanwhile"))
                })?;
                if cat.item(&id).is_some() {
                    return Err(WriteError::Exists(format!("roadmap item `{id}`")));
                }
                let text = writer::append_at(
                    cat,
                    rq.meta.file,
                    rq.meta.span,
                    "items",
                    &fields.entry(),
                    crate::model::RoadmapQuarter::FIELDS,
                )?;
                Ok(Edit {
                    id: id.clone(),
                    path: cat.path(rq.meta.file).to_string(),
                    text,
                    message: message.clone(),
                })
            })
        }
        None => {
            let body = |_: &str| {
                format!(
                    "quarter: {quarter}\nitems:\n  - {}\n",
                    fields.to_yaml().trim_end().replace('\n', "\n    ")
                )
            };
            if !p.preview_and_confirm(
                env,
                &format!("roadmap/{quarter}.yaml"),
                &writer::file_text(&cat.root, Kind::Roadmap, &body("")),
            )? {
                return Ok(Outcome::Ok);
            }
            writer::create(
                &cat.root,
                Kind::Roadmap,
                IdChoice::Given(quarter.to_string()),
                &opts,
                &body,
                &|_| message.clone(),
            )
        }
    }
    .map_err(write_error)?;
    if !w.written {
        return report_dry_run(env, &w).map(|_| Outcome::Ok);
    }
    let w = writer::Written {
        id: id.clone(),
        ..w
    };
    report(
        env,
        &w,
        &format!("planned {id} in {quarter} ({commitment})"),
        &format!("platctl roadmap list --quarter {quarter}"),
    )?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}
