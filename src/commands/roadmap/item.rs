//! `roadmap item new|set-status|deliver|slip`: the weekly roadmap changes,
//! through the one shared writer (comment-keeping, validated, atomic,
//! `--dry-run`, `--commit`).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::roadmap::{ItemCommand, NewArgs};
use crate::cli::WriteFlags;
use crate::model::Quarter;
use crate::ops;
use crate::ops::check_id_form;
use crate::prompt::roadmap::ask;
use crate::prompt::to_date;
use crate::store::edit::Change;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub fn run(env: &Env, c: ItemCommand) -> Result<Outcome> {
    match c {
        ItemCommand::New(a) => new(env, *a),
        ItemCommand::SetStatus(a) => {
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
        ItemCommand::Deliver(a) => {
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
        ItemCommand::Slip(a) => {
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
