//! `roadmap item new|set-status|deliver|slip`: the weekly roadmap changes,
//! through the one shared writer (comment-keeping, validated, atomic,
//! `--dry-run`, `--commit`).

use crate::catalog::Kind;
use crate::commands::writing::{
    check_id_form, confirm, finish_new, finish_update, start_new, WriteFlags,
};
use crate::commands::Env;
use crate::model::Quarter;
use crate::ops;
use crate::prompt::roadmap::{ask, Flags};
use crate::prompt::to_date;
use crate::store::edit::Change;
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
    #[command(flatten)]
    pub flags: Flags,
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

/// Changes item `id` as `plan` says and reports it.
fn edit_item(
    env: &Env,
    id: &str,
    write: WriteFlags,
    plan: &ops::roadmap::Plan<'_>,
) -> Result<Outcome> {
    check_id_form(Kind::Roadmap, id)?;
    let root = env.root()?;
    let w = ops::roadmap::edit(&root, &write.options(env.today), id, plan)?;
    finish_update(
        env,
        &w,
        write.dry_run,
        &format!("updated {} in {}", w.id, w.path),
        "platctl status",
    )
}

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let f = &a.flags;
    let required = [
        ("--title", f.title.is_some()),
        ("--owner", f.owner.is_some()),
    ];
    let id = f.id.as_deref().map(|id| (Kind::Roadmap, id));
    let (cat, p) = start_new(env, a.yes, &required, id, a.write)?;
    let quarter = crate::commands::roadmap::quarter_arg(env, &cat, f.quarter.as_deref())?;
    let n = ask(env, &cat, &p, f, quarter)?;
    let (id, commitment) = (&n.id, &n.commitment);
    let item = ops::roadmap::NewItem {
        quarter,
        id,
        fields: &n.fields,
        message: &format!("roadmap: {id} {} ({quarter})", n.title),
    };
    let w = ops::roadmap::add(&cat, &a.write.options(env.today), &item, &confirm(env, &p))?;
    finish_new(
        env,
        w,
        &|_| format!("planned {id} in {quarter} ({commitment})"),
        &format!("platctl roadmap list --quarter {quarter}"),
    )
}
