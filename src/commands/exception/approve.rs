//! `exception approve`: approve or renew an exception.

use super::edit_exception;
use crate::app::Env;
use crate::cli::exception::ApproveArgs;
use crate::lifecycle::input::optional_date;
use crate::ops;
use crate::Outcome;
use anyhow::{bail, Result};

pub fn approve(env: &Env, a: ApproveArgs) -> Result<Outcome> {
    let by = a.by.trim().to_string();
    if by.is_empty() {
        bail!("--by is empty: say who approves it");
    }
    let granted = optional_date("--granted", a.granted.as_deref())?.unwrap_or(env.today);
    let expires = optional_date("--expires", a.expires.as_deref())?;
    let plan = ops::exception::approve_plan(&by, granted, expires);
    let w = edit_exception(env, &a.id, a.write, &plan)?;
    let Some(w) = w else { return Ok(Outcome::Ok) };
    let Ok(cat) = env.load() else {
        return Ok(Outcome::Ok);
    };
    let expiry = cat.exception(&w.id).map(|e| e.expires.value);
    let said = crate::output::written::approved(&w, &by, granted, expiry, env.today);
    env.report_written(&w, &said, "")?;
    env.warn_after(&w);
    Ok(Outcome::Ok)
}
