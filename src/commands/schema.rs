//! `platctl schema`: write the JSON Schemas of the catalog's files.

use crate::app::Env;
use crate::cli::schema::Args;
use crate::ops::schema::{self as ops, Schemas};
use crate::Outcome;
use anyhow::{anyhow, Result};
use std::path::Path;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    if let Some(k) = &a.kind {
        env.print(&ops::one(k)?.text)?;
        return Ok(Outcome::Ok);
    }
    if a.vscode {
        let prefix = crate::git::workdir_prefix(&env.root()?).unwrap_or_default();
        env.print(&crate::schema::vscode_settings(&prefix))?;
        return Ok(Outcome::Ok);
    }
    let (dir, root) = match &a.output {
        Some(d) => (env.resolve(d), None),
        None => {
            let root = env
                .root()
                .map_err(|e| anyhow!("{e}\n  help: or write the schemas elsewhere with -o DIR"))?;
            (root.join(crate::schema::DIR), Some(root))
        }
    };
    let s = ops::sync(&dir, root.as_deref(), a.check)?;
    if a.check {
        return check(env, &dir, &s);
    }
    env.note(&format!(
        "wrote {} schemas to {} ({} unchanged)",
        s.stale.len(),
        dir.display(),
        s.all - s.stale.len()
    ));
    Ok(Outcome::Ok)
}

/// `--check`: the stale files on stdout, exit 1 when there are any.
fn check(env: &Env, dir: &Path, s: &Schemas) -> Result<Outcome> {
    let all = s.all;
    if s.stale.is_empty() {
        env.note(&format!("{all} schemas in {} are current", dir.display()));
        return Ok(Outcome::Ok);
    }
    for f in &s.stale {
        env.print(&format!("{}\n", dir.join(f).display()))?;
    }
    env.note(&format!(
        "{} of {all} schemas are missing or out of date: run `platctl schema`",
        s.stale.len()
    ));
    Ok(Outcome::Problems)
}
