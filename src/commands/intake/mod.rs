//! `platctl intake`: file, list, show, deduplicate and triage requests.
//! One file per subcommand; what they share (the lookup, RICE text, the
//! duplicate candidates, a request's JSON row) is here.

use crate::app::Env;
use crate::cli::intake::{
    Command, Format, ListArgs, NewArgs, ShowArgs, SimilarArgs, Sort, TriageArgs,
};
use crate::cli::{ListFormat, ShowFormat};
use crate::intake::similar::{self, Doc};
use crate::intake::{self as core, SortKey};
use crate::ops;
use crate::ops::intake::find;
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
