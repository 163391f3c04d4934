//! `platctl exception new|list|show|approve|reject|revoke`: time-bound
//! waivers from platform standards. Each subcommand is glue in its own
//! file: the views are built in `report::exception_view`, laid out by
//! `output::exception`.

use super::writing::{check_id_form, report_dry_run, unknown, write_error, WriteFlags};
use super::Env;
use crate::catalog::{Catalog, Kind};
use crate::model::Exception;
use crate::store::edit::Change;
use crate::store::writer::{self, Edit};
use crate::Outcome;
use anyhow::Result;

mod approve;
mod close;
mod list;
mod new;
mod show;

pub use list::ListArgs;
pub use show::ShowArgs;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Request (or record) an exception: a fresh EXC- id, an expiry within the policy
    #[command(after_help = new::NEW_HELP)]
    New(new::NewArgs),
    /// List exceptions with their state and days left
    #[command(
        after_help = "Examples:\n  platctl exception list\n  platctl exception list --expiring 30\n  platctl exception list --state expiring,expired\n  platctl exception list --format json\n\nstate: requested, open, expiring (open, and expires within\npolicy.exception_warn_days), expired, rejected, revoked. Expiry is never\nwritten into the file: it follows from the date."
    )]
    List(list::ListArgs),
    /// One exception: what it waives, for whom, its state, and the deprecations it exempts
    #[command(
        after_help = "Examples:\n  platctl exception show EXC-4F7Q2M\n  platctl exception show EXC-4F7Q2M --format json"
    )]
    Show(show::ShowArgs),
    /// Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires
    #[command(after_help = approve::APPROVE_HELP)]
    Approve(approve::ApproveArgs),
    /// Reject a requested exception
    #[command(after_help = close::REJECT_HELP)]
    Reject(close::StatusArgs),
    /// Revoke an exception before it expires
    #[command(after_help = close::REVOKE_HELP)]
    Revoke(close::StatusArgs),
}

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

/// Looks an exception up by an id given on the command line.
pub(crate) fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Exception> {
    check_id_form(Kind::Exception, id)?;
    cat.exception(id)
        .ok_or_else(|| unknown(cat, Kind::Exception, id))
}

/// The changes to make to an exception, and the commit message.
type ExceptionPlan<'a> = dyn Fn(&Catalog, &Exception) -> Result<(Vec<Change>, String)> + 'a;

/// Edits the top-level mapping of exception `id` with the changes `plan`
/// returns for it (under the lock, on the catalog as it is then).
pub(super) fn edit_exception(
    env: &Env,
    id: &str,
    write: WriteFlags,
    plan: &ExceptionPlan<'_>,
) -> Result<Option<writer::Written>> {
    check_id_form(Kind::Exception, id)?;
    let root = env.root()?;
    let w = writer::update(&root, Kind::Exception, &write.options(env.today), &|cat| {
        let e = find(cat, id)?;
        let (changes, message) = plan(cat, e)?;
        let text = writer::edit_at(
            cat,
            e.meta.file,
            e.meta.span,
            &changes,
            crate::model::Exception::FIELDS,
        )?;
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
