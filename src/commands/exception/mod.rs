//! `platctl exception new|list|show|approve|reject|revoke`: time-bound
//! waivers from platform standards. Each subcommand is glue in its own
//! file: the views are built in `report::exception_view`, laid out by
//! `output::exception`.

use crate::app::Env;
use crate::cli::exception::Command;
use crate::cli::WriteFlags;
use crate::Outcome;
use anyhow::Result;

mod approve;
mod close;
mod list;
mod new;
mod show;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new::new(env, a),
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Approve(a) => approve::approve(env, a),
        Command::Reject(a) => close::reject(env, a),
        Command::Revoke(a) => close::revoke(env, a),
    }
}

pub(crate) use crate::ops::exception::find;

/// Edits exception `id` with the changes `plan` returns for it; a dry run
/// is shown here and gives `None`.
pub(super) fn edit_exception(
    env: &Env,
    id: &str,
    write: WriteFlags,
    plan: &crate::ops::exception::Plan<'_>,
) -> Result<Option<crate::store::writer::Written>> {
    crate::ops::check_id_form(crate::catalog::Kind::Exception, id)?;
    let root = env.root()?;
    let w = crate::ops::exception::edit(&root, &write.options(env.today), id, plan)?;
    if write.dry_run {
        env.report_dry_run(&w)?;
        return Ok(None);
    }
    Ok(Some(w))
}
