//! `exception reject|revoke`: close an exception.

use super::edit_exception;
use crate::app::Env;
use crate::cli::exception::StatusArgs;
use crate::model::ExceptionStatus;
use crate::store::edit::Change;
use crate::Outcome;
use anyhow::{bail, Result};

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
    let w = edit_exception(env, &a.id, a.write, &|_, e| {
        if !from.contains(&e.status.value) {
            let can = from
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" or ");
            bail!(
                "{} is {}; only a {can} exception can be {to}",
                e.id.value,
                e.status.value
            );
        }
        Ok((
            vec![Change::Set("status".into(), to.as_str().into())],
            format!("exception: {} {to}", e.id.value),
        ))
    })?;
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
