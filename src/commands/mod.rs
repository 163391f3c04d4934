//! Commands: parse args, load, call the core, hand the result to a renderer.

pub mod campaign;
pub mod capability;
pub mod changelog;
pub mod completions;
pub mod deprecation;
pub mod exception;
pub mod explain;
pub mod export;
pub mod import;
pub mod init;
pub mod intake;
pub mod kpi;
pub mod lint;
pub mod man;
pub mod mcp;
pub mod report;
pub mod roadmap;
pub mod schema;
pub mod scorecard;
pub mod search;
pub mod service;
pub mod show;
pub mod site;
pub mod sources;
pub mod status;
pub mod team;

use crate::app::Env;
use crate::cli::Command;
use crate::Outcome;
use anyhow::Result;

/// Runs a parsed command: one `run` per command group or leaf.
pub fn dispatch(env: &Env, cmd: Command) -> Result<Outcome> {
    match cmd {
        Command::Init(a) => init::run(env, a),
        Command::Lint(a) => lint::run(env, a),
        Command::Explain(a) => explain::run(env, a),
        Command::Intake(c) => intake::run(env, c),
        Command::Capability(c) => capability::run(env, c),
        Command::Roadmap(c) => roadmap::run(env, c),
        Command::Report(c) => report::run(env, c),
        Command::Kpi(a) => kpi::run(env, a),
        Command::Deprecation(c) => deprecation::run(env, c),
        Command::Exception(c) => exception::run(env, c),
        Command::Scorecard(c) => scorecard::run(env, c),
        Command::Campaign(c) => campaign::run(env, c),
        Command::Changelog(a) => changelog::run(env, a),
        Command::Status(a) => status::run(env, a),
        Command::Team(c) => team::run(env, c),
        Command::Service(c) => service::run(env, c),
        Command::Export(c) => export::run(env, c),
        Command::Site(c) => site::run(env, c),
        Command::Import(c) => import::run(env, c),
        Command::Schema(a) => schema::run(env, a),
        Command::Completions(a) => completions::run(env, a),
        Command::Man(a) => man::run(env, a),
        Command::Search(a) => search::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Mcp(a) => mcp::run(env, a),
    }
}

/// A listing's format on the command line, as the listing renderer names it.
impl From<crate::cli::ListFormat> for crate::output::listing::Format {
    fn from(f: crate::cli::ListFormat) -> Self {
        match f {
            crate::cli::ListFormat::Table => Self::Table,
            crate::cli::ListFormat::Csv => Self::Csv,
            crate::cli::ListFormat::Json => Self::Json,
        }
    }
}
