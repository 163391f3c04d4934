//! `exception reject|revoke`: close an exception.

use super::edit_exception;
use crate::app::Env;
use crate::cli::exception::StatusArgs;
use crate::model::ExceptionStatus;
use crate::ops;
use crate::Outcome;
use anyhow::Result;

pub fn reject(env: &Env, a: StatusArgs) -> Result<Outcome> {
    close(
        env,
        a,
        ExceptionStatus::Rejected,
        &[ExceptionStatus::Requested],
    )
}

pub fn revoke(env: &Env, a: StatusArgs) -> Result<Outcome> {
    close(
        env,
        a,
        ExceptionStatus::Revoked,
        &[ExceptionStatus::Requested, ExceptionStatus::Approved],
    )
}

/// Sets a closing status, from one of the statuses `from`.
fn close(
    env: &Env,
    a: StatusArgs,
    to: ExceptionStatus,
    from: &[ExceptionStatus],
) -> Result<Outcome> {
    let w = edit_exception(env, &a.id, a.write, &ops::exception::close_plan(to, from))?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    env.report_written(&w, &format!("{} {to}", w.id), "")?;
    // An exempt consumer that leaned on it now needs another plan.
    if let Ok(cat) = env.load() {
        for x in crate::report::exception_status::exemptions(&cat, &w.id) {
            env.warn(&format!(
                "{} in deprecation {} was exempt under {}: migrate it or record another exception",
                x.service, x.deprecation, w.id
            ));
        }
    }
    Ok(Outcome::Ok)
}
