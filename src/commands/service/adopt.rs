//! `platctl service adopt`: record that a service adopted a capability.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::service::AdoptArgs;
use crate::lifecycle::input::{one_line, to_date};
use crate::ops::{self, check_id_form};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

pub(super) fn adopt(env: &Env, a: AdoptArgs) -> Result<Outcome> {
    check_id_form(Kind::Service, &a.service)?;
    check_id_form(Kind::Capability, &a.capability)?;
    let since = match &a.since {
        Some(d) => to_date("--since", d)?,
        None => env.today,
    };
    if let Some(v) = &a.version {
        one_line(v).map_err(|e| anyhow!("--version: {e}"))?;
        if v.trim().is_empty() {
            bail!("--version is empty: give a version, e.g. v2, or leave the flag out");
        }
    }
    let (sid, cid) = (&a.service, &a.capability);
    let adoption = ops::service::Adoption {
        service: sid,
        capability: cid,
        since,
        version: a.version.as_deref(),
    };
    env.update_entity(
        Kind::Service,
        a.write,
        &|cat| ops::service::adopt_plan(cat, &adoption),
        &format!("{sid} uses {cid} since {since}"),
        &format!("platctl capability show {cid}"),
    )
}
