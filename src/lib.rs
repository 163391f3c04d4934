//! platctl: the command-line toolkit for running an internal developer
//! platform as a product.
//!
//! Data flows one way: files → [`catalog`] (typed, with spans) → pure
//! computations ([`lint`], [`kpi`], [`report`], [`history`]) → [`output`]
//! renderers. [`commands`] glue the two ends; [`store`] is the only way back
//! to disk and [`git`] the only way into git.
#![warn(clippy::print_stdout, clippy::print_stderr)]
// Unit tests build their fixtures on disk directly.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod app;
pub mod catalog;
pub mod chars;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod export;
pub mod git;
pub mod hash;
pub mod history;
pub mod intake;
pub mod interop;
pub mod kpi;
pub mod lifecycle;
pub mod lint;
pub mod mcp;
pub mod model;
pub mod ops;
pub mod output;
pub mod prompt;
pub mod report;
pub mod schema;
pub mod scorecard;
pub mod site;
pub mod status;
pub mod store;
pub mod suggest;

use std::process::ExitCode;

/// What a command reports back: success, or "the check found problems".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Problems,
}

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<Outcome> {
    let env = app::Env::from_cli(&cli)?;
    commands::dispatch(&env, cli.command)
}

/// Runs and maps the result to the exit status: 0, 1 problems found, 2 could not run.
#[allow(clippy::print_stderr)]
pub fn main_exit(cli: cli::Cli) -> ExitCode {
    match run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(e) => {
            // Errors quote ids and paths from the catalog and the command line.
            let msg = output::diagnostics::error_text(&e);
            eprintln!("{}", output::safe::term(&msg));
            ExitCode::from(2)
        }
    }
}
