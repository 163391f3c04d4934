//! `platctl intake`: file, list, show, deduplicate and triage requests.
//! One file per subcommand; what they share (the lookup, RICE text, the
//! duplicate candidates, a request's JSON row) is here.

use crate::app::Env;
use crate::catalog::{Catalog, Kind};
use crate::cli::intake::{
    Command, Format, ListArgs, NewArgs, ShowArgs, SimilarArgs, Sort, TriageArgs,
};
use crate::cli::{ListFormat, ShowFormat};
use crate::intake::similar::{self, Doc};
use crate::intake::{self as core, SortKey};
use crate::model::ids::{is_allocated, is_safe_file_stem};
use crate::model::{Intake, IntakeStatus};
use crate::ops;
use crate::output::intake as render;
use crate::prompt::Prompter;
use crate::report::intake_view as view;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

mod list;
mod new;
mod show;
mod similar_cmd;
mod triage;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new::new(env, *a),
        Command::List(a) => list::list(env, a),
        Command::Show(a) => show::show(env, a),
        Command::Similar(a) => similar_cmd::similar_cmd(env, a),
        Command::Triage(a) => triage::triage(env, a),
    }
}

/// The request named `id` (any case), or a clear refusal.
fn find<'a>(cat: &'a Catalog, id: &str) -> Result<&'a Intake> {
    let up = id.trim().to_ascii_uppercase();
    if !is_safe_file_stem(&up) {
        bail!("`{id}` is not a request id: write `INT-` and six characters, e.g. INT-7K3F9Q");
    }
    if let Some(r) = cat.intake_req(&up) {
        return Ok(r);
    }
    let ids = cat.ids_of(Kind::Intake);
    let hint = crate::suggest::did_you_mean(&up, ids.iter().copied())
        .unwrap_or_else(|| "`platctl intake list` shows them".into());
    if is_allocated(&up, "INT") {
        bail!("no request `{up}` in the catalog ({hint})");
    }
    bail!("`{id}` is not a request id (INT- and six characters, e.g. INT-7K3F9Q; {hint})")
}
