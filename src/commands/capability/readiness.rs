//! `capability readiness`: the release-readiness checklist, as a CI gate.

use crate::app::Env;
use crate::cli::capability::ReadinessArgs;
use crate::cli::ShowFormat;
use crate::output::capability as render;
use crate::report::capability_view::ReadinessReport;
use crate::report::readiness::{readiness, Readiness};
use crate::Outcome;
use anyhow::{bail, Result};

pub fn run(env: &Env, a: ReadinessArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let caps = crate::ops::capability::readiness_targets(&cat, a.all, &a.ids)?;
    if caps.is_empty() {
        if a.all {
            env.note("no ga capability in the catalog: nothing to check");
        } else {
            bail!("no capability to check");
        }
    }
    let diags = super::lint_findings(env, &cat);
    let results: Vec<Readiness> = caps.iter().map(|c| readiness(&cat, c, &diags)).collect();
    let fails = results.iter().any(|r| r.gate_fails);
    let out = match a.format {
        ShowFormat::Json => crate::output::json_document(&ReadinessReport {
            version: 1,
            as_of: env.today,
            ready: !fails,
            capabilities: &results,
        })?,
        ShowFormat::Text => results
            .iter()
            .map(|r| render::readiness_text(r, env.style))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    env.print_as(&out, a.format == ShowFormat::Text)?;
    Ok(if fails {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}
