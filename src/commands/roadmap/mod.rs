//! `platctl roadmap`: the quarterly roadmap.

use crate::app::Env;
use crate::catalog::Catalog;
use crate::cli::roadmap::Command;
use crate::model::Quarter;
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

/// The quarters the catalog plans, for messages: "2026-Q3, 2026-Q4".
pub fn planned_quarters(cat: &Catalog) -> String {
    let mut qs: Vec<String> = cat
        .roadmap
        .iter()
        .map(|r| r.quarter.value.to_string())
        .collect();
    qs.sort();
    qs.dedup();
    if qs.is_empty() {
        "none yet (add roadmap/<quarter>.yaml)".into()
    } else {
        qs.join(", ")
    }
}
