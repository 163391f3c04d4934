//! `platctl roadmap`: the quarterly roadmap.

use crate::app::Env;
use crate::catalog::Catalog;
use crate::cli::roadmap::Command;
use crate::model::Quarter;
use crate::ops::roadmap::planned_quarters;
use crate::Outcome;
use anyhow::{anyhow, Result};

pub mod item;
mod list;

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Item(c) => item::run(env, *c),
    }
}

/// The quarter named by `--quarter`, or the one that holds today.
pub fn quarter_arg(env: &Env, cat: &Catalog, q: Option<&str>) -> Result<Quarter> {
    match q {
        Some(s) => Quarter::parse(s.trim()).ok_or_else(|| {
            anyhow!("--quarter `{s}` is not a quarter: write YYYY-Qn, e.g. 2026-Q4")
        }),
        None => Ok(Quarter::of(env.today, cat.fy())),
    }
}
