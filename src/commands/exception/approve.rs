//! `exception approve`: approve or renew an exception.

use super::edit_exception;
use crate::app::Env;
use crate::cli::exception::ApproveArgs;
use crate::lifecycle::policy::check_expiry;
use crate::model::ExceptionStatus;
use crate::output::fmt::relative_days;
use crate::prompt::to_date;
use crate::store::edit::Change;
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{bail, Result};

pub fn approve(env: &Env, a: ApproveArgs) -> Result<Outcome> {
    let by = a.by.trim().to_string();
    if by.is_empty() {
        bail!("--by is empty: say who approves it");
    }
    let granted = a
        .granted
        .as_deref()
        .map(|g| to_date("--granted", g))
        .transpose()?
        .unwrap_or(env.today);
    let expires = a
        .expires
        .as_deref()
        .map(|x| to_date("--expires", x))
        .transpose()?;
    let w = edit_exception(env, &a.id, a.write, &|cat, e| {
        match e.status.value {
            ExceptionStatus::Rejected | ExceptionStatus::Revoked => {
                bail!(
                    "{} is {}: it stays closed; file a new one with `platctl exception new`",
                    e.id.value,
                    e.status.value
                )
            }
            _ => {}
        }
        let until = expires.unwrap_or(e.expires.value);
        if let Err(why) = check_expiry(granted, until, &cat.config.policy) {
            let fix = if expires.is_some() {
                ""
            } else {
                " (give --expires to move the expiry)"
            };
            bail!(
                "cannot approve {} granted {granted} until {until}: {why}{fix}",
                e.id.value
            );
        }
        let mut ch = vec![
            Change::Set("status".into(), "approved".into()),
            Change::Set("approved_by".into(), yaml_text::scalar(&by)),
            Change::Set("granted".into(), granted.format("%Y-%m-%d").to_string()),
        ];
        if let Some(x) = expires {
            ch.push(Change::Set(
                "expires".into(),
                x.format("%Y-%m-%d").to_string(),
            ));
        }
        let verb = if e.status.value == ExceptionStatus::Approved {
            "renewed"
        } else {
            "approved"
        };
        Ok((
            ch,
            format!("exception: {} {verb} by {by} until {until}", e.id.value),
        ))
    })?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    let Ok(cat) = env.load() else {
        return Ok(Outcome::Ok);
    };
    let said = match cat.exception(&w.id) {
        Some(e) => format!(
            "{} approved by {by}, granted {granted}, expires {} ({})",
            w.id,
            e.expires.value,
            relative_days((e.expires.value - env.today).num_days())
        ),
        None => format!("{} approved by {by}", w.id),
    };
    env.report_written(&w, &said, "")?;
    env.warn_after(&w);
    Ok(Outcome::Ok)
}
