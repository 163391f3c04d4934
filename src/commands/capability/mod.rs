//! `platctl capability list|show|readiness|new|set-lifecycle|edit`: the
//! capability catalog, who uses each capability, and whether it is ready for
//! GA. Each subcommand is glue in its own file: the views are built in
//! `report`, laid out by `output::capability`.

use super::writing::{check_id_form, unknown};
use super::Env;
use crate::catalog::{Catalog, Kind};
use crate::model::Capability;
use crate::Outcome;
use anyhow::Result;

mod edit;
mod list;
mod new;
mod readiness;
mod set_lifecycle;
mod show;

pub use list::ListArgs;
pub use show::ShowArgs;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List capabilities with their adopters, eligible services and adoption rate
    #[command(
        after_help = "Examples:\n  platctl capability list\n  platctl capability list --lifecycle ga --golden-path\n  platctl capability list --owner team-devex --format csv\n  platctl capability list --format json\n\nadoption = adopters ÷ eligible: eligible services are the active ones that\nmatch the capability's `eligible` tiers and teams (every active service when\nit has none); a user that is not eligible is counted in neither."
    )]
    List(list::ListArgs),
    /// Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies
    /// both ways, adopters by team, open deprecations and exceptions, release readiness
    #[command(
        after_help = "Examples:\n  platctl capability show ci-pipelines\n  platctl capability show identity-sso --format json"
    )]
    Show(show::ShowArgs),
    /// The release-readiness checklist; exits 1 when a `ga` capability is not ready (a CI gate)
    #[command(
        after_help = "Each field that `policy.ga_requires` names is ticked or missing, and the lint\nfindings in the capability's file are listed. A capability is ready when every\nfield is there and its file has no error finding.\n\nExamples:\n  platctl capability readiness ci-pipelines\n  platctl capability readiness --all          # every ga capability, e.g. in CI\n\nExit status: 0 ready (or not ga), 1 a ga capability is not ready, 2 could not\nrun."
    )]
    Readiness(readiness::ReadinessArgs),
    /// Add a capability to the catalog (asks on a terminal)
    #[command(verbatim_doc_comment, after_long_help = new::NEW_HELP)]
    New(new::NewArgs),
    /// Move a capability to another lifecycle stage (proposed … ga … retired)
    #[command(verbatim_doc_comment, after_long_help = set_lifecycle::SET_LIFECYCLE_HELP)]
    SetLifecycle(set_lifecycle::SetLifecycleArgs),
    /// Change a capability's name, summary, owner, category, docs, runbook or review date
    #[command(verbatim_doc_comment, after_long_help = edit::EDIT_HELP)]
    Edit(edit::EditArgs),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Readiness(a) => readiness::run(env, a),
        Command::New(a) => new::new(env, a),
        Command::SetLifecycle(a) => set_lifecycle::set_lifecycle(env, a),
        Command::Edit(a) => edit::edit(env, a),
    }
}

/// Looks a capability up by an id given on the command line.
pub(crate) fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Capability> {
    check_id_form(Kind::Capability, id)?;
    cat.capability(id)
        .ok_or_else(|| unknown(cat, Kind::Capability, id))
}

/// Every lint finding, for the readiness checklist.
fn lint_findings(env: &Env, cat: &Catalog) -> Vec<crate::lint::Diagnostic> {
    crate::lint::lint(cat, env.today, &Default::default())
}
