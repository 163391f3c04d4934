//! `platctl capability list|show|readiness|new|set-lifecycle|edit`: the
//! capability catalog, who uses each capability, and whether it is ready for
//! GA. Each subcommand is glue in its own file: the views are built in
//! `report`, laid out by `output::capability`.

use crate::app::Env;
use crate::catalog::Catalog;
use crate::cli::capability::Command;
use crate::ops::capability::find;
use crate::Outcome;
use anyhow::Result;

mod edit;
mod list;
mod new;
mod readiness;
mod set_lifecycle;
mod show;

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

/// Every lint finding, for the readiness checklist.
fn lint_findings(env: &Env, cat: &Catalog) -> Vec<crate::lint::Diagnostic> {
    crate::lint::lint(cat, env.today, &Default::default())
}
