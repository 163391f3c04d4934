//! `platctl schema`: write the JSON Schemas of the catalog's files.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::schema::Args;
use crate::schema;
use crate::store::generated;
use crate::Outcome;
use anyhow::{anyhow, Result};
use std::path::Path;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let files = schema::all();
    if let Some(k) = &a.kind {
        let kind = if k == "platctl" {
            Some(Kind::Config)
        } else {
            Kind::from_dir(k)
        };
        let f = files
            .iter()
            .find(|f| Some(f.kind) == kind)
            .ok_or_else(|| anyhow!("--kind {k}: not a kind"))?;
        env.print(&f.text)?;
        return Ok(Outcome::Ok);
    }
    if a.vscode {
        let prefix = crate::git::workdir_prefix(&env.root()?).unwrap_or_default();
        env.print(&schema::vscode_settings(&prefix))?;
        return Ok(Outcome::Ok);
    }
    let (dir, root) = match &a.output {
        Some(d) => (env.resolve(d), None),
        None => {
            let root = env
                .root()
                .map_err(|e| anyhow!("{e}\n  help: or write the schemas elsewhere with -o DIR"))?;
            (root.join(schema::DIR), Some(root))
        }
    };
    // In the catalog, `schemas/` obeys the rule of every path: nothing is
    // read or written through a link out of the root.
    if let Some(root) = &root {
        generated::refuse_link_out(root, &dir)?;
    }
    let stale = generated::stale(&dir, &files);
    if a.check {
        return check(env, &dir, files.len(), &stale);
    }
    if let Some(root) = &root {
        crate::store::confine::dir_inside(root, &dir).map_err(|e| anyhow!("{e}"))?;
    }
    generated::write_into(&dir, &stale)?;
    env.note(&format!(
        "wrote {} schemas to {} ({} unchanged)",
        stale.len(),
        dir.display(),
        files.len() - stale.len()
    ));
    Ok(Outcome::Ok)
}

/// `--check`: the stale files on stdout, exit 1 when there are any.
fn check(env: &Env, dir: &Path, all: usize, stale: &[&schema::SchemaFile]) -> Result<Outcome> {
    if stale.is_empty() {
        env.note(&format!("{all} schemas in {} are current", dir.display()));
        return Ok(Outcome::Ok);
    }
    for f in stale {
        env.print(&format!("{}\n", dir.join(&f.name).display()))?;
    }
    env.note(&format!(
        "{} of {all} schemas are missing or out of date: run `platctl schema`",
        stale.len()
    ));
    Ok(Outcome::Problems)
}
