//! `roadmap item new|set-status|deliver|slip`: the weekly roadmap changes,
//! through the one shared writer (comment-keeping, validated, atomic,
//! `--dry-run`, `--commit`).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::roadmap::{ItemCommand, NewArgs};
use crate::cli::WriteFlags;
use crate::lifecycle::input::to_date;
use crate::model::Quarter;
use crate::ops::{self, check_id_form};
use crate::prompt::roadmap::ask;
use crate::Outcome;
use anyhow::{anyhow, Result};

pub fn run(env: &Env, c: ItemCommand) -> Result<Outcome> {
    match c {
        ItemCommand::New(a) => new(env, *a),
        ItemCommand::SetStatus(a) => edit_item(
            env,
            &a.id,
            a.write,
            &ops::roadmap::set_status_plan(&a.status),
        ),
        ItemCommand::Deliver(a) => {
            let on = match &a.on {
                Some(d) => to_date("--on", d)?,
                None => env.today,
            };
            edit_item(env, &a.id, a.write, &ops::roadmap::deliver_plan(on))
        }
        ItemCommand::Slip(a) => {
            let to = Quarter::parse(a.to.trim()).ok_or_else(|| {
                anyhow!(
                    "--to `{}` is not a quarter: write YYYY-Qn, e.g. 2027-Q1",
                    a.to
                )
            })?;
            edit_item(env, &a.id, a.write, &ops::roadmap::slip_plan(to))
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
    env.finish_update(
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
    let (cat, p) = env.start_new(a.yes, &required, id, a.write)?;
    let quarter = crate::commands::roadmap::quarter_arg(env, &cat, f.quarter.as_deref())?;
    let n = ask(env, &cat, &p, f, quarter)?;
    let (id, commitment) = (&n.id, &n.commitment);
    let item = ops::roadmap::NewItem {
        quarter,
        id,
        fields: &n.fields,
        message: &format!("roadmap: {id} {} ({quarter})", n.title),
    };
    let w = ops::roadmap::add(&cat, &a.write.options(env.today), &item, &env.confirm(&p))?;
    env.finish_new(
        w,
        &|_| format!("planned {id} in {quarter} ({commitment})"),
        &format!("platctl roadmap list --quarter {quarter}"),
    )
}
